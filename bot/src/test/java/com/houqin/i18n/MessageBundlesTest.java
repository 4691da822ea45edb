package com.houqin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text exists in all three languages, with the same placeholders. */
class MessageBundlesTest {

    private static final List<String> LANGUAGES = List.of("", "_zh_CN", "_zh_TW");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyKeyIsInEveryLanguageWithTheSamePlaceholders() throws IOException {
        List<String> bundles = bundleNames();
        assertThat(bundles).contains("core", "people");
        for (String bundle : bundles) {
            Properties english = load(bundle, "");
            for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
                Properties other = load(bundle, language);
                assertThat(other.stringPropertyNames()).as("keys of %s%s", bundle, language)
                        .isEqualTo(english.stringPropertyNames());
                for (String key : english.stringPropertyNames()) {
                    assertThat(placeholders(other.getProperty(key))).as("placeholders of %s in %s%s", key, bundle,
                            language).isEqualTo(placeholders(english.getProperty(key)));
                }
            }
        }
    }

    @Test
    void noTextUsesAStraightApostrophe() throws IOException {
        // MessageFormat swallows ' in texts with placeholders; the bundles use ’ instead
        for (String bundle : bundleNames()) {
            for (String language : LANGUAGES) {
                Properties p = load(bundle, language);
                for (String key : p.stringPropertyNames()) {
                    assertThat(p.getProperty(key)).as("%s in %s%s", key, bundle, language).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyBundleIsConfigured() throws IOException {
        Properties app = new Properties();
        app.load(getClass().getResourceAsStream("/application.properties"));
        Set<String> configured = Set.of(app.getProperty("spring.messages.basename").split(","));
        for (String bundle : bundleNames()) {
            assertThat(configured).contains("messages/" + bundle);
        }
    }

    private static List<String> bundleNames() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        Set<String> names = new TreeSet<>();
        for (Resource r : resources) {
            String name = r.getFilename().replace(".properties", "");
            if (!name.contains("_")) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    private static Properties load(String bundle, String language) throws IOException {
        Properties p = new Properties();
        var in = MessageBundlesTest.class.getResourceAsStream("/messages/" + bundle + language + ".properties");
        assertThat(in).as("messages/%s%s.properties", bundle, language).isNotNull();
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
