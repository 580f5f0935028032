package org.nineplus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.store.LibrarySql;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/**
 * A workshop whose rows in the library break the rules (a score of 42 set by SQL): {@code save-json} prints the one
 * line the library gives, writes no file and exits 2, as a file breaking the same rule does on {@code import}; the
 * library still lists it, and the other workshop in it is saved as before.
 */
class BrokenWorkshopCliTest {

    @TempDir
    Path dir;

    @Test
    void saveJsonOfABrokenWorkshopPrintsOneLineAndExits2AndTheGoodOneStillSaves() throws Exception {
        Path library = dir.resolve("library.mv.db");
        long broken;
        long good;
        try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
            broken = store.create(TestWorkshops.workedExample());
            good = store.create(TestWorkshops.workedExample().withTitle("Untouched"));
        }
        LibrarySql.run(library, "UPDATE card SET score = 42 WHERE card_id = 'e1' AND snapshot_id = "
                + LibrarySql.live(broken));
        Path out = dir.resolve("broken.json");

        CliRun run = CliRun.run(library, "save-json", "--workshop", String.valueOf(broken), "--out", out.toString());

        assertThat(run.status()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("nineplus: The workshop \"Claims journey workshop\" (id " + broken
                + ") in the library " + library + " breaks a rule of a workshop and was not opened: journey \"Home "
                + "insurance claim\" (id \"j1\"), card \"e1\", field score: must be between 1 and 10, was 42. "
                + "Nothing was changed.");
        assertThat(Files.exists(out)).isFalse();

        // The same rule, in the same words, when a file breaks it.
        Path file = dir.resolve("score42.json");
        Files.writeString(file, new WorkshopJson().toJson(TestWorkshops.workedExample())
                .replaceFirst("\"score\": 8", "\"score\": 42"));
        CliRun importing = CliRun.run(library, "import", file.toString());
        assertThat(importing.status()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(importing.errLines()).containsExactly("nineplus: score42.json: journeys[0].cards[0].score: "
                + "must be between 1 and 10, was 42");

        CliRun list = CliRun.run(library, "list");
        assertThat(list.status()).isEqualTo(CommandLine.OK);
        assertThat(list.out().lines()).hasSize(2);
        Path saved = dir.resolve("good.json");
        CliRun ok = CliRun.run(library, "save-json", "--workshop", String.valueOf(good), "--out", saved.toString());
        assertThat(ok.status()).as(ok.err()).isEqualTo(CommandLine.OK);
        assertThat(new WorkshopJson().read(saved)).isEqualTo(TestWorkshops.workedExample().withTitle("Untouched"));
    }
}
