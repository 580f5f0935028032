package org.nineplus.store.h2;

import org.nineplus.model.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.api.ErrorCode;
import org.nineplus.store.BrokenWorkshopException;
import org.nineplus.store.LibraryDamagedException;
import org.nineplus.store.LibraryLockedException;
import org.nineplus.store.PersistenceException;

/** Turns what H2 and Flyway report into sentences a person at the keyboard understands. */
final class LibraryErrors {

    static final Texts TEXTS = Texts.of("org.nineplus.store.h2.messages");

    /** {@code org.h2.mvstore.MVStoreException: } and the like inside H2's messages. */
    private static final Pattern INTERNAL_NAME = Pattern.compile("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*"
            + "(?:Exception|Error)(?::\\s*)?");
    private static final Pattern COLUMN = Pattern.compile("column \"([A-Za-z_]+)");

    private final Path file;

    LibraryErrors(Path file) {
        this.file = file;
    }

    PersistenceException inUse() {
        return new LibraryLockedException(TEXTS.get("inUse", String.valueOf(file)));
    }

    PersistenceException notALibrary(Throwable cause) {
        return new LibraryDamagedException(TEXTS.get("notALibrary", String.valueOf(file)), cause);
    }

    PersistenceException newerLibrary(String version) {
        return new PersistenceException(TEXTS.get("newer", String.valueOf(file), version));
    }

    PersistenceException closed() {
        return new PersistenceException(TEXTS.get("closed", String.valueOf(file)));
    }

    /** {@code what} ("workshop 3") holds rows NinePlus cannot have written (a value no enum knows). */
    PersistenceException damaged(String what, Throwable cause) {
        return new PersistenceException(TEXTS.get("damaged", what, String.valueOf(file)), cause);
    }

    /**
     * The workshop {@code which} ("the workshop "Claims" (id 3)") loaded but breaks a rule of a workshop: {@code place}
     * says where in the workshop's words, {@code rule} what is wrong there, as the file import says it.
     */
    PersistenceException broken(String which, String place, String rule) {
        return new BrokenWorkshopException(oneLine(TEXTS.get("broken", which, String.valueOf(file), place, rule)));
    }

    /** The text with line breaks, tabs and other control characters as spaces, so a message stays one line. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ");
    }

    static PersistenceException noWorkshop(long id) {
        return new PersistenceException(TEXTS.get("noWorkshop", String.valueOf(id)));
    }

    static PersistenceException noVersion(long id) {
        return new PersistenceException(TEXTS.get("noVersion", String.valueOf(id)));
    }

    /** The connection could not be made: a lock, a foreign or damaged file, or a file system problem. */
    PersistenceException onOpen(SQLException e) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return withCause(inUse(), e);
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
            case ErrorCode.WRONG_USER_OR_PASSWORD:
            case ErrorCode.GENERAL_ERROR_1:
            case ErrorCode.SYNTAX_ERROR_1:
            case ErrorCode.SYNTAX_ERROR_2:
            case ErrorCode.UNKNOWN_DATA_TYPE_1:
                // The URL carries no settings, so a syntax error on open comes from the schema stored in the file.
                return notALibrary(e);
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
                // H2 reports a file it cannot parse as a read error; a file we may read is then not a library.
                return Files.isReadable(file) ? notALibrary(e)
                        : new PersistenceException(TEXTS.get("unreadable", String.valueOf(file), summary(e)), e);
            default:
                return new PersistenceException(TEXTS.get("notOpened", String.valueOf(file), summary(e)),
                        e);
        }
    }

    /** An operation on an open library failed; {@code action} says what was being done ("save workshop 3"). */
    PersistenceException failed(String action, SQLException e) {
        return new PersistenceException(TEXTS.get("failed", action, String.valueOf(file), reason(e)), e);
    }

    /** What went wrong, in words a person can act on (no class names, no SQL). */
    static String reason(SQLException e) {
        IOException io = ioCause(e);
        if (io != null) {
            // A write the file system refused: a full disk ("No space left on device"), a file that may not grow
            // ("File too large"), a folder made read-only. H2 wraps it in a "General error" that reads as damage.
            return TEXTS.get("reason.write", String.valueOf(io.getMessage()));
        }
        String reason;
        switch (e.getErrorCode()) {
            case ErrorCode.VALUE_TOO_LONG_2:
                reason = TEXTS.get("reason.tooLong", column(e));
                break;
            case ErrorCode.CHECK_CONSTRAINT_VIOLATED_1:
                reason = TEXTS.get("reason.unknownValue");
                break;
            case ErrorCode.DATABASE_IS_CLOSED:
            case ErrorCode.OBJECT_CLOSED:
                reason = TEXTS.get("reason.closed");
                break;
            case ErrorCode.DATABASE_IS_READ_ONLY:
                reason = TEXTS.get("reason.readOnly");
                break;
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.GENERAL_ERROR_1:
                // H2's own words here are page positions and chunk headers: nothing a person can act on.
                reason = "the library file is damaged";
                break;
            case ErrorCode.COLUMN_NOT_FOUND_1:
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1:
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1:
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2:
                reason = "the library file is damaged (" + summary(e) + ")";
                break;
            default:
                reason = summary(e);
        }
        return reason;
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static String column(SQLException e) {
        Matcher m = COLUMN.matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : TEXTS.get("reason.aField");
    }

    /**
     * The first line of H2's message, without its error code suffix, the statement it was running, and the names of
     * H2's or Java's exception classes that a "General error" wraps.
     */
    static String summary(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        int code = message.lastIndexOf(" [");
        if (code > 0 && message.endsWith("]")) {
            message = message.substring(0, code);
        }
        int statement = message.indexOf("; SQL statement:");
        if (statement >= 0) {
            message = message.substring(0, statement);
        }
        int quoted = message.indexOf("SQL statement \"");
        if (quoted >= 0) {
            message = message.substring(0, quoted + "SQL statement".length());
        }
        message = INTERNAL_NAME.matcher(message).replaceAll("");
        message = message.replace("General error: \"", "").replaceAll("^\"|\"$", "").strip();
        return message.length() > 200 ? message.substring(0, 199) + "\u2026" : message;
    }

    private static PersistenceException withCause(PersistenceException p, Throwable cause) {
        p.initCause(cause);
        return p;
    }
}
