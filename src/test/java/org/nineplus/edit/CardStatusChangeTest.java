package org.nineplus.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Card;
import org.nineplus.model.CardStatus;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;
import org.nineplus.testing.TestWorkshops;

/** Changing a card's status keeps the workshop valid. */
class CardStatusChangeTest {

    private final Workshop start = TestWorkshops.workedExample();

    private static Card card(Workshop workshop, String id) {
        Journey journey = workshop.journeys().get(0);
        return journey.card(id).orElseThrow();
    }

    @Test
    void anExistingElementThatBecomesAnIdeaLosesItsScoreAndTheIdeasImprovingItLetGo() {
        History history = new History(start, 10);

        history.execute(CardCommands.changeStatus("j1", "e2", CardStatus.IDEA));

        assertThat(card(history.current(), "e2").status()).isEqualTo(CardStatus.IDEA);
        assertThat(card(history.current(), "e2").score()).isNull();
        assertThat(card(history.current(), "A").improves()).isNull();
        assertThat(WorkshopRules.check(history.current())).isEmpty();
        history.undo();
        assertThat(history.current()).isEqualTo(start);
    }

    @Test
    void anIdeaThatBecomesAnExistingElementImprovesNothing() {
        History history = new History(start, 10);

        history.execute(CardCommands.changeStatus("j1", "A", CardStatus.EXISTING));

        assertThat(card(history.current(), "A").isExisting()).isTrue();
        assertThat(card(history.current(), "A").improves()).isNull();
        assertThat(WorkshopRules.check(history.current())).isEmpty();
    }

    @Test
    void theSameStatusChangesNothing() {
        History history = new History(start, 10);
        assertThat(history.execute(CardCommands.changeStatus("j1", "A", CardStatus.IDEA))).isFalse();
    }
}
