package org.nineplus.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Link;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;
import org.nineplus.testing.TestWorkshops;

class CardCommandsTest {

    private final Workshop start = TestWorkshops.workedExample();

    private static Journey journey(Workshop workshop) {
        return workshop.journeys().get(0);
    }

    private static List<String> cell(Workshop workshop, String stage, String lane) {
        return Cells.inCell(journey(workshop).cards(), stage, lane).stream().map(Card::id).toList();
    }

    @Test
    void addPutsTheCardAtTheGivenPlaceInItsCell() {
        Workshop first = CardCommands.add("j1", Card.idea("n", "S2", "core", "New"), 0).apply(start);
        assertThat(cell(first, "S2", "core")).containsExactly("n", "e2", "A");
        Workshop last = CardCommands.add("j1", Card.idea("n", "S2", "core", "New"), 99).apply(start);
        assertThat(cell(last, "S2", "core")).containsExactly("e2", "A", "n");
        Workshop empty = CardCommands.add("j1", Card.idea("n", "S3", "surprise", "New"), 0).apply(start);
        assertThat(cell(empty, "S3", "surprise")).containsExactly("n");
        assertThat(WorkshopRules.check(empty)).isEmpty();
    }

    @Test
    void moveReordersWithinACellAndCarriesCardsToAnotherCell() {
        Workshop reordered = CardCommands.move("j1", List.of("A"), "S2", "core", 0).apply(start);
        assertThat(cell(reordered, "S2", "core")).containsExactly("A", "e2");
        assertThat(journey(reordered).card("A").orElseThrow().improves()).isEqualTo("e2");

        Workshop moved = CardCommands.move("j1", List.of("B", "C"), "S3", "individual", 0).apply(start);
        assertThat(cell(moved, "S3", "individual")).containsExactly("B", "C");
        assertThat(cell(moved, "S2", "individual")).isEmpty();
        assertThat(WorkshopRules.check(moved)).isEmpty();
    }

    @Test
    void anIdeaMovedAwayFromTheCardItImprovesNoLongerImprovesIt() {
        Workshop moved = CardCommands.move("j1", List.of("A"), "S1", "core", 5).apply(start);
        assertThat(journey(moved).card("A").orElseThrow().improves()).isNull();
        assertThat(WorkshopRules.check(moved)).isEmpty();
    }

    @Test
    void deleteRemovesTheCardsTheirLinksAndImprovesThatPointedAtThem() {
        Workshop deleted = CardCommands.delete("j1", List.of("e2")).apply(start);
        Journey j = journey(deleted);
        assertThat(j.card("e2")).isEmpty();
        assertThat(j.links()).isEmpty();
        assertThat(j.card("A").orElseThrow().improves()).isNull();
        assertThat(WorkshopRules.check(deleted)).isEmpty();
    }

    @Test
    void pasteGivesFreshIdsAndKeepsLinksAndImprovesAmongThePastedCards() {
        Journey source = journey(start);
        List<Card> copied = List.of(source.card("e2").orElseThrow(), source.card("A").orElseThrow());
        Workshop pasted = CardCommands.paste("j1", copied, source.links(), "S3", "complaints").apply(start);
        Journey j = journey(pasted);
        List<Card> cell = Cells.inCell(j.cards(), "S3", "complaints");
        assertThat(cell).hasSize(2);
        assertThat(cell).extracting(Card::title).containsExactly("Claim form", "Claim status tracker");
        assertThat(cell.get(1).improves()).isEqualTo(cell.get(0).id());
        assertThat(j.links()).contains(new Link(cell.get(0).id(), cell.get(1).id()));
        assertThat(j.cards()).hasSize(source.cards().size() + 2);
        assertThat(WorkshopRules.check(pasted)).isEmpty();
    }

    @Test
    void duplicateAddsACopyRightAfterEachCardWithoutItsVotes() {
        Workshop base = CardCommands.update("j1", journey(start).card("B").orElseThrow()
                .withVotes(java.util.Map.of("Anna", 2)), "Votes").apply(start);
        Workshop duplicated = CardCommands.duplicate("j1", List.of("B")).apply(base);
        List<Card> cell = Cells.inCell(journey(duplicated).cards(), "S2", "individual");
        assertThat(cell).hasSize(2);
        assertThat(cell.get(1).title()).isEqualTo(cell.get(0).title());
        assertThat(cell.get(1).id()).isNotEqualTo("B");
        assertThat(cell.get(1).votes()).isEmpty();
        assertThat(WorkshopRules.check(duplicated)).isEmpty();
    }

    @Test
    void updateReplacesOnlyTheCardWithThatId() {
        Card e1 = journey(start).card("e1").orElseThrow();
        Command command = CardCommands.update("j1", e1.withScore(5.5), "Change score");
        Workshop updated = command.apply(start);
        assertThat(journey(updated).card("e1").orElseThrow().score()).isEqualTo(5.5);
        assertThat(journey(updated).cards()).hasSameSizeAs(journey(start).cards());
        assertThat(command.description()).isEqualTo("Change score of 'Clear website'");
    }
}
