package org.nineplus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.exchange.ExchangeException;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.Mutator;
import org.nineplus.testing.Mutator.Mutant;
import org.nineplus.testing.TestWorkshops;

/**
 * The file-mutation fuzzer for workshop files. Starting from every template, the bundled sample and the test
 * workshops, it feeds thousands of mutated and truncated files and random bytes through {@link WorkshopJson#read}
 * and through the command line's {@code import} into a real library. Each input must give either a valid workshop
 * (passes {@link WorkshopRules}, imports, and loads back from the library unchanged) or exactly one clear error line
 * naming the file; never another exception, a stack trace, a hang or a changed library. Bounded by time and by
 * count; the base seed (system property {@code nineplus.fuzz.seed}) is in every failure message.
 */
class ImportFuzzTest {

    static final long BASE_SEED = Long.getLong("nineplus.fuzz.seed", 20261124L);
    private static final long BUDGET_MILLIS = Long.getLong("nineplus.fuzz.millis", 20_000L);
    private static final int MAX_INPUTS = Integer.getInteger("nineplus.fuzz.count", 20_000);
    private static final long PER_INPUT_SECONDS = 20;

    private static final int IMPORT_EVERY = 8;

    private H2WorkshopStore roundTrip;
    private int valid;
    private long mutateNanos;
    private long readNanos;
    private long refusedNanos;
    private long acceptedNanos;

    @TempDir
    Path dir;

    private final WorkshopJson json = new WorkshopJson();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-input");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stop() {
        if (roundTrip != null) {
            roundTrip.close();
        }
        worker.shutdownNow();
    }

    @Test
    void everyMutatedFileGivesAWorkshopOrOneClearError() throws Exception {
        List<byte[]> seeds = seedFiles();
        Path library = dir.resolve("library.mv.db");
        Path good = dir.resolve("good.json");
        json.write(TestWorkshops.workedExample(), good);
        assertThat(CliRun.run(library, "import", good.toString()).status()).isZero();

        roundTrip = H2WorkshopStore.open(dir.resolve("round-trip.mv.db"));
        long start = System.nanoTime();
        int inputs = 0;
        int workshops = 0;
        int errors = 0;
        List<String> failures = new ArrayList<>();
        while (inputs < MAX_INPUTS && (System.nanoTime() - start) / 1_000_000 < BUDGET_MILLIS) {
            long seed = BASE_SEED * 1_000_003L + inputs;
            Random random = new Random(new java.util.SplittableRandom(seed).nextLong());
            int origin = random.nextInt(seeds.size());
            long t0 = System.nanoTime();
            Mutant mutant = new Mutator(random).mutate(seeds.get(origin));
            mutateNanos += System.nanoTime() - t0;
            String context = "base seed " + BASE_SEED + ", input " + inputs + " (seed file " + origin + ", "
                    + mutant.how() + ")";
            try {
                if (check(mutant.bytes(), "input-" + inputs + ".json", library, context)) {
                    workshops++;
                } else {
                    errors++;
                }
            } catch (AssertionError e) {
                failures.add(e.getMessage());
                if (failures.size() >= 20) {
                    break;
                }
            }
            inputs++;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("times: mutate %d, read %d, import refused %d, import+load %d ms%n", mutateNanos / 1_000_000,
                readNanos / 1_000_000, refusedNanos / 1_000_000, acceptedNanos / 1_000_000);
        System.out.printf("ImportFuzzTest: %d inputs (%d workshops, %d clear errors) in %d ms, base seed %d%n",
                inputs, workshops, errors, millis, BASE_SEED);
        assertThat(failures).as("inputs that gave neither a workshop nor one clear error").isEmpty();
        assertThat(inputs).as("inputs fuzzed in the time budget").isGreaterThan(300);
        assertThat(errors).as("mutants that are refused").isGreaterThan(inputs / 2);
        assertThat(workshops).as("mutants that are still valid workshops").isPositive();
    }

    /**
     * Reads the input; a workshop makes a round trip through an open library, a refused file goes through the command
     * line's {@code import}, and so does every {@value #IMPORT_EVERY}th workshop (an import opens and migrates the
     * library, which takes long enough to crowd out the other inputs). True if it was a workshop, false if one clear
     * error. Any other outcome fails the test with {@code context}.
     */
    private boolean check(byte[] bytes, String name, Path library, String context) throws Exception {
        Workshop read;
        long t0 = System.nanoTime();
        try {
            read = bounded(() -> json.read(bytes, name), context);
        } catch (ExchangeException e) {
            read = null;
            assertClearError(e.getMessage(), name, context, bytes);
        } catch (Throwable e) {
            throw failure(context + ": read threw " + e, bytes, e);
        }
        long t1 = System.nanoTime();
        readNanos += t1 - t0;
        try {
            if (read == null) {
                importRefused(bytes, name, library, context);
                refusedNanos += System.nanoTime() - t1;
                return false;
            }
            assertThat(WorkshopRules.check(read)).as(context).isEmpty();
            Workshop workshop = read;
            Workshop stored = bounded(() -> {
                long id = roundTrip.create(workshop);
                Workshop loaded = roundTrip.load(id).workshop();
                roundTrip.delete(id);
                return loaded;
            }, context);
            assertThat(stored).as(context + ": store round trip").isEqualTo(read);
            if (valid++ % IMPORT_EVERY == 0) {
                importAccepted(bytes, name, read, library, context);
            }
            acceptedNanos += System.nanoTime() - t1;
            return true;
        } catch (AssertionError e) {
            throw failure(e.getMessage(), bytes, e);
        }
    }

    private void importRefused(byte[] bytes, String name, Path library, String context) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        byte[] libraryBefore = Files.readAllBytes(library);
        try {
            CliRun run = bounded(() -> CliRun.run(library, "import", file.toString()), context);
            assertThat(run.status()).as(context + ": exit status; " + run).isEqualTo(2);
            assertThat(run.out()).as(context).isEmpty();
            assertThat(run.errLines()).as(context + ": stderr").hasSize(1);
            assertThat(run.errLines()[0]).as(context).startsWith("nineplus: " + name + ": ");
            assertClearError(run.errLines()[0], name, context, bytes);
            assertThat(Arrays.equals(libraryBefore, Files.readAllBytes(library)))
                    .as(context + ": library file untouched by a refused import").isTrue();
        } finally {
            Files.delete(file);
        }
    }

    private void importAccepted(byte[] bytes, String name, Workshop read, Path library, String context)
            throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        try {
            CliRun run = bounded(() -> CliRun.run(library, "import", file.toString()), context);
            assertThat(run.status()).as(context + ": " + run).isZero();
            assertThat(run.err()).as(context).isEmpty();
            long id = Long.parseLong(run.out().strip());
            Workshop stored = bounded(() -> {
                try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
                    Workshop loaded = store.load(id).workshop();
                    store.delete(id);
                    return loaded;
                }
            }, context);
            assertThat(stored).as(context + ": imported and loaded back").isEqualTo(read);
        } finally {
            Files.delete(file);
        }
    }

    static void assertClearError(String message, String name, String context, byte[] bytes) {
        try {
            assertThat(message).as(context + ": names the file").contains(name);
            assertThat(message).as(context + ": one line").doesNotContain("\n").doesNotContain("\r");
            assertThat(message).as(context + ": no Java internals")
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.fasterxml")
                    .doesNotContain("java.").doesNotContain("unexpected error");
            assertThat(message.length()).as(context + ": short enough to read: " + message).isLessThan(600);
        } catch (AssertionError e) {
            throw failure(e.getMessage(), bytes, e);
        }
    }

    private <T> T bounded(Callable<T> work, String context) throws Exception {
        Future<T> result = worker.submit(work);
        try {
            return result.get(PER_INPUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError(context + ": no answer within " + PER_INPUT_SECONDS + " s (a hang)");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new AssertionError(context + ": " + e.getCause(), e.getCause());
        }
    }

    /** Keeps the failing input under target/fuzz-failures so it can be turned into a regression test. */
    static AssertionError failure(String message, byte[] bytes, Throwable cause) {
        try {
            Path folder = Paths.get("target", "fuzz-failures");
            Files.createDirectories(folder);
            Path kept = Files.createTempFile(folder, "input-", ".bin");
            Files.write(kept, bytes);
            message = message + " [input kept in " + kept + "]";
        } catch (IOException ignored) {
            // the failure itself is what matters
        }
        return new AssertionError(message, cause);
    }

    /** Every template, the bundled sample and the test workshops, as UTF-8 files. */
    private List<byte[]> seedFiles() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (DirectoryStream<Path> templates = Files.newDirectoryStream(Paths.get("assets", "templates"),
                "*.json")) {
            for (Path template : templates) {
                seeds.add(Files.readAllBytes(template));
            }
        }
        assertThat(seeds).as("templates found").hasSizeGreaterThanOrEqualTo(5);
        seeds.add(Files.readAllBytes(Paths.get("assets", "samples", "claims-workshop.json")));
        seeds.add(json.toJson(TestWorkshops.workedExample()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        seeds.add(json.toJson(TestWorkshops.large(8, 7, 150, 3L)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return seeds;
    }
}
