package org.nineplus.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.nineplus.store.VersionInfo;
import org.nineplus.store.WorkshopSummary;

/**
 * The small queries over the library's bookkeeping tables: workshops, named versions and settings. Content rows
 * are the business of {@link SnapshotWriter}, {@link SnapshotReader} and {@link SnapshotCopier}.
 */
final class LibraryQueries {

    /** The facts of one workshop row. */
    record WorkshopRow(long id, long liveSnapshot, Instant created, Instant lastChanged) {
    }

    private final Connection connection;

    LibraryQueries(Connection connection) {
        this.connection = connection;
    }

    /** A new workshop row without content yet; returns its id. */
    long insertWorkshop(Instant now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO workshop (created, last_changed) "
                + "VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setObject(1, now);
            s.setObject(2, now);
            s.executeUpdate();
            return SnapshotWriter.generatedId(s);
        }
    }

    void setLiveSnapshot(long workshopId, long snapshotId) throws SQLException {
        update("UPDATE workshop SET live_snapshot_id = ? WHERE id = ?", snapshotId, workshopId);
    }

    /** The workshop row, or throws "no workshop with id" when there is none. */
    WorkshopRow workshop(long id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT live_snapshot_id, created, last_changed "
                + "FROM workshop WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw LibraryErrors.noWorkshop(id);
                }
                return new WorkshopRow(id, r.getLong(1), r.getObject(2, Instant.class),
                        r.getObject(3, Instant.class));
            }
        }
    }

    void touch(long workshopId, Instant now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE workshop SET last_changed = ? WHERE id = ?")) {
            s.setObject(1, now);
            s.setLong(2, workshopId);
            s.executeUpdate();
        }
    }

    void rename(long snapshotId, String title) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE snapshot SET title = ? WHERE id = ?")) {
            s.setString(1, title);
            s.setLong(2, snapshotId);
            s.executeUpdate();
        }
    }

    /** Deletes a workshop; its snapshots, their content and its named versions go with it (ON DELETE CASCADE). */
    void deleteWorkshop(long id) throws SQLException {
        update("UPDATE workshop SET live_snapshot_id = NULL WHERE id = ?", id);
        update("DELETE FROM workshop WHERE id = ?", id);
    }

    List<WorkshopSummary> summaries() throws SQLException {
        List<WorkshopSummary> result = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT w.id, s.title, (SELECT COUNT(*) FROM journey j "
                + "WHERE j.snapshot_id = s.id), w.last_changed FROM workshop w JOIN snapshot s "
                + "ON s.id = w.live_snapshot_id ORDER BY w.last_changed DESC, w.id DESC");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(new WorkshopSummary(r.getLong(1), r.getString(2), r.getInt(3),
                        r.getObject(4, Instant.class)));
            }
        }
        return result;
    }

    void insertVersion(long snapshotId, String label, Instant created) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO named_version (snapshot_id, label, "
                + "created) VALUES (?, ?, ?)")) {
            s.setLong(1, snapshotId);
            s.setString(2, label);
            s.setObject(3, created);
            s.executeUpdate();
        }
    }

    /** The named versions of a workshop, newest first. */
    List<VersionInfo> versions(long workshopId) throws SQLException {
        List<VersionInfo> result = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT v.snapshot_id, v.label, v.created "
                + "FROM named_version v JOIN snapshot s ON s.id = v.snapshot_id WHERE s.workshop_id = ? "
                + "ORDER BY v.created DESC, v.snapshot_id DESC")) {
            s.setLong(1, workshopId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new VersionInfo(r.getLong(1), workshopId, r.getString(2),
                            r.getObject(3, Instant.class)));
                }
            }
        }
        return result;
    }

    /** The snapshot id of a named version (they are the same number), if there is such a version. */
    OptionalLong versionSnapshot(long versionId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT snapshot_id FROM named_version "
                + "WHERE snapshot_id = ?")) {
            s.setLong(1, versionId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    String setting(String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    void putSetting(String name, String value) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("MERGE INTO setting (name, setting_value) KEY (name) "
                + "VALUES (?, ?)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.executeUpdate();
        }
    }

    private void update(String sql, long first, long... more) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, first);
            for (int i = 0; i < more.length; i++) {
                s.setLong(i + 2, more[i]);
            }
            s.executeUpdate();
        }
    }
}
