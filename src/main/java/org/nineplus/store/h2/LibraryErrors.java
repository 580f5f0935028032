package org.nineplus.store.h2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.api.ErrorCode;
import org.nineplus.store.LibraryDamagedException;
import org.nineplus.store.LibraryLockedException;
import org.nineplus.store.PersistenceException;

/** Turns what H2 and Flyway report into sentences a person at the keyboard understands. */
final class LibraryErrors {

    private static final Pattern COLUMN = Pattern.compile("column \"([A-Za-z_]+)");

    private final Path file;

    LibraryErrors(Path file) {
        this.file = file;
    }

    PersistenceException inUse() {
        return new LibraryLockedException("The library " + file + " is in use by another NinePlus window. Close it "
                + "there first, or open a different library.");
    }

    PersistenceException notALibrary(Throwable cause) {
        return new LibraryDamagedException("The file " + file + " is not a NinePlus library or is damaged.", cause);
    }

    PersistenceException newerLibrary(String version) {
        return new PersistenceException("The library " + file + " was written by a newer version of NinePlus "
                + "(schema " + version + "). Update NinePlus to open it.");
    }

    PersistenceException closed() {
        return new PersistenceException("The library " + file + " is closed.");
    }

    static PersistenceException noWorkshop(long id) {
        return new PersistenceException("The library has no workshop with id " + id + ".");
    }

    static PersistenceException noVersion(long id) {
        return new PersistenceException("The library has no version with id " + id + ".");
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
                return notALibrary(e);
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
                // H2 reports a file it cannot parse as a read error; a file we may read is then not a library.
                return Files.isReadable(file) ? notALibrary(e)
                        : new PersistenceException("The library " + file + " could not be read (" + summary(e)
                                + ").", e);
            default:
                return new PersistenceException("The library " + file + " could not be opened (" + summary(e) + ").",
                        e);
        }
    }

    /** An operation on an open library failed; {@code action} says what was being done ("save workshop 3"). */
    PersistenceException failed(String action, SQLException e) {
        String reason;
        switch (e.getErrorCode()) {
            case ErrorCode.VALUE_TOO_LONG_2:
                reason = "a value for " + column(e) + " is longer than the library allows";
                break;
            case ErrorCode.CHECK_CONSTRAINT_VIOLATED_1:
                reason = "a value is not one the library knows";
                break;
            case ErrorCode.DATABASE_IS_CLOSED:
            case ErrorCode.OBJECT_CLOSED:
                reason = "the connection to the library was closed";
                break;
            case ErrorCode.DATABASE_IS_READ_ONLY:
                reason = "the library file is read-only";
                break;
            default:
                reason = summary(e);
        }
        return new PersistenceException("Could not " + action + " in the library " + file + ": " + reason
                + ". Nothing was changed.", e);
    }

    private static String column(SQLException e) {
        Matcher m = COLUMN.matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : "a field";
    }

    /** The first line of H2's message, without its error code suffix. */
    private static String summary(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        int code = message.lastIndexOf(" [");
        return code > 0 ? message.substring(0, code) : message;
    }

    private static PersistenceException withCause(PersistenceException p, Throwable cause) {
        p.initCause(cause);
        return p;
    }
}
