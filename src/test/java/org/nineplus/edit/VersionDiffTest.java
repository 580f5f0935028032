package org.nineplus.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineplus.edit.VersionDiff.Added;
import org.nineplus.edit.VersionDiff.Diff;
import org.nineplus.edit.VersionDiff.Moved;
import org.nineplus.edit.VersionDiff.Place;
import org.nineplus.edit.VersionDiff.Removed;
import org.nineplus.edit.VersionDiff.Rescored;
import org.nineplus.edit.VersionDiff.Retitled;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

class VersionDiffTest {

    private final Workshop older = TestWorkshops.workedExample();

    private static Card card(Workshop workshop, String id) {
        return workshop.journeys().get(0).card(id).orElseThrow();
    }

    /** The known pair: one card added, one deleted, one moved, one reordered in its cell, two re-scored. */
    private Workshop newer() {
        Workshop w = CardCommands.add("j1", Card.idea("G", "S2", "core", "Claim tracker"), 0).apply(older);
        w = CardCommands.delete("j1", List.of("F")).apply(w);
        w = CardCommands.move("j1", List.of("C"), "S3", "surprise", 0).apply(w);
        w = CardCommands.move("j1", List.of("A"), "S2", "core", 0).apply(w);
        w = CardCommands.update("j1", card(w, "e2").withScore(7.5), "Score").apply(w);
        w = CardCommands.update("j1", card(w, "B").withExpectedScore(9.0).withTitle("Dedicated claim handler"),
                "Edit").apply(w);
        return w;
    }

    @Test
    void theKnownPairGivesExactlyItsChanges() {
        Diff diff = VersionDiff.compare(older, newer());
        String j = "Home insurance claim";
        assertThat(diff.journeysAdded()).isEmpty();
        assertThat(diff.journeysRemoved()).isEmpty();
        assertThat(diff.added()).containsExactly(
                new Added(j, "G", "Claim tracker", new Place("Report a claim", "Core promise")));
        assertThat(diff.removed()).containsExactly(
                new Removed(j, "F", "Welcome call", new Place("Orient", "Individual service")));
        assertThat(diff.moved()).containsExactly(new Moved(j, "C", "Flowers after a burglary",
                new Place("Report a claim", "Surprise"), new Place("Settlement", "Surprise")));
        assertThat(diff.rescored()).containsExactlyInAnyOrder(
                new Rescored(j, "e2", "Claim form", "score", 6.0, 7.5),
                new Rescored(j, "B", "Dedicated claim handler", "expected score", 8.5, 9.0));
        assertThat(diff.retitled()).containsExactly(
                new Retitled(j, "B", "Personal claim handler", "Dedicated claim handler"));
        assertThat(diff.lines()).containsExactly(
                "Added: 'Claim tracker' in Report a claim / Core promise",
                "Removed: 'Welcome call' from Orient / Individual service",
                "Moved: 'Flowers after a burglary' from Report a claim / Surprise to Settlement / Surprise",
                "Re-scored: 'Claim form' 6.0 → 7.5",
                "Re-scored: 'Dedicated claim handler' expected score 8.5 → 9.0",
                "Retitled: 'Personal claim handler' → 'Dedicated claim handler'");
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void comparingBackwardsSwapsAddedAndRemoved() {
        Diff diff = VersionDiff.compare(newer(), older);
        assertThat(diff.added()).extracting(Added::cardId).containsExactly("F");
        assertThat(diff.removed()).extracting(Removed::cardId).containsExactly("G");
        assertThat(diff.rescored()).extracting(Rescored::from).containsExactlyInAnyOrder(7.5, 9.0);
    }

    @Test
    void noChangesGiveAnEmptyDiff() {
        Diff diff = VersionDiff.compare(older, TestWorkshops.workedExample());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.lines()).isEmpty();
        Workshop reordered = CardCommands.move("j1", List.of("A"), "S2", "core", 0).apply(older);
        assertThat(VersionDiff.compare(older, reordered).isEmpty()).as("order within a cell is no move").isTrue();
    }

    @Test
    void aJourneyInOnlyOneVersionCountsAllItsCards() {
        Journey copy = older.journeys().get(0).withId("j2").withTitle("Copy");
        Workshop twoJourneys = older.withJourneys(List.of(older.journeys().get(0), copy));

        Diff grown = VersionDiff.compare(older, twoJourneys);
        assertThat(grown.journeysAdded()).containsExactly("Copy");
        assertThat(grown.added()).hasSize(copy.cards().size()).allMatch(a -> a.journey().equals("Copy"));
        assertThat(grown.removed()).isEmpty();

        Diff shrunk = VersionDiff.compare(twoJourneys, older);
        assertThat(shrunk.journeysRemoved()).containsExactly("Copy");
        assertThat(shrunk.removed()).extracting(Removed::cardId)
                .containsExactlyElementsOf(copy.cards().stream().map(Card::id).toList());
        assertThat(shrunk.added()).isEmpty();
        assertThat(shrunk.lines()).first().isEqualTo("Journey gone: 'Copy'");
    }

    @Test
    void journeysCompareDirectly() {
        Journey before = older.journeys().get(0);
        Journey after = newer().journeys().get(0);
        Diff diff = VersionDiff.compare(before, after);
        assertThat(diff.added()).extracting(Added::cardId).containsExactly("G");
        assertThat(diff.moved()).extracting(Moved::cardId).containsExactly("C");
    }
}
