package org.nineplus.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/**
 * Crash safety: the real store, autosave and import code run in a child JVM that is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at a random moment, several times over the same library; after each kill the
 * library must open, every workshop in it must load and keep {@link WorkshopRules}, the editor may lose at most the
 * edits of the last {@value #LOSS_ALLOWED_MILLIS} ms (the ~2 s promise plus a margin for a slow, shared machine),
 * and an import is either whole or absent. The random kill times come from a seed printed in every failure.
 */
class CrashIT {

    private static final long SEED = Long.getLong("nineplus.crash.seed", System.nanoTime());
    private static final long LOSS_ALLOWED_MILLIS = 3_000;
    private static final long READY_TIMEOUT_SECONDS = 90;

    @TempDir
    Path dir;

    private Random random = new Random(SEED);

    @org.junit.jupiter.api.BeforeEach
    void ownKillTimes(org.junit.jupiter.api.TestInfo test) {
        // each scenario its own kill times, still fixed by the seed
        random = new Random(SEED ^ test.getDisplayName().hashCode());
    }

    /** One line the child printed and when the parent read it. */
    private record Line(long atNanos, String text) {
    }

    /** A running child and what it has printed so far. */
    private static final class Child {
        final Process process;
        final List<Line> lines = new ArrayList<>();

        Child(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        Line read = new Line(System.nanoTime(), line);
                        synchronized (lines) {
                            lines.add(read);
                            lines.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // the child was killed
                }
            }, "crash-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        Line awaitLineStartingWith(String prefix, String context) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
            synchronized (lines) {
                while (true) {
                    for (Line line : lines) {
                        if (line.text().startsWith(prefix)) {
                            return line;
                        }
                    }
                    long left = deadline - System.nanoTime();
                    assertThat(left).as(context + ": the child said '" + prefix + "' in time; it printed " + lines
                            + ", alive " + process.isAlive()).isPositive();
                    lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            }
        }

        List<Line> snapshot() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed child ended").isTrue();
        }
    }

    @Test
    void killedWhileEditingASmallWorkshop() throws Exception {
        editingRuns(dir.resolve("small.mv.db"), "small", 2);
    }

    @Test
    void killedWhileEditingALargeWorkshopSoAutosavesAreCaughtMidWrite() throws Exception {
        editingRuns(dir.resolve("large.mv.db"), "large", 3);
    }

    @Test
    void killedWhileImportingALargeWorkshop() throws Exception {
        Path library = dir.resolve("imports.mv.db");
        Path file = dir.resolve("large5000.json");
        Workshop large = TestWorkshops.large5000();
        new WorkshopJson().write(large, file);
        int imported = 0;
        for (int run = 0; run < 3; run++) {
            String context = "seed " + SEED + ", import run " + run;
            Child child = start(ImportDriver.class, library.toString(), file.toString());
            long readyAt = child.awaitLineStartingWith("ready", context).atNanos();
            long killAt = readyAt + TimeUnit.MILLISECONDS.toNanos(1_000 + random.nextInt(8_000));
            sleepUntil(killAt);
            child.kill();
            long printed = child.snapshot().stream().filter(l -> l.text().matches("\\d+")).count();
            context += " (killed " + TimeUnit.NANOSECONDS.toMillis(killAt - readyAt) + " ms after ready; "
                    + printed + " imports reported)";
            try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
                List<WorkshopSummary> all = store.list();
                assertThat(all.size()).as(context + ": every reported import is kept")
                        .isGreaterThanOrEqualTo(imported + (int) printed);
                assertThat(all.size()).as(context + ": at most the one running import more")
                        .isLessThanOrEqualTo(imported + (int) printed + 1);
                for (WorkshopSummary summary : all) {
                    Workshop loaded = store.load(summary.id()).workshop();
                    assertThat(loaded.journeys().get(0).cards()).as(context + ": workshop " + summary.id()
                            + " is whole").hasSameSizeAs(large.journeys().get(0).cards());
                    assertThat(loaded).as(context + ": workshop " + summary.id()).isEqualTo(large);
                }
                imported = all.size();
            }
        }
        System.out.printf("CrashIT import: %d whole imports after 3 kills, seed %d%n", imported, SEED);
    }

    private void editingRuns(Path library, String size, int runs) throws Exception {
        long saved = 0;
        for (int run = 0; run < runs; run++) {
            String context = "seed " + SEED + ", " + size + " editing run " + run;
            Child child = start(EditingDriver.class, library.toString(), size);
            Line ready = child.awaitLineStartingWith("ready", context);
            long resumedFrom = Long.parseLong(ready.text().substring("ready ".length()));
            assertThat(resumedFrom).as(context + ": the child resumed from the saved edit").isEqualTo(saved);
            long killAt = ready.atNanos() + TimeUnit.MILLISECONDS.toNanos(1_000 + random.nextInt(4_000));
            sleepUntil(killAt);
            child.kill();
            long mustHave = resumedFrom;
            long lastPrinted = resumedFrom;
            for (Line line : child.snapshot()) {
                if (line.text().startsWith("saved ") && line.atNanos() < killAt) {
                    // a save that had committed before the kill must survive it
                    mustHave = Math.max(mustHave, Long.parseLong(line.text().split(" ")[1]));
                }
                if (line.text().startsWith("edit ")) {
                    long edit = Long.parseLong(line.text().substring(5));
                    lastPrinted = Math.max(lastPrinted, edit);
                    if (line.atNanos() <= killAt - TimeUnit.MILLISECONDS.toNanos(LOSS_ALLOWED_MILLIS)) {
                        mustHave = Math.max(mustHave, edit);
                    }
                }
            }
            List<String> saves = child.snapshot().stream().filter(l -> l.text().startsWith("sav"))
                    .map(l -> TimeUnit.NANOSECONDS.toMillis(l.atNanos() - ready.atNanos()) + " ms: " + l.text())
                    .toList();
            boolean midSave = !saves.isEmpty() && saves.get(saves.size() - 1).contains("saving");
            context += (midSave ? " [killed during a save]" : "")
                    + " (killed " + TimeUnit.NANOSECONDS.toMillis(killAt - ready.atNanos()) + " ms after ready, "
                    + "last edit printed " + lastPrinted + ", must have " + mustHave + "; autosaves " + saves + ")";
            try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
                List<WorkshopSummary> all = store.list();
                assertThat(all).as(context).hasSize(1);
                Workshop loaded = store.load(all.get(0).id()).workshop();
                assertThat(WorkshopRules.check(loaded)).as(context).isEmpty();
                saved = EditingDriver.lastEdit(loaded);
                assertThat(saved).as(context + ": the saved edit").isBetween(mustHave, lastPrinted + 1);
            }
            System.out.printf("CrashIT %s: %s, saved edit %d%n", size, context, saved);
        }
    }

    private Child start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-Xmx512m", "-cp", classPath(), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(
                dir.resolve("child-err.txt").toFile()));
        builder.environment().remove("DISPLAY");
        return new Child(builder.start());
    }

    /** The test class path: surefire and failsafe may hand the forked JVM a manifest-only jar instead. */
    private static String classPath() {
        String full = System.getProperty("surefire.test.class.path");
        return full != null && !full.isBlank() ? full : System.getProperty("java.class.path");
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    static String errors(Path dir) throws IOException {
        Path file = dir.resolve("child-err.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
