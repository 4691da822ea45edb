package com.houqin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

class ReportCommandTest extends BotIntegrationTest {

    private void at(String shanghaiTime) {
        clock.set(LocalDateTime.parse(shanghaiTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void aManagerPicksAPeriodAndGetsChartsAndASpreadsheet() throws Exception {
        at("2026-12-02T10:00");
        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        boss.send("/help");
        assertThat(boss.expect("/report").text()).contains("/report — Charts and a spreadsheet for a period");
        boss.send("/report");
        SentMessage choose = boss.expect("Which period?");
        assertThat(choose.buttonLabels()).containsExactly("This week", "Last week", "This month", "Last month");
        boss.tap(choose, "Last month");
        boss.expect("Logistics report 2026-11-01 – 2026-11-30");
        SentMessage sheet = boss.expect(m -> "senddocument".equals(m.method()));
        List<SentMessage> photos = boss.messages().stream().filter(m -> "sendphoto".equals(m.method())).toList();
        assertThat(photos).hasSize(8);
        for (SentMessage photo : photos) {
            BufferedImage image = ReportFiles.image(photo);
            assertThat(image.getWidth()).isEqualTo(1000);
            assertThat(image.getHeight()).isEqualTo(700);
            assertThat(photo.text().split("\n")).hasSizeBetween(2, 3);
        }
        assertThat(photos.get(0).text()).contains("Repairs by category");
        assertThat(sheet.text()).contains("2026-11-01 – 2026-11-30");
        try (XSSFWorkbook book = ReportFiles.workbook(sheet)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(0)).isEqualTo("Tickets");
            assertThat(book.getSheetName(1)).isEqualTo("Meal counts");
            assertThat(book.getSheetName(2)).isEqualTo("Trips");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ticket");
        }
    }

    @Test
    void onlyManagersAndAdminsMayAskAndTheButtonsCheckAgain() {
        at("2026-12-02T10:00");
        Phone ann = approved("Ann", "Finance");
        ann.send("/report");
        ann.expect("only for:");

        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        boss.send("/report");
        SentMessage choose = boss.expect("Which period?");
        people.setRole(boss.id(), Role.MANAGER, false, null);
        int before = boss.messages().size();
        boss.tap(choose, "This week");
        awaitAllDelivered();
        api.awaitQuiet(java.time.Duration.ofMillis(300), java.time.Duration.ofSeconds(3));
        assertThat(boss.messages().stream().skip(before)).noneMatch(m -> m.method().equals("sendphoto")
                || m.method().equals("senddocument"));

        Phone root = admin();
        root.send("/report week");
        root.expect("Logistics report 2026-11-30 – 2026-12-02");
        root.expect(m -> "senddocument".equals(m.method()));
    }
}
