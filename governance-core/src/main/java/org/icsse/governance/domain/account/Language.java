package org.icsse.governance.domain.account;

import java.util.Locale;

/** The languages the application speaks. */
public enum Language {
    EN(Locale.ENGLISH),
    FR(Locale.FRENCH),
    ES(Locale.forLanguageTag("es"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a locale, English when it is none of ours. */
    public static Language of(Locale locale) {
        if (locale != null) {
            for (Language language : values()) {
                if (language.locale.getLanguage().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return EN;
    }
}
