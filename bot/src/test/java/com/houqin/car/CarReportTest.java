package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.i18n.Language;
import com.houqin.report.ReportChart;
import com.houqin.report.ReportRequest;
import com.houqin.report.ReportSection;
import com.houqin.report.ReportSheet;
import com.houqin.report.Reports;
import com.houqin.testing.BotIntegrationTest;

/** The numbers behind the car chart and sheet, from day documents the test writes. */
class CarReportTest extends BotIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Reports reports;

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private static Booking booking(int no, String date, String destination, BookingStatus status, int tripNo) {
        return new Booking(no, 100 + no, "Rider " + no, "Finance", at(date + "T09:00"), at(date + "T12:00"),
                destination, null, 2, "Meeting", status, tripNo, null, null, at(date + "T08:00"), "k" + date + no);
    }

    private static Trip trip(int no, String date, TripStatus status, Integer mergedInto) {
        return new Trip(no, at(date + "T09:00"), at(date + "T12:00"), status, "沪A-12345", 7L, "张师傅", null,
                mergedInto, List.of(), status == TripStatus.DONE ? 12345 : null, null);
    }

    @Test
    void tripsSharedTripsAndDeclinedPerDay() {
        // Monday: trip 1 carries bookings 1 and 2 (pooled: trip 2 merged into it), booking 3 declined
        mongo.insert(new CarDay("2026-11-23", 3,
                List.of(booking(1, "2026-11-23", "City Hall", BookingStatus.APPROVED, 1),
                        booking(2, "2026-11-23", "City Hall", BookingStatus.APPROVED, 1),
                        booking(3, "2026-11-23", "Airport", BookingStatus.REJECTED, 3)),
                List.of(trip(1, "2026-11-23", TripStatus.DONE, null), trip(2, "2026-11-23", TripStatus.MERGED, 1),
                        trip(3, "2026-11-23", TripStatus.CANCELLED, null)), List.of()));
        // Wednesday: one trip alone
        mongo.insert(new CarDay("2026-11-25", 1,
                List.of(booking(1, "2026-11-25", "Port", BookingStatus.APPROVED, 1)),
                List.of(trip(1, "2026-11-25", TripStatus.ASSIGNED, null)), List.of()));
        clock.set(at("2026-12-01T10:00"));

        ReportRequest r = reports.request(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29"),
                clock.instant(), Language.EN);
        ReportSection s = reports.sections(r).stream()
                .filter(x -> x.charts().stream().anyMatch(c -> c.name().equals("car-days"))).findFirst().orElseThrow();
        ReportChart chart = s.charts().get(0);
        assertThat(chart.categories()).containsExactly("11-23", "11-24", "11-25", "11-26", "11-27");
        assertThat(chart.values("Trips")).containsExactly(1.0, 0.0, 1.0, 0.0, 0.0);
        assertThat(chart.values("Shared trips")).containsExactly(1.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(chart.values("Declined")).containsExactly(1.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(chart.caption()).contains("2 trips carried 3 requests; 1 shared, which saved 1 car.",
                "1 request was declined.");

        ReportSheet sheet = s.sheets().get(0);
        assertThat(sheet.rows()).hasSize(2);
        List<Object> monday = sheet.rows().get(0);
        assertThat(monday.get(0)).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(monday.subList(4, 12)).containsExactly("done", "沪A-12345", "张师傅", 2, 4, "City Hall", "Finance", 12345);
    }
}
