package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Card;
import org.nineplus.model.GoldenRule;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Link;
import org.nineplus.model.Persona;
import org.nineplus.model.Stage;
import org.nineplus.model.TimeKind;
import org.nineplus.model.Workshop;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/** Save then load gives a workshop equal (record equals) to the one saved, in a real H2 file. */
class H2RoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theWorkedExampleComesBackEqual() {
        Workshop example = TestWorkshops.workedExample();
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            long id = store.create(example);
            assertThat(store.load(id).workshop()).isEqualTo(example);
        }
    }

    @Test
    void theSampleWorkshopComesBackEqualAfterClosingAndReopeningTheLibrary() throws Exception {
        Workshop sample;
        try (java.io.InputStream in = getClass()
                .getResourceAsStream("/org/nineplus/assets/samples/claims-workshop.json")) {
            sample = new org.nineplus.exchange.WorkshopJson().read(in.readAllBytes(), "claims-workshop.json");
        }
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            id = store.create(sample);
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library.mv.db"))) {
            assertThat(store.load(id).workshop()).isEqualTo(sample);
        }
    }

    @Test
    void everyOptionalFieldOfACardSurvives() {
        Workshop example = TestWorkshops.workedExample();
        Journey journey = example.journeys().get(0);
        List<Card> cards = new ArrayList<>(journey.cards());
        cards.add(TestWorkshops.fullCard("full", "S2", "core"));
        Workshop withFullCard = example.withJourney(journey.withCards(cards));
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            long id = store.create(example);
            store.save(id, withFullCard);
            Workshop loaded = store.load(id).workshop();
            assertThat(loaded).isEqualTo(withFullCard);
            Card full = loaded.journeys().get(0).card("full").orElseThrow();
            assertThat(full.votes().keySet()).containsExactly("Anna", "Bas");
            assertThat(full.note()).isEqualTo("A note\nover two lines");
            assertThat(full.title()).isEqualTo("Everything \"quoted\" & ünïcode ✓");
        }
    }

    @Test
    void theLargeMapComesBackEqualWithTheOrderOfCardsInEachCell() {
        Workshop large = TestWorkshops.large5000();
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            long id = store.create(large);
            Workshop loaded = store.load(id).workshop();
            assertThat(loaded).isEqualTo(large);
            assertThat(loaded.cardCount()).isEqualTo(5000);
            assertThat(loaded.journeys().get(0).cards()).extracting(Card::id)
                    .containsExactlyElementsOf(large.journeys().get(0).cards().stream().map(Card::id).toList());
        }
    }

    @Test
    void cardsReorderedWithinACellKeepTheNewOrder() {
        Workshop example = TestWorkshops.workedExample();
        Journey journey = example.journeys().get(0);
        List<Card> reversed = new ArrayList<>(journey.cards());
        java.util.Collections.reverse(reversed);
        Workshop changed = example.withJourney(journey.withCards(reversed));
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            long id = store.create(example);
            store.save(id, changed);
            assertThat(store.load(id).workshop().journeys().get(0).cards()).containsExactlyElementsOf(reversed);
        }
    }

    @Test
    void nullsEmptiesAndSeveralJourneysAndPersonasSurvive() {
        Stage bare = new Stage("s1", "", false, TimeKind.SPEND, null, List.of());
        Stage ruled = new Stage("s2", "Two", true, TimeKind.SAVE, -3,
                List.of(GoldenRule.SINCERE_INVOLVEMENT, GoldenRule.BE_AVAILABLE));
        // The library loads only workshops that keep the rules: every journey has the four pyramid lanes.
        List<Lane> pyramid = List.of(new Lane("core", "Core", LaneKind.CORE),
                new Lane("complaints", "", LaneKind.COMPLAINTS), new Lane("individual", "", LaneKind.INDIVIDUAL),
                new Lane("surprise", "", LaneKind.SURPRISE));
        Journey empty = new Journey("blank", "", "", null, List.of(), pyramid, List.of(), List.of());
        List<Lane> notesFirst = new ArrayList<>(List.of(new Lane("notes", "Notes", LaneKind.NOTES)));
        notesFirst.addAll(pyramid);
        Journey second = new Journey("j2", "Second", "Someone", "p2", List.of(ruled, bare), notesFirst,
                List.of(Card.existing("x", "s2", "core", "X", null), Card.idea("y", "s2", "core", "Y")
                        .withVotes(Map.of("Zoë", 3))),
                List.of(new Link("y", "x"), new Link("x", "y")));
        Persona p1 = new Persona("p1", "First", "", List.of(), List.of("slow"), "");
        Persona p2 = new Persona("p2", "Second", "Describes", List.of("b", "a"), List.of(), "family.png");
        Workshop workshop = new Workshop("", "", null, "", List.of("Zed", "Amy", "Zed"), "", List.of(p2, p1),
                List.of(second, empty));
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            long id = store.create(workshop);
            assertThat(store.load(id).workshop()).isEqualTo(workshop);
            Workshop dated = workshop.withTitle("Dated").withJourneys(List.of(empty));
            Workshop withDate = new Workshop(dated.title(), "Org", LocalDate.of(1999, 12, 31), "F", List.of(),
                    "notes\twith tab", List.of(), dated.journeys());
            store.save(id, withDate);
            assertThat(store.load(id).workshop()).isEqualTo(withDate);
        }
    }
}
