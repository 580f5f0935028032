package org.nineplus.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Card;
import org.nineplus.model.Texts;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.ChildJvm;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.safety.SafetyTexts;

/**
 * A real full disk: the real workbench window (headless, {@link WindowDriver} in {@code grow} mode) runs with a file
 * size limit ({@code ulimit -f}), so the file system itself refuses to let the library grow (EFBIG, "File too large",
 * as a full disk refuses with ENOSPC). Each edit adds a card with a 16 KiB note until saving fails. Then: the window
 * shows the clear "not saved" message naming the problem and the library (no stack trace), the edits stay in the
 * open session, the save is retried, the library holds exactly the last saved state (nothing half-written), and once
 * the limit is lifted the next retry saves everything and the message goes away.
 */
class FullDiskIT {

    /** Room above the library's size: enough for the JVM and the fonts' temporary copies, not for many edits. */
    private static final long HEADROOM_KIB = 768;
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void aFullDiskShowsTheMessageKeepsTheEditsRetriesAndSavesOnceThereIsRoom() throws Exception {
        Path library = dir.resolve("library.mv.db");
        Workshop start = TestWorkshops.workedExample().withTitle(WindowDriver.TITLE);
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
            id = store.create(start);
            store.markSampleOffered();
        }
        long limit = Files.size(library) / 1024 + HEADROOM_KIB;
        ChildJvm child = ChildJvm.startWithFileSizeLimit(limit, dir.resolve("child-err.txt"),
                withHeap(ChildJvm.HEADLESS_FX), WindowDriver.class, library.toString(), "grow");
        String context = "file size limit " + limit + " KiB";
        long saved = -1;
        try {
            // The window's message, word for word: the store's sentence inside the autosave's.
            String shown = child.awaitLine(t -> t.startsWith("problem ") && t.length() > "problem ".length(),
                    "a save problem", context, TIMEOUT_SECONDS).text().substring("problem ".length());
            Texts store = Texts.of("org.nineplus.store.h2.messages");
            String refused = store.get("failed", store.get("action.save", String.valueOf(id)), library.toString(),
                    store.get("reason.write", "File too large"));
            assertThat(shown).as(context + ": the message in the editor")
                    .isEqualTo(SafetyTexts.text("autosave.failed", refused, 5L))
                    .doesNotContain("Exception").doesNotContain("\n");

            String holding = child.awaitLineStartingWith("held ", context, TIMEOUT_SECONDS).text();
            long held = Long.parseLong(holding.split(" ")[1]);
            assertThat(holding).as(context + ": the edits are kept in the window, unsaved")
                    .isEqualTo("held " + held + " dirty true");
            saved = lastSaved(child);
            assertThat(held).as(context + ": edits made after the last save").isGreaterThan(saved);
            // Retried every 5 s: a second refusal of the held edit, after editing stopped.
            child.awaitLine(t -> t.equals("failed " + held), 2, "a retried save of edit " + held, context,
                    TIMEOUT_SECONDS);

            // Nothing half-written: a copy of the file as it is now opens with the last saved state, whole.
            Workshop onDisk = whole(copyNow(library), context + ", while the disk is full");
            assertThat(EditingDriver.lastEdit(onDisk)).as(context + ": the last saved edit").isEqualTo(saved);
            assertThat(grownCards(onDisk)).as(context + ": one card per saved edit").isEqualTo(saved);

            // Room again: the next retry saves everything that was kept, and the message goes.
            child.liftFileSizeLimit();
            child.awaitLine(t -> t.equals("held " + held + " dirty false"), "the held edits saved", context,
                    TIMEOUT_SECONDS);
            child.awaitLine(t -> t.equals("problem "), "the message gone", context, TIMEOUT_SECONDS);
        } finally {
            child.kill();
        }
        long held = Long.parseLong(child.snapshot().stream().filter(l -> l.text().startsWith("held "))
                .reduce((a, b) -> b).orElseThrow().text().split(" ")[1]);
        Workshop after = whole(library, context + ", after the retry");
        assertThat(EditingDriver.lastEdit(after)).as(context + ": every kept edit saved").isEqualTo(held);
        assertThat(grownCards(after)).isEqualTo(held);
        assertThat(after.journeys().get(0).cards()).filteredOn(c -> c.id().startsWith("grown-"))
                .allSatisfy(c -> assertThat(c.note()).hasSize(WindowDriver.NOTE_CHARS));
        System.out.printf("FullDiskIT: %s; saving failed after edit %d was saved, %d edits kept and saved later%n",
                context, saved, held);
    }

    private static List<String> withHeap(List<String> options) {
        List<String> all = new ArrayList<>(List.of("-Xmx512m"));
        all.addAll(options);
        return all;
    }

    /** The number of the last edit the child reported as saved. */
    private static long lastSaved(ChildJvm child) {
        return child.snapshot().stream().filter(l -> l.text().startsWith("saved ")).mapToLong(l -> Long.parseLong(
                l.text().split(" ")[1])).max().orElse(0);
    }

    private static long grownCards(Workshop workshop) {
        return workshop.journeys().get(0).cards().stream().map(Card::id).filter(i -> i.startsWith("grown-")).count();
    }

    /** Opens the library, checks every workshop keeps the rules, and returns the edited one. */
    private static Workshop whole(Path library, String context) {
        try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
            List<WorkshopSummary> all = store.list();
            assertThat(all).as(context).extracting(WorkshopSummary::title).containsExactly(WindowDriver.TITLE);
            Workshop loaded = store.load(all.get(0).id()).workshop();
            assertThat(WorkshopRules.check(loaded)).as(context).isEmpty();
            return loaded;
        }
    }

    /** The library file and its session marker as they are at this moment, copied into a folder of their own. */
    private Path copyNow(Path library) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("while-full"));
        Files.copy(library, folder.resolve("library.mv.db"));
        Files.copy(library.resolveSibling("library.session"), folder.resolve("library.session"));
        return folder.resolve("library.mv.db");
    }
}
