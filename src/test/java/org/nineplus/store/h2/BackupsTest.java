package org.nineplus.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Workshop;
import org.nineplus.store.BackupInfo;
import org.nineplus.store.PersistenceException;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.testing.TestWorkshops;

/** Rolling backups: daily by the clock, before a migration, the last N kept, and restoring one. */
class BackupsTest {

    private static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now;

        HandClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private Path library() {
        return dir.resolve("library.mv.db");
    }

    private H2WorkshopStore open(Clock clock, int keep) {
        return H2WorkshopStore.open(library(), clock, List.of(Migrations.LOCATION), keep);
    }

    private List<BackupInfo> backups() {
        return new H2LibraryFiles().backups(library());
    }

    @Test
    void aDailyBackupIsTakenOnOpenWhenTheNewestIsADayOld() {
        HandClock clock = new HandClock(START);
        try (H2WorkshopStore store = open(clock, 10)) {
            store.create(TestWorkshops.workedExample());
        }
        assertThat(backups()).as("a new library has nothing to back up yet").isEmpty();

        clock.advance(Duration.ofMinutes(5));
        open(clock, 10).close();
        assertThat(backups()).extracting(BackupInfo::reason).containsExactly("daily");
        assertThat(backups().get(0).taken()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(backups().get(0).file().getFileName().toString())
                .isEqualTo("library-20261124-090500-daily.zip");
        assertThat(backups().get(0).file().getParent()).isEqualTo(dir.resolve("backups").toAbsolutePath());

        clock.advance(Duration.ofHours(23));
        open(clock, 10).close();
        assertThat(backups()).as("the newest backup is not yet a day old").hasSize(1);

        clock.advance(Duration.ofHours(1));
        open(clock, 10).close();
        assertThat(backups()).hasSize(2);
        assertThat(backups().get(0).taken()).isEqualTo(START.plus(Duration.ofMinutes(5)).plus(Duration.ofHours(24)));
    }

    @Test
    void onlyTheNewestNBackupsAreKept() throws Exception {
        HandClock clock = new HandClock(START);
        open(clock, 3).close();
        for (int day = 1; day <= 5; day++) {
            clock.advance(Duration.ofDays(1));
            open(clock, 3).close();
        }
        assertThat(backups()).extracting(BackupInfo::taken).containsExactly(
                START.plus(Duration.ofDays(5)), START.plus(Duration.ofDays(4)), START.plus(Duration.ofDays(3)));
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.count()).as("older backups and part files are gone").isEqualTo(3);
        }
    }

    @Test
    void aBackupIsTakenBeforeAPendingMigrationAndHoldsTheOldSchema() throws Exception {
        HandClock clock = new HandClock(START);
        long id;
        try (H2WorkshopStore store = open(clock, 10)) {
            id = store.create(TestWorkshops.workedExample());
        }
        clock.advance(Duration.ofMinutes(1));
        try (H2WorkshopStore store = H2WorkshopStore.open(library(), clock,
                List.of(Migrations.LOCATION, "classpath:db/test-v2"), 10)) {
            assertThat(store.load(id).workshop()).isEqualTo(TestWorkshops.workedExample());
        }
        List<BackupInfo> all = backups();
        assertThat(all).extracting(BackupInfo::reason).contains("before-migration");
        BackupInfo before = all.stream().filter(b -> b.reason().equals("before-migration")).findFirst().orElseThrow();
        assertThat(before.size()).isPositive();
        assertThat(tableExists(library(), "TEST_LATER_SCHEMA")).isTrue();

        new H2LibraryFiles(clock).restore(library(), before);
        assertThat(tableExists(library(), "TEST_LATER_SCHEMA")).as("the backup was taken before V2 ran").isFalse();
    }

    @Test
    void anOpenThatFailsAfterMarkingTheSessionLeavesNoMarkerBehind() {
        HandClock clock = new HandClock(START);
        H2WorkshopStore.open(library(), clock, List.of(Migrations.LOCATION, "classpath:db/test-v2"), 10).close();

        assertThatThrownBy(() -> open(clock, 10)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("newer version of NinePlus");
        assertThat(dir.resolve("library.session")).as("the next open must not report a crash").doesNotExist();
    }

    @Test
    void restorePutsTheBackupInPlaceAndKeepsTheCurrentFileAside() throws Exception {
        HandClock clock = new HandClock(START);
        Workshop first = TestWorkshops.workedExample();
        try (H2WorkshopStore store = open(clock, 10)) {
            store.create(first);
        }
        clock.advance(Duration.ofDays(1));
        try (H2WorkshopStore store = open(clock, 10)) {
            store.create(first.withTitle("Added after the backup"));
        }
        long sizeBefore = Files.size(library());
        BackupInfo backup = backups().get(0);
        clock.advance(Duration.ofMinutes(2));

        Path kept = new H2LibraryFiles(clock).restore(library(), backup);

        assertThat(kept.getFileName().toString()).isEqualTo("library.before-restore-20261125-090200.mv.db");
        assertThat(Files.size(kept)).isEqualTo(sizeBefore);
        try (H2WorkshopStore store = open(clock, 10)) {
            assertThat(store.list()).extracting(WorkshopSummary::title).containsExactly(first.title());
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(kept, clock)) {
            assertThat(store.list()).extracting(WorkshopSummary::title)
                    .containsExactlyInAnyOrder(first.title(), "Added after the backup");
        }
    }

    @Test
    void anOpenLibraryIsNotRestoredOver() {
        HandClock clock = new HandClock(START);
        open(clock, 10).close();
        clock.advance(Duration.ofDays(1));
        open(clock, 10).close();
        BackupInfo backup = backups().get(0);
        try (H2WorkshopStore store = open(clock, 10)) {
            assertThatThrownBy(() -> new H2LibraryFiles(clock).restore(library(), backup))
                    .isInstanceOf(PersistenceException.class).hasMessageContaining("is open");
            assertThat(store.list()).isEmpty();
        }
    }

    @Test
    void aBrokenBackupChangesNothing() throws Exception {
        HandClock clock = new HandClock(START);
        try (H2WorkshopStore store = open(clock, 10)) {
            store.create(TestWorkshops.workedExample());
        }
        byte[] library = Files.readAllBytes(library());
        Path bogus = Files.createDirectories(dir.resolve("backups")).resolve("library-20261124-100000-daily.zip");
        Files.write(bogus, new byte[] {1, 2, 3});
        BackupInfo backup = backups().get(0);

        assertThatThrownBy(() -> new H2LibraryFiles(clock).restore(library(), backup))
                .isInstanceOf(PersistenceException.class).hasMessageContaining("The library was not changed");
        assertThat(Files.readAllBytes(library())).isEqualTo(library);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("library.mv.db", "library.closed", "backups");
        }
    }

    private static boolean tableExists(Path file, String table) throws Exception {
        String base = file.toAbsolutePath().toString().replace(".mv.db", "");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }
}
