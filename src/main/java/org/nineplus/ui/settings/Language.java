package org.nineplus.ui.settings;

import java.util.Locale;

/** The languages NinePlus speaks, and "whatever the operating system speaks". */
public enum Language {
    SYSTEM(""),
    ENGLISH("en"),
    DUTCH("nl");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** What is stored in the preferences: "" for the system's language, else the language tag. */
    public String tag() {
        return tag;
    }

    /** The stored choice; anything unknown is the system's language. */
    public static Language ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return language;
            }
        }
        return SYSTEM;
    }

    /** The locale this choice means on a system whose own locale is {@code system}. */
    public Locale locale(Locale system) {
        return this == SYSTEM ? system : Locale.forLanguageTag(tag);
    }
}
