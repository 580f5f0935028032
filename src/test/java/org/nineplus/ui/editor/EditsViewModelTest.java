package org.nineplus.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Card;
import org.nineplus.model.GoldenRule;
import org.nineplus.model.Journey;
import org.nineplus.model.Stage;
import org.nineplus.model.TimeKind;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;
import org.nineplus.testing.TestWorkshops;

/** Selection, structure, journey and stage edits as the menus use them; no window. */
class EditsViewModelTest {

    private final Workshop start = TestWorkshops.workedExample();
    private final EditorSession session = new EditorSession(1, start, 100);
    private final CardClipboard clipboard = new CardClipboard();
    private final SelectionEdits selection = new SelectionEdits(session, clipboard, Optional::empty);
    private final StructureEdits structure = new StructureEdits(session);
    private final JourneyEdits journeys = new JourneyEdits(session);

    private Journey journey(String id) {
        return session.current().journey(id).orElseThrow();
    }

    @Test
    void copiedCardsWithTheirLinkPasteIntoTheSelectedCellOfAnotherWorkshop() {
        session.selectedCards().addAll(List.of("e2", "A"));
        selection.copy();
        EditorSession other = new EditorSession(2, start.withTitle("Other"), 100);
        SelectionEdits otherEdits = new SelectionEdits(other, clipboard, Optional::empty);
        other.selectedStageProperty().set("S3");
        other.selectedLaneProperty().set("individual");

        otherEdits.paste();

        List<Card> pasted = other.journey().orElseThrow().cards().stream()
                .filter(c -> c.stage().equals("S3") && c.lane().equals("individual")).toList();
        assertThat(pasted).extracting(Card::title).containsExactly("Claim form", "Claim status tracker");
        assertThat(pasted.get(1).improves()).isEqualTo(pasted.get(0).id());
        assertThat(other.journey().orElseThrow().links()).hasSize(2);
        assertThat(WorkshopRules.check(other.current())).isEmpty();
        assertThat(other.undoTextProperty().get()).isEqualTo("Undo Paste 2 cards");
    }

    @Test
    void cutRemovesTheCardsAsOneStepNamedCut() {
        session.selectedCards().add("B");
        selection.cut();
        assertThat(journey("j1").card("B")).isEmpty();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Cut card");
        assertThat(clipboard.cards()).extracting(Card::id).containsExactly("B");
    }

    @Test
    void pasteGoesToTheCellOfTheFirstSelectedCardWhenNoCellIsSelected() {
        session.selectedCards().add("C");
        selection.copy();
        assertThat(selection.pasteTarget()).contains(new SelectionEdits.Cell("S2", "surprise"));
    }

    @Test
    void deleteUsesTheCanvasWhenItOffersOne() {
        int[] asked = {0};
        SelectionEdits withCanvas = new SelectionEdits(session, clipboard, () -> Optional.<SelectionActions>of(() -> {
            asked[0]++;
            return true;
        }));
        session.selectedCards().add("B");
        withCanvas.delete();
        assertThat(asked[0]).isEqualTo(1);
        assertThat(journey("j1").card("B")).isPresent();

        selection.delete();
        assertThat(journey("j1").card("B")).isEmpty();
    }

    @Test
    void duplicateCopiesTheSelectedCardsBesideThemselves() {
        session.selectedCards().add("B");
        selection.duplicate();
        assertThat(journey("j1").cards().stream().filter(c -> c.title().equals("Personal claim handler")))
                .hasSize(2);
    }

    @Test
    void deletingAStageWithCardsCountsThemAndUndoBringsThemBack() {
        session.selectedStageProperty().set("S2");
        assertThat(structure.cardsInSelectedStage()).isEqualTo(5);

        structure.deleteStage();
        assertThat(journey("j1").stages()).extracting(Stage::id).containsExactly("S1", "S3");
        session.undo();
        assertThat(session.current()).isEqualTo(start);
    }

    @Test
    void stagesAndLanesMoveAndPyramidLanesCannotBeDeleted() {
        session.selectedStageProperty().set("S1");
        assertThat(structure.canMoveStageLeftProperty().get()).isFalse();
        structure.moveStage(1);
        assertThat(journey("j1").stages()).extracting(Stage::id).containsExactly("S2", "S1", "S3");

        session.selectedLaneProperty().set("core");
        assertThat(structure.canDeleteLaneProperty().get()).isFalse();
        assertThat(structure.deleteLaneHintProperty().get()).contains("always part of a journey");
        structure.addNotesLane("Pain points");
        assertThat(structure.lane().orElseThrow().name()).isEqualTo("Pain points");
        assertThat(structure.canDeleteLaneProperty().get()).isTrue();
        structure.moveLane(-1);
        assertThat(journey("j1").lanes().get(0).name()).isEqualTo("Pain points");
    }

    @Test
    void addedStagesGoAfterTheSelectedOneAndAreSelected() {
        session.selectedStageProperty().set("S1");
        structure.addStage("Wait for an answer");
        assertThat(journey("j1").stages().get(1).name()).isEqualTo("Wait for an answer");
        assertThat(structure.stage().orElseThrow().name()).isEqualTo("Wait for an answer");
        structure.renameStage("Wait");
        assertThat(journey("j1").stages().get(1).name()).isEqualTo("Wait");
    }

    @Test
    void journeysAreAddedDuplicatedRenamedAndTheLastOneIsNeverDeleted() {
        assertThat(journeys.canDeleteProperty().get()).isFalse();
        journeys.delete("j1");
        assertThat(session.problemProperty().get()).contains("at least one journey");

        journeys.duplicate("j1", "Copy");
        assertThat(session.journeyIdProperty().get()).isEqualTo("j2");
        journeys.rename("j2", "Motor claim");
        journeys.add("Travel claim");
        assertThat(session.current().journeys()).extracting(Journey::title)
                .containsExactly("Home insurance claim", "Motor claim", "Travel claim");
        journeys.delete("j2");
        assertThat(session.current().journeys()).hasSize(2);
        assertThat(WorkshopRules.check(session.current())).isEmpty();
    }

    @Test
    void theStageInspectorTogglesMomentOfTruthTimeEmotionAndRules() {
        StageInspectorModel inspector = new StageInspectorModel(session);
        session.selectedStageProperty().set("S1");

        inspector.setMomentOfTruth(true);
        inspector.setTime(TimeKind.SPEND);
        inspector.setEmotion(-3);
        inspector.setRuleFailing(GoldenRule.BE_AVAILABLE, true);

        Stage s1 = journey("j1").stage("S1").orElseThrow();
        assertThat(s1.momentOfTruth()).isTrue();
        assertThat(s1.time()).isEqualTo(TimeKind.SPEND);
        assertThat(s1.emotion()).isEqualTo(-3);
        assertThat(s1.failingRules()).containsExactly(GoldenRule.BE_AVAILABLE);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Mark golden rule failing of stage 'Orient'");
    }

    @Test
    void theJourneyInspectorEditsTitleAndPersona() {
        JourneyInspectorModel inspector = new JourneyInspectorModel(session);
        inspector.persona().textProperty().set("Retired couple");
        inspector.persona().commit();
        inspector.title().textProperty().set(" ");
        assertThat(inspector.title().errorProperty().get()).isEqualTo("A journey needs a title");
        assertThat(inspector.title().commit()).isFalse();
        assertThat(journey("j1").persona()).isEqualTo("Retired couple");
        assertThat(journey("j1").title()).isEqualTo("Home insurance claim");
    }
}
