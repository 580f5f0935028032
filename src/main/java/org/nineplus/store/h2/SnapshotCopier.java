package org.nineplus.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Copies a snapshot inside the database (for named versions and duplicates), one INSERT ... SELECT per table, so
 * no row passes through Java. The column lists come from the schema itself, so a later migration that adds a column
 * is copied too.
 */
final class SnapshotCopier {

    private final Connection connection;
    private final Map<String, String> columnLists = new HashMap<>();

    SnapshotCopier(Connection connection) {
        this.connection = connection;
    }

    /**
     * A new snapshot of {@code workshopId} with the content of {@code from}; its title becomes {@code newTitle}
     * unless that is null. Returns the new snapshot's id.
     */
    long copy(long from, long workshopId, String newTitle) throws SQLException {
        long to;
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO snapshot (workshop_id, title, "
                + "organization, workshop_date, facilitator, notes) SELECT ?, COALESCE(?, title), organization, "
                + "workshop_date, facilitator, notes FROM snapshot WHERE id = ?", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, workshopId);
            s.setString(2, newTitle);
            s.setLong(3, from);
            if (s.executeUpdate() != 1) {
                throw new SQLException("snapshot " + from + " is missing");
            }
            to = SnapshotWriter.generatedId(s);
        }
        for (String table : SnapshotWriter.CONTENT_TABLES) {
            String columns = columnsBesideSnapshotId(table);
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO " + table + " (snapshot_id, "
                    + columns + ") SELECT ?, " + columns + " FROM " + table + " WHERE snapshot_id = ?")) {
                s.setLong(1, to);
                s.setLong(2, from);
                s.executeUpdate();
            }
        }
        return to;
    }

    private String columnsBesideSnapshotId(String table) throws SQLException {
        String cached = columnLists.get(table);
        if (cached != null) {
            return cached;
        }
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = CURRENT_SCHEMA AND table_name = ? ORDER BY ordinal_position")) {
            s.setString(1, table.toUpperCase(Locale.ROOT));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String name = r.getString(1);
                    if (!name.equalsIgnoreCase("snapshot_id")) {
                        names.add(name);
                    }
                }
            }
        }
        if (names.isEmpty()) {
            throw new SQLException("table " + table + " has no columns in this library");
        }
        String list = String.join(", ", names);
        columnLists.put(table, list);
        return list;
    }
}
