package org.nineplus.ui.library;

import org.nineplus.model.Texts;
import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.nineplus.store.BrokenWorkshopException;
import org.nineplus.store.PersistenceException;

/** Turns failures into one sentence for the person at the keyboard; never a stack trace. */
final class Messages {

    static final Texts TEXTS = Texts.of("org.nineplus.ui.library.messages");

    private Messages() {
    }

    static String openFailure(Path library, Exception e) {
        if (e instanceof PersistenceException && hasText(e.getMessage())) {
            return e.getMessage();
        }
        return failure(TEXTS.get("error.libraryFailed", String.valueOf(library)), e);
    }

    /**
     * "Could not import a.json: a.json, line 3: expected a stage id". A workshop whose rows break the rules is
     * reported by the library in one whole sentence (which workshop, where, which rule), shown as it is.
     */
    static String failure(String prefix, Exception e) {
        if (e instanceof BrokenWorkshopException && hasText(e.getMessage())) {
            return e.getMessage();
        }
        String reason = reason(e);
        // Exchange errors start with the file's name ("a.json: stages[2]…"); the prefix already ends with it.
        int space = prefix.lastIndexOf(' ');
        if (space >= 0 && reason.startsWith(prefix.substring(space + 1) + ":")) {
            return prefix.substring(0, space + 1) + reason;
        }
        return prefix + ": " + reason;
    }

    static String reason(Throwable e) {
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return TEXTS.get("error.noFile", e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return TEXTS.get("error.noPermission", e.getMessage());
        }
        if (hasText(e.getMessage())) {
            return e.getMessage();
        }
        if (e.getCause() != null && e.getCause() != e) {
            return reason(e.getCause());
        }
        return TEXTS.get("error.unexpected", e.getClass().getSimpleName());
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
