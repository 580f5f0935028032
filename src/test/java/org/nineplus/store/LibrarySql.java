package org.nineplus.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Plain SQL straight on a closed library file, as a hostile or careless tool could: for tests that break rows the
 * way NinePlus never writes them. Only the store's tests package touches JDBC; other tests call these methods.
 */
public final class LibrarySql {

    private LibrarySql() {
    }

    /** The live snapshot of the workshop with library id {@code workshopId}, for a {@code snapshot_id =} clause. */
    public static String live(long workshopId) {
        return "(SELECT live_snapshot_id FROM workshop WHERE id = " + workshopId + ")";
    }

    /** Runs {@code statements} in order on the library file {@code file} ({@code ….mv.db}). */
    public static void run(Path file, String... statements) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** The first column of the first row {@code select} gives, as text; an error when there is no row. */
    public static String query(Path file, String select) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement(); ResultSet r = s.executeQuery(select)) {
            if (!r.next()) {
                throw new AssertionError("no row for " + select);
            }
            return r.getString(1);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        String name = file.toString();
        String base = name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name;
        return DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
    }
}
