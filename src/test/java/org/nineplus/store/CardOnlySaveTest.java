package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Workshop;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/**
 * A save that only changes cards rewrites only those rows; what it writes must be exactly what a full save writes.
 * Random card edits (titles, votes, scores, order within the list), then a structural change that takes the full
 * path, each loaded back both from the same store and from a freshly opened one (which knows nothing of the last
 * save).
 */
class CardOnlySaveTest {

    @TempDir
    Path dir;

    @Test
    void randomCardEditsLoadBackExactlyAsSaved() {
        Path file = dir.resolve("library");
        Random random = new Random(11);
        Workshop workshop = TestWorkshops.large(6, 7, 120, 9L);
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            id = store.create(workshop);
            for (int round = 0; round < 40; round++) {
                workshop = editCards(workshop, random);
                store.save(id, workshop);
                assertThat(store.load(id).workshop()).as("round " + round).isEqualTo(workshop);
            }
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            assertThat(store.load(id).workshop()).isEqualTo(workshop);
            workshop = editCards(workshop, random);
            store.save(id, workshop);
            Journey journey = workshop.journeys().get(0);
            List<Lane> lanes = new ArrayList<>(journey.lanes());
            lanes.add(new Lane("extra-notes", "More notes", LaneKind.NOTES));
            workshop = workshop.withJourney(journey.withLanes(lanes));
            store.save(id, workshop);
            assertThat(store.load(id).workshop()).isEqualTo(workshop);
            workshop = editCards(workshop, random);
            store.save(id, workshop);
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(file)) {
            assertThat(store.load(id).workshop()).isEqualTo(workshop);
        }
    }

    /** Changes a few cards in place and sometimes swaps two cards of the list. */
    private static Workshop editCards(Workshop workshop, Random random) {
        Journey journey = workshop.journeys().get(0);
        List<Card> cards = new ArrayList<>(journey.cards());
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            int at = random.nextInt(cards.size());
            Card card = cards.get(at);
            switch (random.nextInt(3)) {
                case 0 -> cards.set(at, card.withTitle("changed " + random.nextInt(1000)));
                case 1 -> {
                    Map<String, Integer> votes = new LinkedHashMap<>(card.votes());
                    votes.put("voter " + random.nextInt(5), random.nextInt(4));
                    cards.set(at, card.withVotes(votes));
                }
                default -> cards.set(at, card.withNote(card.note() + "!"));
            }
        }
        if (random.nextBoolean()) {
            Collections.swap(cards, random.nextInt(cards.size()), random.nextInt(cards.size()));
        }
        return workshop.withJourney(journey.withCards(cards));
    }
}
