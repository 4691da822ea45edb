package com.houqin.i18n;

import java.util.Locale;

/** The languages Houqin speaks. */
public enum Language {
    ZH_HANS("zh-hans", Locale.SIMPLIFIED_CHINESE, "简体中文"),
    ZH_HANT("zh-hant", Locale.TRADITIONAL_CHINESE, "繁體中文"),
    EN("en", Locale.ENGLISH, "English");

    private final String code;
    private final Locale locale;
    private final String nativeName;

    Language(String code, Locale locale, String nativeName) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public String nativeName() {
        return nativeName;
    }

    /**
     * Maps Telegram's {@code language_code} (an IETF tag such as "zh-hans", "zh-TW", "en-GB")
     * to a language; anything that is not Chinese gets English.
     */
    public static Language fromTelegram(String languageCode) {
        if (languageCode == null || languageCode.isBlank()) {
            return EN;
        }
        String tag = languageCode.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!tag.equals("zh") && !tag.startsWith("zh-")) {
            return EN;
        }
        if (tag.contains("hant") || tag.endsWith("-tw") || tag.endsWith("-hk") || tag.endsWith("-mo")) {
            return ZH_HANT;
        }
        return ZH_HANS;
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        return null;
    }
}
