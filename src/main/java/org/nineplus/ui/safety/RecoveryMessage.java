package org.nineplus.ui.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nineplus.store.WorkshopSummary;

/**
 * What the window says after the last run ended without closing the library: which workshops are there and as of
 * when, the most recently changed first.
 */
public final class RecoveryMessage {

    /** How many workshops are named; the rest are counted. */
    static final int NAMED = 5;

    private RecoveryMessage() {
    }

    /** {@code workshops} most recently changed first, as the store lists them; times in {@code zone}. */
    public static String of(List<WorkshopSummary> workshops, ZoneId zone, Instant now) {
        if (workshops.isEmpty()) {
            return SafetyTexts.text("recovery.none");
        }
        Locale locale = Locale.getDefault();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss", locale).withZone(zone);
        DateTimeFormatter dated = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<String> named = new ArrayList<>();
        for (WorkshopSummary w : workshops.subList(0, Math.min(NAMED, workshops.size()))) {
            boolean sameDay = LocalDate.ofInstant(w.lastChanged(), zone).equals(today);
            named.add(SafetyTexts.text("recovery.workshop", w.title(),
                    (sameDay ? time : dated).format(w.lastChanged())));
        }
        String list = String.join(", ", named);
        if (workshops.size() > NAMED) {
            list = SafetyTexts.text("recovery.more", list, workshops.size() - NAMED);
        }
        return SafetyTexts.text("recovery.message", list);
    }
}
