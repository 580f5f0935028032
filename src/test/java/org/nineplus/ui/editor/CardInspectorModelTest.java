package org.nineplus.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nineplus.model.Card;
import org.nineplus.model.CardStatus;
import org.nineplus.model.KanoCategory;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;
import org.nineplus.testing.TestWorkshops;

/** The card inspector's fields validate as typed and commit one command each; no window. */
class CardInspectorModelTest {

    private final Workshop start = TestWorkshops.workedExample();
    private EditorSession session;
    private CardInspectorModel model;

    @BeforeEach
    void open() {
        session = new EditorSession(1, start, 100);
        model = new CardInspectorModel(session, new FieldFormats(Locale.UK));
    }

    private Card card(String id) {
        return session.current().journey("j1").orElseThrow().card(id).orElseThrow();
    }

    @Test
    void selectingOneCardShowsItsValues() {
        session.selectedCards().add("A");

        assertThat(model.cardProperty().get().id()).isEqualTo("A");
        assertThat(model.title().textProperty().get()).isEqualTo("Claim status tracker");
        assertThat(model.expectedScore().textProperty().get()).isEqualTo("7.6");
        assertThat(model.cost().textProperty().get()).isEqualTo("£20,000.00");
        assertThat(model.improves().id()).isEqualTo("e2");
        assertThat(model.ideaProperty().get()).isTrue();
    }

    @Test
    void aScoreOfElevenIsRefusedWithAMessageAndNeverReachesTheModel() {
        session.selectedCards().add("e2");

        model.score().textProperty().set("11");

        assertThat(model.score().errorProperty().get()).isEqualTo("Score must be between 1 and 10");
        assertThat(model.score().commit()).isFalse();
        assertThat(session.current()).isEqualTo(start);
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void aValidScoreIsOneUndoStepNamedAfterTheField() {
        session.selectedCards().add("e2");

        model.score().textProperty().set("6.5");
        assertThat(model.score().commit()).isTrue();

        assertThat(card("e2").score()).isEqualTo(6.5);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Change score of 'Claim form'");
        session.undo();
        assertThat(session.current()).isEqualTo(start);
    }

    @Test
    void committingAnUnchangedFieldAddsNoUndoStep() {
        session.selectedCards().add("e2");
        model.title().commit();
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void moneyIsReadWithOrWithoutTheCurrencySymbolAndNeverNegative() {
        session.selectedCards().add("A");

        model.cost().textProperty().set("-5");
        assertThat(model.cost().errorProperty().get()).isEqualTo("Cost cannot be negative");
        model.cost().textProperty().set("twelve");
        assertThat(model.cost().errorProperty().get()).startsWith("Cost must be an amount of money");
        model.cost().textProperty().set("£1,250.50");
        assertThat(model.cost().commit()).isTrue();
        assertThat(card("A").cost()).isEqualTo(1250.5);
        model.cost().textProperty().set("");
        model.cost().commit();
        assertThat(card("A").cost()).isNull();
    }

    @Test
    void improvesListsOnlyExistingCardsOfTheSameCell() {
        session.execute(org.nineplus.edit.CardCommands.add("j1", Card.existing("x1", "S2", "core", "Phone line", 5.0), 9));
        session.execute(org.nineplus.edit.CardCommands.add("j1", Card.existing("x2", "S1", "core", "Elsewhere", 5.0), 9));
        session.selectedCards().add("A");

        assertThat(model.improvesChoices()).extracting(CardInspectorModel.Choice::id)
                .containsExactly(null, "e2", "x1");

        model.setImproves(model.improvesChoices().get(2));
        assertThat(card("A").improves()).isEqualTo("x1");
        assertThat(WorkshopRules.check(session.current())).isEmpty();
    }

    @Test
    void statusKanoAndSavingsOnlyCommitAtOnce() {
        session.selectedCards().add("B");

        model.setKano(KanoCategory.ATTRACTIVE);
        model.setSavingsOnly(true);
        model.setStatus(CardStatus.EXISTING);

        assertThat(card("B").kano()).isEqualTo(KanoCategory.ATTRACTIVE);
        assertThat(card("B").savingsOnly()).isTrue();
        assertThat(card("B").isExisting()).isTrue();
        assertThat(model.ideaProperty().get()).isFalse();
    }

    @Test
    void surveyCountsMustBeWholeAndNotNegative() {
        session.selectedCards().add("B");
        ValidatedField<Integer> attractive = model.survey(CardInspectorModel.Answer.A);

        attractive.textProperty().set("-1");
        assertThat(attractive.errorProperty().get()).isEqualTo("Count A cannot be negative");
        attractive.textProperty().set("2.5");
        assertThat(attractive.errorProperty().get()).isEqualTo("Count A must be a whole number");
        attractive.textProperty().set("4");
        attractive.commit();

        assertThat(card("B").kanoSurvey().attractive()).isEqualTo(4);
        assertThat(card("B").kanoSurvey().total()).isEqualTo(4);
    }

    @Test
    void whatIsBeingTypedInOneFieldSurvivesACommitOfAnother() {
        session.selectedCards().add("e2");
        model.score().textProperty().set("12");

        model.title().textProperty().set("Online claim form");
        model.title().commit();

        assertThat(card("e2").title()).isEqualTo("Online claim form");
        assertThat(model.score().textProperty().get()).isEqualTo("12");
    }

    @Test
    void severalSelectedCardsShowNoSingleCard() {
        session.selectedCards().addAll(java.util.List.of("A", "B"));
        assertThat(model.card()).isEmpty();
    }
}
