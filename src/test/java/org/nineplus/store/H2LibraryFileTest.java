package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Workshop;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/** Opening library files: paths, permissions, foreign files, locks, reopening and migrations. */
class H2LibraryFileTest {

    @TempDir
    Path dir;

    @Test
    void aLibraryKeepsItsWorkshopsAfterCloseAndReopen() {
        Path file = dir.resolve("library.mv.db");
        Workshop example = TestWorkshops.workedExample();
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            id = store.create(example);
            store.saveVersion(id, "v1");
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            assertThat(store.load(id).workshop()).isEqualTo(example);
            assertThat(store.versions(id)).extracting(VersionInfo::label).containsExactly("v1");
        }
    }

    @Test
    void thePathWorksWithAndWithoutTheMvDbEnding() {
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("lib"))) {
            assertThat(store.file()).isEqualTo(dir.resolve("lib.mv.db").toAbsolutePath());
            id = store.create(TestWorkshops.workedExample());
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("lib.mv.db"))) {
            assertThat(store.load(id).workshop()).isEqualTo(TestWorkshops.workedExample());
        }
        assertThat(dir.resolve("lib.mv.db")).isRegularFile();
        assertThat(dir.resolve("lib.mv.db.mv.db")).doesNotExist();
    }

    @Test
    void missingFoldersAreCreated() {
        Path file = dir.resolve("a").resolve("b").resolve("library.mv.db");
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            assertThat(store.list()).isEmpty();
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void aPathWithASemicolonIsRefusedAndNothingIsCreated() {
        Path bad = dir.resolve("lib;AUTO_SERVER=TRUE");
        assertThatThrownBy(() -> H2WorkshopStore.open(bad)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("cannot be used").hasMessageContaining("';'");
        Path option = dir.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'").resolve("library.mv.db");
        assertThatThrownBy(() -> H2WorkshopStore.open(option)).isInstanceOf(PersistenceException.class);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aRefusedPathIsExplainedInTheReadersLanguage() {
        Path bad = dir.resolve("lib\u0007name");
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("nl"));
            assertThatThrownBy(() -> H2WorkshopStore.open(bad)).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("kan niet worden gebruikt").hasMessageContaining("stuurteken");
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertThatThrownBy(() -> H2WorkshopStore.open(bad)).hasMessageContaining("a control character");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFileOfRandomBytesIsNotALibraryAndIsLeftAlone() throws Exception {
        Path file = dir.resolve("random.mv.db");
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        Files.write(file, bytes);
        assertThatThrownBy(() -> H2WorkshopStore.open(file)).isInstanceOf(PersistenceException.class)
                .hasMessage("The file " + file.toAbsolutePath() + " is not a NinePlus library or is damaged.");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        // The failed attempt released the file: a second attempt gets the same answer, not "in use".
        assertThatThrownBy(() -> H2WorkshopStore.open(file)).hasMessageContaining("is not a NinePlus library");
    }

    @Test
    void anH2DatabaseOfAnotherProgramIsNotALibrary() throws Exception {
        Path file = dir.resolve("other");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR)");
        }
        assertThatThrownBy(() -> H2WorkshopStore.open(file)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("is not a NinePlus library or is damaged");
    }

    @Test
    void aSecondOpenInThisProcessIsRefusedWhileTheFirstIsOpen() {
        Path file = dir.resolve("library.mv.db");
        try (H2WorkshopStore first = H2WorkshopStore.open(file)) {
            first.create(TestWorkshops.workedExample());
            assertThatThrownBy(() -> H2WorkshopStore.open(dir.resolve("library")))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageStartingWith("The library " + file.toAbsolutePath()
                            + " is in use by another NinePlus window");
            assertThat(first.list()).hasSize(1);
        }
        try (H2WorkshopStore again = H2WorkshopStore.open(file)) {
            assertThat(again.list()).hasSize(1);
        }
    }

    @Test
    void aLibraryHeldByAnotherProcessIsReportedAsInUse() throws Exception {
        Path file = dir.resolve("library.mv.db");
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            store.create(TestWorkshops.workedExample());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LibraryHolder.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("OPEN")) {
                lines.add(line);
            }
            assertThat(line).as("the other process opened the library; it said %s", lines).isEqualTo("OPEN 1");

            assertThatThrownBy(() -> H2WorkshopStore.open(file)).isInstanceOf(PersistenceException.class)
                    .hasMessageStartingWith("The library " + file.toAbsolutePath()
                            + " is in use by another NinePlus window");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        assertThat(holder.exitValue()).isZero();
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            assertThat(store.list()).hasSize(1);
        }
    }

    @Test
    void aNewLibraryAndTheFoldersCreatedForItAreForTheOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path existing = Files.createDirectory(dir.resolve("existing"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path folder = existing.resolve("data").resolve("NinePlus");
        Path file = folder.resolve("library.mv.db");
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            store.create(TestWorkshops.large5000());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
                .as("a folder that was there before keeps its permissions").isEqualTo("rwxr-xr-x");
    }

    @Test
    void migrationsBuildAFreshSchemaOnceAndReopeningDoesNotRunThemAgain() throws Exception {
        Path file = dir.resolve("library.mv.db");
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            store.create(TestWorkshops.workedExample());
        }
        List<String> first = history(file);
        assertThat(first).hasSize(1);
        assertThat(first.get(0)).startsWith("1|library|true|");
        assertThat(tables(file)).contains("WORKSHOP", "SNAPSHOT", "NAMED_VERSION", "PERSONA", "PERSONA_ITEM",
                "JOURNEY", "STAGE", "STAGE_FAILING_RULE", "LANE", "CARD", "CARD_VOTE", "LINK", "PARTICIPANT",
                "SETTING");

        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            assertThat(store.list()).hasSize(1);
        }
        assertThat(history(file)).isEqualTo(first);
    }

    @Test
    void aLibraryFromANewerNinePlusIsRefusedWithAReason() throws Exception {
        Path file = dir.resolve("library.mv.db");
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            store.create(TestWorkshops.workedExample());
        }
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (2, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'sa', 1, TRUE)");
        }
        assertThatThrownBy(() -> H2WorkshopStore.open(file)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("was written by a newer version of NinePlus");
    }

    private static Connection connect(Path file) throws Exception {
        String path = file.toAbsolutePath().toString();
        return DriverManager.getConnection("jdbc:h2:file:" + path.substring(0, path.length() - ".mv.db".length()),
                "sa", "");
    }

    private static List<String> history(Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\", \"description\", \"success\", \"installed_on\" "
                     + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getBoolean(3) + "|" + r.getString(4));
            }
        }
        return rows;
    }

    private static List<String> tables(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = connect(file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = 'PUBLIC'")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }
}
