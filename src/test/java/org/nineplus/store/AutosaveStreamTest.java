package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/**
 * Regression from the crash test: edits that keep coming faster than the autosave delay used to postpone the write
 * again and again, so nothing reached the library until the editing stopped, and a crash lost all of it. Now the
 * write happens at most the delay after the first unsaved edit, while the edits go on.
 */
class AutosaveStreamTest {

    @TempDir
    Path dir;

    @Test
    void steadyEditingIsWrittenWhileItGoesOn() throws Exception {
        AutosaveTest.Reports reports = new AutosaveTest.Reports();
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            long id = store.create(TestWorkshops.workedExample());
            Autosave autosave = new Autosave(store, id, Duration.ofMillis(100), Duration.ofMillis(100), reports);
            int revision = 0;
            // An edit every 10 ms until the first write arrives: with a delay that restarts on every edit, none would.
            while (reports.events.isEmpty() && revision < 2_000) {
                revision++;
                autosave.changed(revision, TestWorkshops.workedExample().withTitle("edit " + revision));
                Thread.sleep(10);
            }
            String first = reports.next();
            assertThat(first).startsWith("saved ");
            assertThat(revision).as("the first write came while the edits went on").isLessThan(2_000);
            assertThat(store.load(id).workshop().title()).startsWith("edit ");
            autosave.close(Duration.ofSeconds(5));
        }
    }
}
