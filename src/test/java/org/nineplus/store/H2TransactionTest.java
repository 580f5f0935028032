package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Link;
import org.nineplus.model.Workshop;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/**
 * A save that fails part-way leaves the library exactly as it was. The failure is real: an id longer than the
 * library's 255 characters is refused by the database itself, after the earlier rows of the save were written.
 */
class H2TransactionTest {

    @TempDir
    Path dir;

    private static final String TOO_LONG = "x".repeat(256);

    /** The large map with its last link pointing at an over-long id: the links are the last table written. */
    private static Workshop failingLate(Workshop base) {
        Journey journey = base.journeys().get(0);
        List<Link> links = new ArrayList<>(journey.links());
        links.add(new Link("c1", TOO_LONG));
        return base.withTitle("Half written?").withJourney(journey.withLinks(links));
    }

    @Test
    void aSaveThatFailsPartWayKeepsThePreviousContent() {
        Path file = dir.resolve("library.mv.db");
        Workshop before = TestWorkshops.workedExample();
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            id = store.create(before);
            VersionInfo version = store.saveVersion(id, "v1");
            var lastChanged = store.load(id).lastChanged();

            assertThatThrownBy(() -> store.save(id, failingLate(TestWorkshops.large5000())))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessage("Could not save workshop " + id + " in the library " + file.toAbsolutePath()
                            + ": a value for to card is longer than the library allows. Nothing was changed.");

            StoredWorkshop after = store.load(id);
            assertThat(after.workshop()).isEqualTo(before);
            assertThat(after.lastChanged()).isEqualTo(lastChanged);
            assertThat(store.list()).extracting(WorkshopSummary::title).containsExactly(before.title());
            assertThat(store.loadVersion(version.id())).isEqualTo(before);

            // The store goes on working after the failure.
            Workshop next = before.withTitle("Saved after the failure");
            store.save(id, next);
            assertThat(store.load(id).workshop()).isEqualTo(next);
        }
        assertThat(dir.resolve("library.trace.db")).as("no trace of the failed statement, with workshop text, "
                + "is written beside the library").doesNotExist();
        try (H2WorkshopStore reopened = H2WorkshopStore.open(file)) {
            assertThat(reopened.load(id).workshop().title()).isEqualTo("Saved after the failure");
        }
    }

    @Test
    void aCreateThatFailsLeavesNoWorkshopBehind() {
        Workshop example = TestWorkshops.workedExample();
        Journey journey = example.journeys().get(0);
        List<Card> cards = new ArrayList<>(journey.cards());
        cards.add(Card.existing(TOO_LONG, "S1", "core", "Too long an id", 5.0));
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            assertThatThrownBy(() -> store.create(example.withJourney(journey.withCards(cards))))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("a value for card id is longer than the library allows");
            assertThat(store.list()).isEmpty();
            long id = store.create(example);
            assertThat(store.list()).extracting(WorkshopSummary::id).containsExactly(id);
        }
    }

    @Test
    void aFailureInJavaHalfWayThroughTheWritingIsRolledBackToo() {
        Workshop before = TestWorkshops.workedExample();
        Journey journey = before.journeys().get(0);
        List<Card> cards = new ArrayList<>(journey.cards());
        java.util.Map<String, Integer> votes = new java.util.LinkedHashMap<>();
        votes.put("Anna", null);
        cards.set(cards.size() - 1, cards.get(cards.size() - 1).withVotes(votes));
        Workshop broken = before.withTitle("Broken").withJourney(journey.withCards(cards));
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            long id = store.create(before);
            assertThatThrownBy(() -> store.save(id, broken)).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("Could not save workshop " + id).hasMessageEndingWith("Nothing was changed.")
                    .hasCauseInstanceOf(NullPointerException.class);
            assertThat(store.load(id).workshop()).isEqualTo(before);
        }
    }
}
