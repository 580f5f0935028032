package org.nineplus.ui.library;

import java.util.Locale;
import java.util.function.Predicate;

import org.nineplus.store.WorkshopSummary;

/** What a workshop title must be, and how the library's search matches titles. */
public final class WorkshopTitles {

    private WorkshopTitles() {
    }

    /** A title must have something besides spaces; it is kept without surrounding spaces. */
    public static boolean isValid(String title) {
        return title != null && !title.isBlank();
    }

    static String valid(String title) {
        if (!isValid(title)) {
            throw new IllegalArgumentException(Messages.TEXTS.get("dialog.titleNeeded"));
        }
        return title.strip();
    }

    /** Titles containing the text in any case; null (everything) for an empty search. */
    static Predicate<WorkshopSummary> matching(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return w -> w.title().toLowerCase(Locale.ROOT).contains(needle);
    }
}
