package org.nineplus.store.h2;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.nineplus.store.PersistenceException;

/**
 * How {@link H2WorkshopStore} gets and gives up its connection: the JDBC connection with the settings every open
 * needs, the files open in this JVM, the daily backup on open, and tidying up after a failed open.
 */
final class LibraryConnections {

    static final String USER = "sa";
    static final String PASSWORD = "";

    /** Files open in this JVM: H2 would share one file between two stores here, NinePlus does not. */
    private static final Set<Path> OPEN_FILES = ConcurrentHashMap.newKeySet();

    private LibraryConnections() {
    }

    /** Notes {@code dataFile} as open here; false when a store in this JVM has it open already. */
    static boolean claim(Path dataFile) {
        return OPEN_FILES.add(dataFile);
    }

    static void release(Path dataFile) {
        OPEN_FILES.remove(dataFile);
    }

    /** The daily backup, when due. One that cannot be written (a full disk) does not keep the library closed. */
    static void dailyBackup(Backups backups, Connection connection) {
        try {
            if (backups.dailyDue()) {
                backups.take(connection, "daily");
            }
        } catch (PersistenceException e) {
            // The library itself is fine; the next open tries again.
        }
    }

    /** Whether a store in this JVM has the library file {@code dataFile} open. */
    static boolean isOpenHere(Path dataFile) {
        return OPEN_FILES.contains(dataFile);
    }

    /**
     * After a failed open: closes the connection, removes the session marker if this open made it, forgets the file
     * and removes it if this open created it.
     */
    static void abandon(LibraryFile file, Connection connection, boolean created, SessionMarker markedHere) {
        closeQuietly(connection);
        if (markedHere != null) {
            markedHere.end();
        }
        if (created) {
            file.deleteQuietly();
        }
        release(file.dataFile());
    }

    static Connection connect(LibraryFile file, LibraryErrors errors) throws SQLException {
        Connection connection;
        try {
            connection = DriverManager.getConnection(file.url(), USER, PASSWORD);
        } catch (SQLException e) {
            throw errors.onOpen(e);
        }
        // H2 would otherwise log failed statements, with pieces of workshop text, to a world-readable .trace.db
        // beside the library. Failures reach the caller as exceptions instead. Not persistent: set on each open.
        try (Statement s = connection.createStatement()) {
            s.execute("SET TRACE_LEVEL_FILE 0");
            // Crash safety: H2 keeps committed changes in memory for up to WRITE_DELAY (500 ms by default) before it
            // writes them to the file, so a killed process lost saves it had reported as done (CrashIT showed an
            // autosave gone 430 ms after its commit). With 0 every commit reaches the file before it returns.
            s.execute("SET WRITE_DELAY 0");
        }
        return connection;
    }

    static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing to open; the first error is the one to report
            }
        }
    }
}
