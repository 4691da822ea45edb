package com.houqin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** English counts read "1 guest" and "2 guests"; Chinese has no plural forms to get wrong. */
class PluralWordingTest {

    private static final List<String> BUNDLES = List.of("core", "people", "summary", "repair", "meal", "car", "report");
    private static final String NOUNS = "guest|people|person|photo|categor(?:y|ie)|time|day|minute|hour|seat|job"
            + "|ticket|trip|car|meal|request|rider|character|registration|item|week";
    private static final Pattern ONE_PLURAL = Pattern.compile("\\b1 (?:(?:" + NOUNS + ")s|people)\\b");
    private static final Pattern TWO_SINGULAR = Pattern.compile("\\b2 (?:guest|person|photo|category|time|day"
            + "|minute|hour|seat|job|ticket|trip|car|meal|request|rider|character|registration|item|week)\\b(?! \\d)");

    @Test
    void everyEnglishCountReadsRightForOneAndTwo() throws IOException {
        for (String bundle : BUNDLES) {
            Properties english = load(bundle, "");
            for (String key : english.stringPropertyNames()) {
                String text = english.getProperty(key);
                assertThat(text).as("%s in %s", key, bundle).doesNotContain("(s)");
                if (!text.contains("{")) {
                    continue; // Spring shows texts without arguments as they are
                }
                String one = format(text, 1);
                String two = format(text, 2);
                assertThat(ONE_PLURAL.matcher(one).find()).as("%s reads: %s", key, one).isFalse();
                assertThat(TWO_SINGULAR.matcher(two).find()).as("%s reads: %s", key, two).isFalse();
            }
        }
    }

    @Test
    void chineseTextsHaveNoPluralForms() throws IOException {
        for (String bundle : BUNDLES) {
            for (String language : List.of("_zh_CN", "_zh_TW")) {
                Properties p = load(bundle, language);
                for (String key : p.stringPropertyNames()) {
                    assertThat(p.getProperty(key)).as("%s in %s%s", key, bundle, language)
                            .doesNotContain("(s)").doesNotContain(",choice,");
                }
            }
        }
    }

    private static String format(String text, int n) {
        Object[] args = new Object[10];
        Arrays.fill(args, n);
        return new MessageFormat(text, Locale.ENGLISH).format(args);
    }

    private static Properties load(String bundle, String language) throws IOException {
        Properties p = new Properties();
        var in = PluralWordingTest.class.getResourceAsStream("/messages/" + bundle + language + ".properties");
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
