package org.nineplus.store.h2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.nineplus.model.Workshop;
import org.nineplus.store.PersistenceException;
import org.nineplus.store.StoredWorkshop;
import org.nineplus.store.VersionInfo;
import org.nineplus.store.WorkshopStore;
import org.nineplus.store.WorkshopSummary;

/**
 * The library in one embedded H2 file. Each workshop's content is a snapshot; a save replaces the live snapshot in
 * one transaction, a named version is a further snapshot. One connection per store; methods are synchronized.
 */
public final class H2WorkshopStore implements WorkshopStore {

    static final String SAMPLE_OFFERED = "sample.offered";

    private final LibraryFile file;
    private final LibraryErrors errors;
    private final Clock clock;
    /** The connection and what works through it; replaced when H2 closed the database after a failed write. */
    private Connection connection;
    private LibraryQueries queries;
    private SnapshotWriter writer;
    private SnapshotReader reader;
    private SnapshotCopier copier;
    private SnapshotLoader loader;
    /** H2 closed the database after a write failed (a full disk); the next call connects again first. */
    private boolean broken;
    private final SessionMarker marker;
    private final boolean endedAbruptly;
    private boolean closed;
    /**
     * The workshop as last written to or read from {@link #writtenSnapshot} in a committed transaction, so the next
     * save of it can rewrite only the cards that changed; null when unknown.
     */
    private Workshop written;
    private long writtenSnapshot = -1;

    private H2WorkshopStore(LibraryFile file, Connection connection, Clock clock, SessionMarker marker,
                            boolean endedAbruptly) {
        this.file = file;
        this.marker = marker;
        this.endedAbruptly = endedAbruptly;
        this.errors = new LibraryErrors(file.dataFile());
        this.clock = clock;
        use(connection);
    }

    private void use(Connection open) {
        connection = open;
        queries = new LibraryQueries(open);
        writer = new SnapshotWriter(open);
        reader = new SnapshotReader(open);
        copier = new SnapshotCopier(open);
        loader = new SnapshotLoader(reader, errors);
    }

    /**
     * Opens the library at {@code libraryFile} (with or without {@code .mv.db}), creating it and its folders when
     * missing, and brings its schema up to date.
     */
    public static H2WorkshopStore open(Path libraryFile) {
        return open(libraryFile, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps creation, change and version times. */
    public static H2WorkshopStore open(Path libraryFile, Clock clock) {
        return open(libraryFile, clock, List.of(Migrations.LOCATION), Backups.DEFAULT_KEEP);
    }

    /**
     * As {@link #open(Path, Clock)} with the Flyway {@code locations} to migrate from (tests add one with a later
     * version) and how many backups to keep. Before a pending migration of an existing library, and when its newest
     * backup is a day old, a backup is taken (see {@link Backups}).
     */
    static H2WorkshopStore open(Path libraryFile, Clock clock, List<String> locations, int keepBackups) {
        Objects.requireNonNull(clock, "clock");
        LibraryFile file = LibraryFile.of(libraryFile);
        LibraryErrors errors = new LibraryErrors(file.dataFile());
        if (!LibraryConnections.claim(file.dataFile())) {
            throw errors.inUse();
        }
        Connection connection = null;
        boolean created = false;
        SessionMarker marker = new SessionMarker(file.dataFile());
        SessionMarker markedHere = null;
        try {
            if (Files.isDirectory(file.dataFile())) {
                throw new PersistenceException(LibraryErrors.TEXTS.get("folder", String.valueOf(file)));
            }
            if (!file.exists()) {
                file.createFolders();
                file.createOwnerOnly();
                created = true;
            } else {
                LibraryIntegrity.checkBeforeOpen(file, errors, clock);
            }
            connection = LibraryConnections.connect(file, errors);
            // Marked as soon as this store holds the file, so that a crash during a migration or backup is noticed.
            boolean endedAbruptly = marker.begin();
            markedHere = endedAbruptly ? null : marker;
            Backups backups = new Backups(file.dataFile(), clock, keepBackups);
            Connection open = connection;
            Migrations.migrate(connection, errors, locations, () -> backups.take(open, "before-migration"));
            if (!created) {
                LibraryConnections.dailyBackup(backups, connection);
            }
            connection.setAutoCommit(false);
            return new H2WorkshopStore(file, connection, clock, marker, endedAbruptly);
        } catch (SQLException e) {
            LibraryConnections.abandon(file, connection, created, markedHere);
            throw errors.onOpen(e);
        } catch (RuntimeException e) {
            LibraryConnections.abandon(file, connection, created, markedHere);
            throw e;
        }
    }

    /** The {@code .mv.db} file of this library. */
    public Path file() {
        return file.dataFile();
    }

    @Override
    public boolean previousRunEndedAbruptly() {
        return endedAbruptly;
    }

    @Override
    public synchronized List<WorkshopSummary> list() {
        return inTransaction(LibraryErrors.TEXTS.get("action.list"), queries::summaries);
    }

    @Override
    public synchronized StoredWorkshop load(long workshopId) {
        return inTransaction(LibraryErrors.TEXTS.get("action.load", String.valueOf(workshopId)), () -> {
            LibraryQueries.WorkshopRow row = queries.workshop(workshopId);
            Workshop workshop = loader.live(workshopId, row.liveSnapshot());
            remember(row.liveSnapshot(), workshop);
            return new StoredWorkshop(workshopId, workshop, row.created(), row.lastChanged());
        });
    }

    @Override
    public synchronized long create(Workshop workshop) {
        Objects.requireNonNull(workshop, "workshop");
        return inTransaction(LibraryErrors.TEXTS.get("action.add", workshop.title()), () -> {
            long id = queries.insertWorkshop(clock.instant());
            long snapshot = writer.insert(id, workshop);
            queries.setLiveSnapshot(id, snapshot);
            remember(snapshot, workshop);
            return id;
        });
    }

    @Override
    public synchronized void save(long workshopId, Workshop workshop) {
        Objects.requireNonNull(workshop, "workshop");
        inTransaction(LibraryErrors.TEXTS.get("action.save", String.valueOf(workshopId)), () -> {
            LibraryQueries.WorkshopRow row = queries.workshop(workshopId);
            Workshop before = row.liveSnapshot() == writtenSnapshot ? written : null;
            forget();
            writer.replace(row.liveSnapshot(), before, workshop);
            queries.touch(workshopId, clock.instant());
            remember(row.liveSnapshot(), workshop);
            return null;
        });
    }

    @Override
    public synchronized void delete(long workshopId) {
        inTransaction(LibraryErrors.TEXTS.get("action.delete", String.valueOf(workshopId)), () -> {
            queries.workshop(workshopId);
            queries.deleteWorkshop(workshopId);
            return null;
        });
    }

    @Override
    public synchronized void rename(long workshopId, String newTitle) {
        Objects.requireNonNull(newTitle, "newTitle");
        inTransaction(LibraryErrors.TEXTS.get("action.rename", String.valueOf(workshopId)), () -> {
            queries.rename(queries.workshop(workshopId).liveSnapshot(), newTitle);
            queries.touch(workshopId, clock.instant());
            return null;
        });
    }

    @Override
    public synchronized long duplicate(long workshopId, String newTitle) {
        Objects.requireNonNull(newTitle, "newTitle");
        return inTransaction(LibraryErrors.TEXTS.get("action.duplicate", String.valueOf(workshopId)), () -> copyOf(workshopId, newTitle));
    }

    @Override
    public synchronized long duplicate(long workshopId) {
        return inTransaction(LibraryErrors.TEXTS.get("action.duplicate", String.valueOf(workshopId)), () -> copyOf(workshopId, null));
    }

    /** A new workshop with the live content of {@code workshopId}; a null title means "title (copy)". */
    private long copyOf(long workshopId, String newTitle) throws SQLException {
        LibraryQueries.WorkshopRow row = queries.workshop(workshopId);
        String title = newTitle != null ? newTitle : LibraryErrors.TEXTS.get("copyTitle", reader.title(row.liveSnapshot()));
        long copy = queries.insertWorkshop(clock.instant());
        queries.setLiveSnapshot(copy, copier.copy(row.liveSnapshot(), copy, title));
        return copy;
    }

    @Override
    public synchronized VersionInfo saveVersion(long workshopId, String label) {
        if (label == null || label.isBlank()) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("versionName"));
        }
        String name = label.strip();
        return inTransaction(LibraryErrors.TEXTS.get("action.keepVersion", name, String.valueOf(workshopId)), () -> {
            LibraryQueries.WorkshopRow row = queries.workshop(workshopId);
            long snapshot = copier.copy(row.liveSnapshot(), workshopId, null);
            Instant now = clock.instant();
            queries.insertVersion(snapshot, name, now);
            return new VersionInfo(snapshot, workshopId, name, now);
        });
    }

    @Override
    public synchronized List<VersionInfo> versions(long workshopId) {
        return inTransaction(LibraryErrors.TEXTS.get("action.versions", String.valueOf(workshopId)), () -> {
            queries.workshop(workshopId);
            return queries.versions(workshopId);
        });
    }

    @Override
    public synchronized Workshop loadVersion(long versionId) {
        return inTransaction(LibraryErrors.TEXTS.get("action.loadVersion", String.valueOf(versionId)),
                () -> loader.version(versionId,
                queries.versionSnapshot(versionId).orElseThrow(() -> LibraryErrors.noVersion(versionId))));
    }

    @Override
    public synchronized boolean sampleOffered() {
        return inTransaction(LibraryErrors.TEXTS.get("action.readSettings"), () -> "true".equals(queries.setting(SAMPLE_OFFERED)));
    }

    @Override
    public synchronized void markSampleOffered() {
        inTransaction(LibraryErrors.TEXTS.get("action.writeSettings"), () -> {
            queries.putSetting(SAMPLE_OFFERED, "true");
            return null;
        });
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
            if (!broken) {
                // After a failed write the file may end in a half-written chunk: left marked, the next open
                // treats it as the crash it resembles and recovers the last complete state.
                marker.end();
            }
        } catch (SQLException e) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("notClosed", String.valueOf(file),
                    LibraryErrors.reason(e)), e);
        } finally {
            LibraryConnections.release(file.dataFile());
        }
    }

    private void remember(long snapshot, Workshop workshop) {
        writtenSnapshot = snapshot;
        written = workshop;
    }

    private void forget() {
        writtenSnapshot = -1;
        written = null;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} and commits; on any failure rolls back, so the library is as it was before. When a write
     * fails (a full disk, a file that may not grow), H2 closes the whole database; the next call then connects
     * again, to the last committed state, so that a retried save works as soon as there is room.
     */
    private <T> T inTransaction(String action, Work<T> work) {
        if (closed) {
            throw errors.closed();
        }
        if (broken) {
            reconnect(action);
        }
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(e);
            throw errors.failed(action, e);
        } catch (PersistenceException e) {
            rollback(e);
            throw e;
        } catch (RuntimeException e) {
            rollback(e);
            throw new PersistenceException(LibraryErrors.TEXTS.get("unexpected", action, String.valueOf(file), e.toString()), e);
        } catch (Error e) {
            rollback(e);
            throw e;
        }
    }

    private void rollback(Throwable failure) {
        forget(); // what the snapshot holds after a rollback is no longer known here
        try {
            connection.rollback();
        } catch (SQLException e) {
            // H2 closed the database (after a failed write): this connection is of no further use
            broken = true;
            failure.addSuppressed(e);
        }
    }

    private void reconnect(String action) {
        LibraryConnections.closeQuietly(connection);
        try {
            Connection fresh = LibraryConnections.connect(file, errors);
            try {
                fresh.setAutoCommit(false);
            } catch (SQLException e) {
                LibraryConnections.closeQuietly(fresh);
                throw e;
            }
            use(fresh);
            broken = false;
        } catch (SQLException e) {
            throw errors.failed(action, e);
        }
    }
}
