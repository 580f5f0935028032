package org.nineplus.ui.canvas;

import static org.nineplus.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Card;
import org.nineplus.render.EmotionCurve;
import org.nineplus.render.EmotionPoint;
import org.nineplus.render.Rect;
import org.nineplus.render.StageColumn;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drags preview and commit one command on release; a click without movement commits none. */
class CanvasDragTest extends CanvasTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private List<String> cellOrder(String stageId, String laneId) {
        return journey().cards().stream().filter(c -> c.stage().equals(stageId) && c.lane().equals(laneId))
                .map(Card::id).toList();
    }

    @Test
    void draggingACardToAnotherStageMovesItAsOneUndoStep(FxRobot robot) throws Exception {
        drag(robot, centreOf("e1"), emptyPartOf("S3", "individual"));

        assertThat(card("e1").stage()).isEqualTo("S3");
        assertThat(card("e1").lane()).isEqualTo("individual");
        assertThat(undoSteps()).isEqualTo(1);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Move card");
        robot.interact(session::undo);
        assertThat(session.current()).isEqualTo(start);
    }

    @Test
    void aClickOrATinyWobbleCommitsNothing(FxRobot robot) throws Exception {
        Point2D p = centreOf("e1");
        robot.clickOn(p);
        robot.moveTo(p).press(MouseButton.PRIMARY).moveBy(2, 1).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(session.current()).isEqualTo(start);
    }

    @Test
    void draggingTheSelectionMovesAllSelectedCardsInOneStep(FxRobot robot) throws Exception {
        robot.clickOn(centreOf("e1"));
        robot.press(KeyCode.SHIFT).clickOn(centreOf("F")).release(KeyCode.SHIFT);
        drag(robot, centreOf("F"), emptyPartOf("S3", "surprise"));
        assertThat(cellOrder("S3", "surprise")).containsExactly("e1", "F");
        assertThat(undoSteps()).isEqualTo(1);
    }

    @Test
    void droppingAboveTheFirstCardReordersWithinTheCell(FxRobot robot) throws Exception {
        assertThat(cellOrder("S2", "core")).containsExactly("e2", "A");
        Rect first = box("e2").rect();
        drag(robot, centreOf("A"), screen(first.centerX(), first.y() + 4));
        assertThat(cellOrder("S2", "core")).containsExactly("A", "e2");
        assertThat(undoSteps()).isEqualTo(1);
    }

    @Test
    void droppingBelowTheLastCardReordersTheOtherWay(FxRobot robot) throws Exception {
        Rect last = box("A").rect();
        drag(robot, centreOf("e2"), screen(last.centerX(), last.bottom() - 3));
        assertThat(cellOrder("S2", "core")).containsExactly("A", "e2");
    }

    @Test
    void theEmotionLaneTakesNoCards(FxRobot robot) throws Exception {
        Rect emotion = layout().cell("S2", "emotion").orElseThrow().rect();
        drag(robot, centreOf("e1"), screen(emotion.centerX() + 30, emotion.centerY()));
        assertThat(card("e1").stage()).isEqualTo("S1");
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void duringACardDragOnlyThePreviewLayerIsRepainted(FxRobot robot) throws Exception {
        Point2D from = centreOf("e1");
        robot.moveTo(from).press(MouseButton.PRIMARY).moveBy(8, 3);
        waitForPaint();
        assertThat(onFx(() -> canvas.input().isDragging())).isTrue();
        int base = onFx(() -> canvas.layers().basePaints());
        int previews = onFx(() -> canvas.layers().previewPaints());

        Point2D to = emptyPartOf("S3", "individual");
        robot.moveTo(to);
        waitForPaint();
        robot.moveBy(5, 4);
        waitForPaint();

        assertThat(onFx(() -> canvas.layers().basePaints())).as("base paints during the drag").isEqualTo(base);
        assertThat(onFx(() -> canvas.layers().previewPaints())).as("preview paints during the drag")
                .isGreaterThanOrEqualTo(previews + 2);
        robot.release(MouseButton.PRIMARY);
        waitForPaint();
        assertThat(card("e1").stage()).isEqualTo("S3");
        assertThat(onFx(() -> canvas.layers().basePaints())).as("the drop repaints the map").isGreaterThan(base);
    }

    private void waitForPaint() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !canvas.isPaintPending()));
    }

    @Test
    void escapeCancelsADrag(FxRobot robot) throws Exception {
        robot.moveTo(centreOf("e1")).press(MouseButton.PRIMARY).moveTo(emptyPartOf("S3", "individual"));
        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card("e1").stage()).isEqualTo("S1");
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void theRightArrowMovesTheSelectedCardOneStageOnAsOneStep(FxRobot robot) throws Exception {
        robot.clickOn(centreOf("e1"));
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card("e1").stage()).isEqualTo("S2");
        assertThat(card("e1").lane()).isEqualTo("core");
        assertThat(undoSteps()).isEqualTo(1);
    }

    @Test
    void theDownArrowSkipsTheEmotionLaneAndStopsAtTheEdge(FxRobot robot) throws Exception {
        robot.clickOn(centreOf("C"));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card("C").lane()).isEqualTo("channels");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card("C").lane()).isEqualTo("channels");
        assertThat(undoSteps()).isEqualTo(1);
    }

    @Test
    void draggingAStageHeaderReordersTheStages(FxRobot robot) throws Exception {
        List<StageColumn> stages = layout().stages();
        Rect first = stages.get(0).header();
        Rect last = stages.get(2).header();
        drag(robot, screen(first.centerX(), first.y() + 10), screen(last.right() - 10, last.y() + 10));
        assertThat(journey().stages().stream().map(s -> s.id()).toList()).containsExactly("S2", "S3", "S1");
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Move stage");
        assertThat(undoSteps()).isEqualTo(1);
    }

    @Test
    void draggingALaneTitleReordersTheLanesAndSelectsTheLane(FxRobot robot) throws Exception {
        List<org.nineplus.render.LaneBand> lanes = layout().lanes();
        Rect channels = lanes.get(lanes.size() - 1).titleCell();
        Rect core = lanes.get(0).titleCell();
        drag(robot, screen(channels.centerX(), channels.centerY()), screen(core.centerX(), core.y() + 4));
        assertThat(journey().lanes().get(0).id()).isEqualTo("channels");
        assertThat(session.selectedLaneProperty().get()).isEqualTo("channels");
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Move lane");
        assertThat(undoSteps()).isEqualTo(1);
    }

    @Test
    void draggingAColumnEdgeResizesTheColumnWithoutAnUndoStep(FxRobot robot) throws Exception {
        StageColumn s1 = layout().stages().get(0);
        double zoom = onFx(() -> canvas.transform().zoom());
        Point2D edge = screen(s1.header().right(), s1.header().centerY());
        drag(robot, edge, new Point2D(edge.getX() + 60, edge.getY()));
        double width = layout().stages().get(0).column().width();
        assertThat(width).isBetween(s1.column().width() + 60 / zoom - 2, s1.column().width() + 60 / zoom + 2);
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void draggingAnEmotionPointSetsASnappedEmotionInOneStep(FxRobot robot) throws Exception {
        EmotionCurve curve = layout().emotion().orElseThrow();
        EmotionPoint s2 = curve.points().stream().filter(p -> p.stageId().equals("S2")).findFirst().orElseThrow();
        assertThat(s2.emotion()).isEqualTo(-2);
        drag(robot, screen(s2.at().x(), s2.at().y()), screen(s2.at().x(), curve.yFor(2) + 3));
        assertThat(journey().stage("S2").orElseThrow().emotion()).isEqualTo(2);
        assertThat(session.undoTextProperty().get()).startsWith("Undo Set emotion");
        assertThat(undoSteps()).isEqualTo(1);
    }
}
