package org.nineplus.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.nineplus.render.CardBox;
import org.nineplus.render.CellBox;
import org.nineplus.render.MapLayout;
import org.nineplus.render.Rect;
import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting with clicks and the rubber band; selection never makes an undo step. */
class CanvasSelectionTest extends CanvasTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void clickingACardSelectsIt(FxRobot robot) throws Exception {
        robot.clickOn(centreOf("e1"));
        assertThat(session.selectedCards()).containsExactly("e1");
        assertThat(session.selectedStageProperty().get()).isEqualTo("S1");
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void shiftClickExtendsTheSelectionAndTogglesACardOut(FxRobot robot) throws Exception {
        robot.clickOn(centreOf("e1"));
        robot.press(KeyCode.SHIFT).clickOn(centreOf("e2")).release(KeyCode.SHIFT);
        assertThat(session.selectedCards()).containsExactlyInAnyOrder("e1", "e2");
        robot.press(KeyCode.SHIFT).clickOn(centreOf("e1")).release(KeyCode.SHIFT);
        assertThat(session.selectedCards()).containsExactly("e2");
    }

    @Test
    void clickingOneOfSeveralSelectedCardsSelectsItAlone(FxRobot robot) throws Exception {
        robot.interact(() -> session.selectedCards().addAll(Set.of("e1", "e2", "A")));
        robot.clickOn(centreOf("e2"));
        assertThat(session.selectedCards()).containsExactly("e2");
    }

    @Test
    void clickingTheBackgroundClearsTheSelectionAndAimsPasteAtTheCell(FxRobot robot) throws Exception {
        robot.clickOn(centreOf("e1"));
        robot.clickOn(emptyPartOf("S3", "surprise"));
        assertThat(session.selectedCards()).isEmpty();
        assertThat(session.selectedStageProperty().get()).isEqualTo("S3");
        assertThat(session.selectedLaneProperty().get()).isEqualTo("surprise");
    }

    @Test
    void aRubberBandSelectsExactlyTheCardsItTouches(FxRobot robot) throws Exception {
        MapLayout l = layout();
        CellBox from = l.cell("S2", "core").orElseThrow();
        CellBox to = l.cell("S3", "complaints").orElseThrow();
        // From the empty corner left of the S2 core cards to the middle of the S3 complaints cell.
        double x1 = from.rect().x() + 3;
        double y1 = from.rect().y() + 3;
        double x2 = to.rect().centerX();
        double y2 = to.rect().centerY();
        Set<String> expected = l.cardsIn(Rect.spanning(x1, y1, x2, y2)).stream().map(CardBox::cardId)
                .collect(Collectors.toSet());
        assertThat(expected).contains("e2", "A", "e4").doesNotContain("e1", "B");

        drag(robot, screen(x1, y1), screen(x2, y2));

        assertThat(session.selectedCards()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void clickingAStageHeaderSelectsTheStage(FxRobot robot) throws Exception {
        robot.clickOn(centreOf("e1"));
        Rect header = layout().stages().get(2).header();
        robot.clickOn(screen(header.centerX(), header.y() + 8));
        assertThat(session.selectedStageProperty().get()).isEqualTo("S3");
        assertThat(session.selectedCards()).isEmpty();
    }

    @Test
    void deleteIsLeftToTheWindow(FxRobot robot) throws Exception {
        boolean[] reachedScene = new boolean[1];
        robot.interact(() -> canvas.node().getScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED,
                e -> reachedScene[0] |= e.getCode() == KeyCode.DELETE));
        robot.clickOn(centreOf("e1"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reachedScene[0]).isTrue();
        assertThat(journey().card("e1")).isPresent();
    }


    @Test
    void escapeClearsTheSelectionWhenNoDragIsUnderWay(FxRobot robot) throws Exception {
        robot.clickOn(centreOf("e1"));
        assertThat(session.selectedCards()).containsExactly("e1");
        assertThat(session.selectedStageProperty().get()).isNotNull();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.selectedCards()).isEmpty();
        assertThat(session.selectedStageProperty().get()).isNull();
        assertThat(session.selectedLaneProperty().get()).isNull();
        assertThat(session.canUndoProperty().get()).isFalse();
    }
}
