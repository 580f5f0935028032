package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.WorkshopRules;
import org.nineplus.model.WorkshopTemplates;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/**
 * Hostile library files: a real library with byte flips, truncations, zeroed pages and random bytes, an empty file,
 * a valid H2 database with a foreign schema, and libraries whose rows break {@link WorkshopRules}. Opening, listing
 * and loading each must either work or fail with one
 * {@link PersistenceException} whose message is one readable sentence that names the file; never another exception,
 * H2's internals or a hang. Bounded by time and count; the base seed is in every failure message.
 */
class LibraryFileFuzzTest {

    private static final long BASE_SEED = Long.getLong("nineplus.fuzz.seed", 20261124L);
    private static final long BUDGET_MILLIS = Long.getLong("nineplus.fuzz.dbMillis", 8_000L);
    private static final int MAX_INPUTS = Integer.getInteger("nineplus.fuzz.dbCount", 400);
    private static final long PER_INPUT_SECONDS = 30;
    private static final int PAGE = 4096;
    /** The live snapshot of workshop 1, the worked example. */
    private static final String LIVE_1 = LibrarySql.live(1);

    @TempDir
    Path dir;

    private byte[] library;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-library");
        t.setDaemon(true);
        return t;
    });

    /** What a library answered: how many workshops and versions it gave, or the one message it failed with. */
    private record Outcome(int workshops, int versions, String failure) {
    }

    @BeforeEach
    void realLibrary() throws IOException {
        Path file = dir.resolve("original.mv.db");
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            long first = store.create(TestWorkshops.workedExample());
            store.saveVersion(first, "before the break");
            store.create(TestWorkshops.large(8, 7, 150, 5L));
            store.create(WorkshopTemplates.blank("Empty workshop", java.time.LocalDate.of(2026, 11, 24)));
            store.markSampleOffered();
        }
        library = Files.readAllBytes(file);
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void everyMutatedLibraryOpensOrFailsWithOneClearMessage() throws Exception {
        Outcome intact = open(write("intact", library), "the intact library");
        assertThat(intact).isEqualTo(new Outcome(3, 1, null));

        long start = System.nanoTime();
        int inputs = 0;
        int opened = 0;
        List<String> failures = new ArrayList<>();
        while (inputs < MAX_INPUTS && (System.nanoTime() - start) / 1_000_000 < BUDGET_MILLIS) {
            Random random = new Random(new SplittableRandom(BASE_SEED * 7_919L + inputs).nextLong());
            StringBuilder how = new StringBuilder();
            byte[] bytes = mutate(random, how);
            String context = "base seed " + BASE_SEED + ", library " + inputs + " (" + how + ")";
            try {
                Outcome outcome = open(write("fuzz-" + inputs, bytes), context);
                if (outcome.failure() == null) {
                    opened++;
                }
            } catch (AssertionError e) {
                failures.add(e.getMessage());
                if (failures.size() >= 10) {
                    break;
                }
            }
            inputs++;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("LibraryFileFuzzTest: %d libraries (%d opened, %d refused) in %d ms, base seed %d%n",
                inputs, opened, inputs - opened, millis, BASE_SEED);
        assertThat(failures).as("libraries that neither worked nor failed with one clear message").isEmpty();
        assertThat(inputs).as("libraries fuzzed in the time budget").isGreaterThan(10);
    }

    @Test
    void anEmptyFileOpensAsAnEmptyLibrary() throws Exception {
        assertThat(open(write("empty", new byte[0]), "empty file")).isEqualTo(new Outcome(0, 0, null));
    }

    @Test
    void aValidH2DatabaseWithAForeignSchemaIsNotALibrary() throws Exception {
        Path foreign = dir.resolve("foreign.mv.db");
        LibrarySql.run(foreign, "CREATE TABLE invoice (id INT PRIMARY KEY, amount DECIMAL(10, 2))",
                "INSERT INTO invoice VALUES (1, 9.99)");

        Outcome outcome = open(foreign, "foreign schema");

        assertThat(outcome.failure()).isEqualTo("The file " + foreign + " is not a NinePlus library or is damaged.");
    }

    @Test
    void aLibraryWhoseTablesWereChangedFailsWithAMessageNotACrash() throws Exception {
        Path changed = write("changed", library);
        LibrarySql.run(changed, "ALTER TABLE card DROP COLUMN note");

        Outcome outcome = open(changed, "dropped column");

        assertThat(outcome.failure()).isEqualTo("Could not load workshop 3 in the library " + changed
                + ": the library file is damaged (Column \"NOTE\" not found). Nothing was changed.");
    }

    @Test
    void aScoreOf42SetBySqlIsRefusedWithTheRuleItBreaksAndTheOtherWorkshopsStillLoad() throws Exception {
        Path broken = write("score42", library);
        LibrarySql.run(broken, "UPDATE card SET score = 42 WHERE card_id = 'e1' AND snapshot_id = " + LIVE_1);

        assertThat(open(broken, "score 42").failure()).isEqualTo("The workshop \"Claims journey workshop\" (id 1) "
                + "in the library " + broken + " breaks a rule of a workshop and was not opened: journey \"Home "
                + "insurance claim\" (id \"j1\"), card \"e1\", field score: must be between 1 and 10, was 42. "
                + "Nothing was changed.");
        try (H2WorkshopStore store = H2WorkshopStore.open(broken)) {
            assertThat(store.list()).hasSize(3);
            assertThat(store.load(2).workshop().journeys().get(0).cards()).hasSize(150);
            assertThat(WorkshopRules.isValid(store.load(3).workshop())).isTrue();
        }
    }

    @Test
    void anUnknownLaneKindSetBySqlIsReportedAsADamagedWorkshop() throws Exception {
        Path broken = write("kind", library);
        String check = LibrarySql.query(broken, "SELECT constraint_name FROM information_schema.check_constraints "
                + "WHERE check_clause LIKE '%''SURPRISE''%' FETCH FIRST 1 ROW ONLY");
        LibrarySql.run(broken, "ALTER TABLE lane DROP CONSTRAINT \"" + check + "\"",
                "UPDATE lane SET kind = 'PYRAMID' WHERE position = 0 AND snapshot_id = " + LIVE_1);

        Outcome outcome = open(broken, "unknown lane kind");

        assertThat(outcome.failure()).startsWith("The workshop 1 in the library " + broken + " is damaged: ");
    }

    private byte[] mutate(Random random, StringBuilder how) {
        byte[] out = library.clone();
        switch (random.nextInt(7)) {
            case 0: {
                int flips = 1 + random.nextInt(random.nextBoolean() ? 4 : 64);
                for (int i = 0; i < flips; i++) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
                how.append(flips).append(" bit flips");
                return out;
            }
            case 1: {
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    out[random.nextInt(Math.min(out.length, 2 * PAGE))] ^= (byte) (1 << random.nextInt(8));
                }
                how.append(flips).append(" bit flips in the header pages");
                return out;
            }
            case 2: {
                int at = random.nextInt(out.length);
                how.append("truncated at ").append(at).append(" of ").append(out.length);
                return java.util.Arrays.copyOf(out, at);
            }
            case 3: {
                int pages = out.length / PAGE;
                int zeroed = 1 + random.nextInt(3);
                for (int i = 0; i < zeroed; i++) {
                    int page = random.nextInt(pages);
                    java.util.Arrays.fill(out, page * PAGE, (page + 1) * PAGE, (byte) 0);
                    how.append("page ").append(page).append(" zeroed; ");
                }
                return out;
            }
            case 4: {
                byte[] noise = new byte[random.nextInt(3 * PAGE * 4)];
                random.nextBytes(noise);
                how.append(noise.length).append(" random bytes");
                return noise;
            }
            case 5: {
                int from = random.nextInt(out.length);
                int length = Math.min(out.length - from, 1 + random.nextInt(PAGE));
                byte[] noise = new byte[length];
                random.nextBytes(noise);
                System.arraycopy(noise, 0, out, from, length);
                how.append(length).append(" random bytes written at ").append(from);
                return out;
            }
            default: {
                int from = random.nextInt(out.length);
                int to = random.nextInt(out.length);
                int length = Math.min(Math.min(out.length - from, out.length - to), 1 + random.nextInt(2 * PAGE));
                System.arraycopy(library, from, out, to, length);
                how.append(length).append(" bytes copied from ").append(from).append(" to ").append(to);
                return out;
            }
        }
    }

    /** Opens, lists, loads every workshop and version; the outcome, or an assertion naming {@code context}. */
    private Outcome open(Path file, String context) throws Exception {
        Future<Outcome> result = worker.submit(() -> {
            H2WorkshopStore store;
            try {
                store = H2WorkshopStore.open(file);
            } catch (PersistenceException e) {
                return new Outcome(0, 0, e.getMessage());
            }
            try (store) {
                int workshops = 0;
                int versions = 0;
                for (WorkshopSummary summary : store.list()) {
                    assertThat(store.load(summary.id()).workshop()).as(context).isNotNull();
                    workshops++;
                    for (VersionInfo version : store.versions(summary.id())) {
                        assertThat(store.loadVersion(version.id())).as(context).isNotNull();
                        versions++;
                    }
                }
                store.sampleOffered();
                return new Outcome(workshops, versions, null);
            } catch (PersistenceException e) {
                return new Outcome(0, 0, e.getMessage());
            }
        });
        Outcome outcome;
        try {
            outcome = result.get(PER_INPUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError(context + ": no answer within " + PER_INPUT_SECONDS + " s (a hang)");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(context + ": threw " + e.getCause(), e.getCause());
        }
        if (outcome.failure() != null) {
            String message = outcome.failure();
            assertThat(message).as(context + ": names the file").contains(file.toString());
            assertThat(message).as(context + ": one line").doesNotContain("\n").doesNotContain("\r");
            assertThat(message).as(context + ": no H2 or Java internals")
                    .doesNotContain("Exception").doesNotContain("org.h2").doesNotContain("\tat ")
                    .doesNotContain("java.").doesNotContain("[9").doesNotContain("[2").doesNotContain("SQL statement")
                    .doesNotContain("unexpected error");
            assertThat(message.length()).as(context + ": short enough to read: " + message).isLessThan(500);
        }
        return outcome;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name + ".mv.db");
        Files.write(file, bytes);
        return file;
    }
}
