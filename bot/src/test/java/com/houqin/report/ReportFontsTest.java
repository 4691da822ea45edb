package com.houqin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The shipped font draws every Chinese text a chart can show: the report's texts, the repair
 * categories and the meal names, in both scripts (a bare JDK would draw boxes).
 */
class ReportFontsTest {

    private final Font font = new ReportFonts(new ReportProperties(null, 1000, 700, null)).shippedFont();

    @Test
    void everyChineseLabelCanBeDrawn() throws IOException {
        for (String language : List.of("_zh_CN", "_zh_TW")) {
            check("report" + language, "");
            check("repair" + language, "repair.category.");
            check("repair" + language, "repair.status.");
            check("meal" + language, "meal.name.");
        }
    }

    @Test
    void commonNamesPlatesAndTimesCanBeDrawn() {
        assertThat(font.canDisplayUpTo("王师傅 李雷 张伟 刘洋 陈静 杨帆 赵磊 黄敏 周杰 吴刚 徐丽 孙强 胡军 朱琳 高峰 林娜 何平 郭涛 马超 罗斌"))
                .isEqualTo(-1);
        assertThat(font.canDisplayUpTo("沪A-12345 10:30 – 12:00 (%)")).isEqualTo(-1);
    }

    private void check(String bundle, String prefix) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/messages/" + bundle + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            String text = p.getProperty(key).replaceAll("[\\x{1F000}-\\x{1FFFF}\\x{2600}-\\x{27BF}\\x{FE0F}]", "");
            assertThat(font.canDisplayUpTo(text)).as("%s in %s: %s", key, bundle, text).isEqualTo(-1);
        }
    }
}
