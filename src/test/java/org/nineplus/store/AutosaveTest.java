package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

class AutosaveTest {

    @TempDir
    Path dir;

    /** Records what the autosave reports, in order. */
    static final class Reports implements Autosave.Listener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void saved(long revision) {
            events.add("saved " + revision);
        }

        @Override
        public void failed(long revision, PersistenceException problem) {
            events.add("failed " + revision + ": " + problem.getMessage());
        }

        String next() throws InterruptedException {
            String event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("an autosave report within 10 s").isNotNull();
            return event;
        }
    }

    private static Workshop titled(String title) {
        return TestWorkshops.workedExample().withTitle(title);
    }

    @Test
    void aBurstOfEditsIsWrittenOnceWithTheLastRevision() throws Exception {
        Reports reports = new Reports();
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            long id = store.create(titled("v0"));
            Autosave autosave = new Autosave(store, id, Duration.ofMillis(300), Duration.ofMillis(300), reports);
            for (int revision = 1; revision <= 5; revision++) {
                autosave.changed(revision, titled("v" + revision));
            }
            assertThat(reports.next()).isEqualTo("saved 5");
            assertThat(store.load(id).workshop().title()).isEqualTo("v5");
            autosave.close(Duration.ofSeconds(5));
            assertThat(reports.events).as("nothing else was written").isEmpty();
        }
    }

    @Test
    void closingWritesWhatIsStillPending() throws Exception {
        Reports reports = new Reports();
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            long id = store.create(titled("v0"));
            Autosave autosave = new Autosave(store, id, Duration.ofHours(1), Duration.ofHours(1), reports);
            autosave.changed(7, titled("last words"));
            assertThat(autosave.isPending()).isTrue();
            autosave.close(Duration.ofSeconds(5));
            assertThat(reports.next()).isEqualTo("saved 7");
            assertThat(store.load(id).workshop().title()).isEqualTo("last words");
        }
    }

    @Test
    void aFailedSaveIsReportedKeepsTheLibraryWholeAndTheNextEditIsSaved() throws Exception {
        Reports reports = new Reports();
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            long id = store.create(titled("v0"));
            Autosave autosave = new Autosave(store, id, Duration.ofMillis(50), Duration.ofHours(1), reports);
            Journey journey = titled("broken").journeys().get(0);
            // An id longer than the library allows makes the database refuse the save half-way.
            Card tooLong = Card.existing("x".repeat(300), "S1", "core", "Too long", 7.0);
            Workshop broken = titled("broken").withJourney(journey.withCards(
                    java.util.stream.Stream.concat(journey.cards().stream(), java.util.stream.Stream.of(tooLong))
                            .toList()));
            autosave.changed(1, broken);
            assertThat(reports.next()).startsWith("failed 1: ");
            assertThat(store.load(id).workshop().title()).isEqualTo("v0");
            assertThat(autosave.isPending()).as("the edit is kept for a retry").isTrue();

            autosave.changed(2, titled("fixed"));
            assertThat(reports.next()).isEqualTo("saved 2");
            assertThat(store.load(id).workshop().title()).isEqualTo("fixed");
            assertThat(store.load(id).workshop().journeys().get(0).cards()).hasSize(journey.cards().size());
            autosave.close(Duration.ofSeconds(5));
            assertThat(List.copyOf(reports.events)).isEmpty();
        }
    }
}
