package org.nineplus.ui.library;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the library writes dates and counts, in the person's locale. */
final class LibraryFormats {

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    LibraryFormats(Locale locale, ZoneId zone) {
        dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    static LibraryFormats forUser() {
        return new LibraryFormats(Locale.getDefault(Locale.Category.FORMAT), ZoneId.systemDefault());
    }

    String lastChanged(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    String date(java.time.LocalDate value) {
        return value == null ? Messages.TEXTS.get("noDate") : date.format(value);
    }
}
