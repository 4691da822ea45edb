package com.houqin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void telegramLanguageCodesMapToOurLanguages() {
        assertThat(Language.fromTelegram("zh-hans")).isEqualTo(Language.ZH_HANS);
        assertThat(Language.fromTelegram("zh")).isEqualTo(Language.ZH_HANS);
        assertThat(Language.fromTelegram("zh-CN")).isEqualTo(Language.ZH_HANS);
        assertThat(Language.fromTelegram("zh-hant")).isEqualTo(Language.ZH_HANT);
        assertThat(Language.fromTelegram("zh-TW")).isEqualTo(Language.ZH_HANT);
        assertThat(Language.fromTelegram("zh_HK")).isEqualTo(Language.ZH_HANT);
        assertThat(Language.fromTelegram("en-GB")).isEqualTo(Language.EN);
        assertThat(Language.fromTelegram("de")).isEqualTo(Language.EN);
        assertThat(Language.fromTelegram(null)).isEqualTo(Language.EN);
        assertThat(Language.fromTelegram("zhx")).isEqualTo(Language.EN);
    }
}
