package org.nineplus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

class CommandLineTest {

    @TempDir
    Path dir;

    private final WorkshopJson json = new WorkshopJson();

    private Path library() {
        return dir.resolve("library.mv.db");
    }

    private Path exampleFile() throws Exception {
        Path file = dir.resolve("example.json");
        json.write(TestWorkshops.workedExample(), file);
        return file;
    }

    @Test
    void versionAndHelpGoToStandardOutput() {
        CliRun version = CliRun.run(library(), "--version");
        assertThat(version.status()).isZero();
        assertThat(version.out().strip()).isEqualTo("NinePlus 9.9.9-test");
        assertThat(version.err()).isEmpty();

        CliRun help = CliRun.run(library(), "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("import", "list", "save-json", "--db PATH", "Exit status");
        assertThat(help.err()).isEmpty();
        assertThat(Files.exists(library())).as("help does not create a library").isFalse();
    }

    @Test
    void importPrintsTheNewIdAndListShowsIt() throws Exception {
        Path file = exampleFile();
        Instant before = Instant.now().minusSeconds(1);

        CliRun imported = CliRun.run(library(), "import", "--db", library().toString(), file.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.err()).isEmpty();
        long id = Long.parseLong(imported.out().strip());

        CliRun list = CliRun.run(library(), "list", "--db", library().toString());
        assertThat(list.status()).isZero();
        String[] lines = list.out().split("\n");
        assertThat(lines).hasSize(1);
        String[] columns = lines[0].split("\t");
        assertThat(columns).hasSize(4);
        assertThat(Long.parseLong(columns[0])).isEqualTo(id);
        assertThat(columns[1]).isEqualTo(TestWorkshops.workedExample().title());
        assertThat(columns[2]).isEqualTo("1");
        assertThat(Instant.parse(columns[3])).isAfter(before).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void dbOptionAcceptsTheEqualsFormAndTheDefaultLibraryIsUsedWithoutIt() throws Exception {
        Path file = exampleFile();
        assertThat(CliRun.run(library(), "import", file.toString()).status()).isZero();
        assertThat(CliRun.run(library(), "list", "--db=" + library()).out().lines()).hasSize(1);
        Path other = dir.resolve("other.mv.db");
        assertThat(CliRun.run(library(), "list", "--db", other.toString()).out()).isEmpty();
    }

    @Test
    void saveJsonWritesAFileThatReadsBackAsTheSameWorkshop() throws Exception {
        Workshop original = TestWorkshops.workedExample();
        String id = CliRun.run(library(), "import", exampleFile().toString()).out().strip();
        Path out = dir.resolve("out").resolve("saved.json");
        Files.createDirectories(out.getParent());

        CliRun saved = CliRun.run(library(), "save-json", "--workshop", id, "--out", out.toString());
        assertThat(saved.status()).as(saved.err()).isZero();
        assertThat(saved.out()).isEmpty();
        assertThat(json.read(out)).isEqualTo(original);
    }

    @Test
    void saveJsonOfAnUnknownWorkshopIsBadInputAndWritesNothing() throws Exception {
        CliRun.run(library(), "import", exampleFile().toString());
        Path out = dir.resolve("never.json");

        CliRun run = CliRun.run(library(), "save-json", "--workshop", "4711", "--out", out.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("nineplus: ").contains("4711");
        assertThat(out).doesNotExist();

        CliRun notANumber = CliRun.run(library(), "save-json", "--workshop", "abc", "--out", out.toString());
        assertThat(notANumber.status()).isEqualTo(2);
        assertThat(notANumber.errLines()).singleElement().asString().contains("'abc'");
    }

    @Test
    void badArgumentsExitWithTwoAndOneLine() throws Exception {
        String file = exampleFile().toString();
        String[][] cases = {
                {"frobnicate"},
                {"list", "--colour", "red"},
                {"list", "--db"},
                {"import"},
                {"import", file, file},
                {"import", dir.resolve("missing.json").toString()},
                {"save-json", "--out", "x.json"},
                {"save-json", "--workshop", "1"},
                {"list", "--db", "a", "--db", "b"},
        };
        for (String[] args : cases) {
            CliRun run = CliRun.run(library(), args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.errLines()).as(String.join(" ", args)).singleElement().asString()
                    .startsWith("nineplus: ");
        }
        assertThat(CliRun.run(library(), "list").out()).as("no bad call changed the library").isEmpty();
    }

    @Test
    void aLibraryPathWithUrlOptionsIsRefused() {
        CliRun run = CliRun.run(library(), "list", "--db", dir.resolve("x;TRACE_LEVEL_FILE=4").toString());
        assertThat(run.status()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
    }

    @Test
    void theWindowIsChosenOnlyWithoutACommand() {
        assertThat(CommandLine.isCommand(new String[0])).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--db", "x.mv.db"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--db=x.mv.db"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"list"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--version"})).isTrue();
    }

    @Test
    void aLoneWorkshopFileOpensTheWindowAsTheDesktopsFileAssociationAsks() {
        assertThat(CommandLine.isCommand(new String[] {"/home/me/claims.nineplus"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"Claims.JSON"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--db", "x.mv.db", "claims.nineplus"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"claims.txt"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"advise", "claims.json"})).isTrue();
    }
}
