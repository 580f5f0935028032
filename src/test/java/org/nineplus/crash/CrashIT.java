package org.nineplus.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
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
import org.nineplus.testing.ChildJvm;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.safety.RecoveryMessage;

/**
 * Crash safety: the real store, autosave and import code run in a child JVM that is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at a random moment, several times over the same library; after each kill the
 * library must open, every workshop in it must load and keep {@link WorkshopRules}, the editor may lose at most the
 * edits of the last {@value #LOSS_ALLOWED_MILLIS} ms (the ~2 s promise plus a margin for a slow, shared machine),
 * and an import is either whole or absent. The random kill times come from a seed printed in every failure.
 * One scenario runs the real workbench window headless ({@link WindowDriver}): opened like a person opens a
 * workshop, edited, killed, and restarted on what the kill left, where it must say what was recovered.
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

    @Test
    void killedWhileEditingASmallWorkshop() throws Exception {
        editingRuns(dir.resolve("small.mv.db"), "small", 2, false);
    }

    @Test
    void killedWhileEditingInTheRealWindowWhichSaysWhatWasRecoveredOnRestart() throws Exception {
        editingRuns(dir.resolve("window.mv.db"), "small", 3, true);
    }

    @Test
    void killedWhileEditingALargeWorkshopSoAutosavesAreCaughtMidWrite() throws Exception {
        editingRuns(dir.resolve("large.mv.db"), "large", 3, false);
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
            ChildJvm child = start(ImportDriver.class, List.of(), library.toString(), file.toString());
            long readyAt = child.awaitLineStartingWith("ready", context, READY_TIMEOUT_SECONDS).atNanos();
            long killAt = readyAt + TimeUnit.MILLISECONDS.toNanos(1_000 + random.nextInt(8_000));
            ChildJvm.sleepUntil(killAt);
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

    /**
     * {@code runs} times: start a child that edits the library, kill it at a random moment, check the library.
     * With {@code window} the child is the real workbench window ({@link WindowDriver}), the check opens a copy of
     * what the kill left (so that the next child, like a restarted app, finds the library exactly as the kill left
     * it), and each restart after a kill must show the recovery notice, naming the workshops as they were saved.
     */
    private void editingRuns(Path library, String size, int runs, boolean window) throws Exception {
        long saved = 0;
        String notice = "";
        for (int run = 0; run < runs; run++) {
            String context = "seed " + SEED + ", " + size + (window ? " window" : "") + " editing run " + run;
            ChildJvm child = window ? start(WindowDriver.class, ChildJvm.HEADLESS_FX, library.toString(), size)
                    : start(EditingDriver.class, List.of(), library.toString(), size);
            if (window) {
                String shown = child.awaitLineStartingWith("notice ", context, READY_TIMEOUT_SECONDS).text()
                        .substring("notice ".length());
                assertThat(shown).as(context + ": the notice the window shows on start").isEqualTo(notice);
            }
            ChildJvm.Line ready = child.awaitLineStartingWith("ready", context, READY_TIMEOUT_SECONDS);
            long resumedFrom = Long.parseLong(ready.text().substring("ready ".length()));
            assertThat(resumedFrom).as(context + ": the child resumed from the saved edit").isEqualTo(saved);
            long killAt = ready.atNanos() + TimeUnit.MILLISECONDS.toNanos(1_000 + random.nextInt(4_000));
            ChildJvm.sleepUntil(killAt);
            child.kill();
            long mustHave = resumedFrom;
            long lastPrinted = resumedFrom;
            for (ChildJvm.Line line : child.snapshot()) {
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
            // The window's restart must find the library as the kill left it, so its check opens a copy; the other
            // scenarios check (and so recover) the library itself, and each run starts on a cleanly closed file.
            Path checked = window ? copyAsKilled(library, run) : library;
            try (H2WorkshopStore store = H2WorkshopStore.open(checked)) {
                assertThat(store.previousRunEndedAbruptly()).as(context + ": the kill is noticed").isTrue();
                List<WorkshopSummary> all = store.list();
                if (!window) {
                    assertThat(all).as(context).hasSize(1);
                }
                WorkshopSummary edited = null;
                for (WorkshopSummary summary : all) {
                    Workshop loaded = store.load(summary.id()).workshop();
                    assertThat(WorkshopRules.check(loaded)).as(context + ": workshop " + summary.title()).isEmpty();
                    if (!window || summary.title().equals(WindowDriver.TITLE)) {
                        edited = summary;
                        saved = EditingDriver.lastEdit(loaded);
                    }
                }
                assertThat(edited).as(context + ": the edited workshop is in " + all).isNotNull();
                assertThat(saved).as(context + ": the saved edit").isBetween(mustHave, lastPrinted + 1);
                notice = RecoveryMessage.of(all, ZoneId.systemDefault(), Instant.now());
            }
            System.out.printf("CrashIT %s: %s, saved edit %d%n", size, context, saved);
        }
    }

    /**
     * A copy of the library file and its session marker as the kill left them, in a folder of its own: checking it
     * leaves the library itself to the next child.
     */
    private Path copyAsKilled(Path library, int run) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("after-kill-" + library.getFileName() + "-" + run));
        String name = library.getFileName().toString();
        String base = name.substring(0, name.length() - ".mv.db".length());
        Files.copy(library, folder.resolve(name));
        Path marker = library.resolveSibling(base + ".session");
        if (Files.exists(marker)) {
            Files.copy(marker, folder.resolve(base + ".session"));
        }
        return folder.resolve(name);
    }

    private ChildJvm start(Class<?> main, List<String> options, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("-Xmx512m"));
        all.addAll(options);
        return ChildJvm.start(dir.resolve("child-err.txt"), all, main, args);
    }
}
