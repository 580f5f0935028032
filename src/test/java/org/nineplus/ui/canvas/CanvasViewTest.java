package org.nineplus.ui.canvas;

import static org.nineplus.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.nineplus.render.CardBox;
import org.nineplus.render.Rect;
import org.nineplus.render.TextMeasurer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Zoom from the toolbar, keys and wheel; the map font on screen. */
class CanvasViewTest extends CanvasTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private double zoom() throws Exception {
        return onFx(() -> canvas.zoomProperty().get());
    }

    @Test
    void zoomInAndOutStepAndStayWithinTheRange(FxRobot robot) throws Exception {
        robot.interact(canvas::zoomToActualSize);
        assertThat(zoom()).isEqualTo(1.0);
        robot.interact(canvas::zoomIn);
        assertThat(zoom()).isGreaterThan(1.0);
        robot.interact(() -> {
            for (int i = 0; i < 40; i++) {
                canvas.zoomIn();
            }
        });
        assertThat(zoom()).isEqualTo(CanvasTransform.MAX_ZOOM);
        robot.interact(() -> {
            for (int i = 0; i < 80; i++) {
                canvas.zoomOut();
            }
        });
        assertThat(zoom()).isEqualTo(CanvasTransform.MIN_ZOOM);
        robot.interact(canvas::zoomToActualSize);
        assertThat(zoom()).isEqualTo(1.0);
    }

    @Test
    void zoomToFitShowsEveryCardAndTheWholeMap(FxRobot robot) throws Exception {
        robot.interact(() -> {
            canvas.zoomAround(3, 0, 0);
            canvas.zoomToFit();
        });
        Bounds view = onFx(() -> canvas.node().localToScreen(canvas.node().getLayoutBounds()));
        Rect map = layout().bounds();
        assertThat(view.contains(screen(map.x(), map.y()))).isTrue();
        assertThat(view.contains(screen(map.right(), map.bottom()))).isTrue();
        for (CardBox card : layout().cards()) {
            Rect r = card.rect();
            assertThat(view.contains(screen(r.x(), r.y()))).as(card.cardId()).isTrue();
            assertThat(view.contains(screen(r.right(), r.bottom()))).as(card.cardId()).isTrue();
        }
        assertThat(zoom()).isBetween(CanvasTransform.MIN_ZOOM, CanvasTransform.MAX_ZOOM);
    }

    @Test
    void keysZoomInOutFitAndBackToActualSize(FxRobot robot) throws Exception {
        robot.interact(canvas::zoomToActualSize);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertThat(zoom()).isEqualTo(1.25);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(zoom()).isEqualTo(0.8);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertThat(zoom()).isEqualTo(1.0);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        double fitted = zoom();
        robot.interact(() -> canvas.zoomToFit());
        assertThat(fitted).isEqualTo(zoom());
    }

    /** A wheel notch as the platform delivers it (the headless robot's wheel does not reach nodes reliably). */
    private void wheel(FxRobot robot, javafx.geometry.Point2D local, double deltaX, double deltaY, boolean shift,
                       boolean control) {
        robot.interact(() -> javafx.event.Event.fireEvent(canvas.node(), new ScrollEvent(ScrollEvent.SCROLL,
                local.getX(), local.getY(), 0, 0, shift, control, false, false, false, false, deltaX, deltaY,
                deltaX, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
    }

    private javafx.geometry.Point2D local(double mapX, double mapY) throws Exception {
        return onFx(() -> new javafx.geometry.Point2D(canvas.transform().toScreenX(mapX),
                canvas.transform().toScreenY(mapY)));
    }

    @Test
    void ctrlWheelZoomsAroundThePointer(FxRobot robot) throws Exception {
        robot.interact(canvas::zoomToActualSize);
        Rect e2 = box("e2").rect();
        javafx.geometry.Point2D before = local(e2.centerX(), e2.centerY());
        wheel(robot, before, 0, 40, false, true);
        assertThat(zoom()).isCloseTo(1.1, within(1e-9));
        javafx.geometry.Point2D after = local(e2.centerX(), e2.centerY());
        assertThat(after.getX()).isCloseTo(before.getX(), within(1e-6));
        assertThat(after.getY()).isCloseTo(before.getY(), within(1e-6));
        wheel(robot, before, 0, -400, false, true);
        assertThat(zoom()).isLessThan(1.0);
    }

    @Test
    void theWheelScrollsVerticallyAndShiftWheelSideways(FxRobot robot) throws Exception {
        robot.interact(() -> canvas.zoomAround(2, 0, 0));
        double x = onFx(() -> canvas.transform().originX());
        double y = onFx(() -> canvas.transform().originY());
        javafx.geometry.Point2D p = local(300, 300);
        wheel(robot, p, 0, -40, false, false);
        assertThat(zoom()).isEqualTo(2.0);
        assertThat(onFx(() -> canvas.transform().originY())).isCloseTo(y + 20, within(1e-9));
        wheel(robot, p, 0, -40, true, false);
        assertThat(onFx(() -> canvas.transform().originX())).isCloseTo(x + 20, within(1e-9));
    }

    @Test
    void theScreenFontIsTheBundledFontWithTheLayoutsWidths() throws Exception {
        String title = "Claim complaints desk, with a WAVY title";
        double[] widths = onFx(() -> {
            Font font = new MapFonts().font(14, false);
            Font bold = new MapFonts().font(14, true);
            Text regular = new Text(title);
            regular.setFont(font);
            Text heavy = new Text(title);
            heavy.setFont(bold);
            return new double[] {regular.getLayoutBounds().getWidth(), heavy.getLayoutBounds().getWidth(),
                font.getFamily().equals("Liberation Sans") && bold.getStyle().contains("Bold") ? 1 : 0};
        });
        TextMeasurer measurer = TextMeasurer.standard();
        assertThat(widths[2]).isEqualTo(1);
        assertThat(widths[0]).isCloseTo(measurer.width(title, 14, false), within(0.5));
        assertThat(widths[1]).isCloseTo(measurer.width(title, 14, true), within(0.5));
    }

    @Test
    void draggingOutsideTheCellsPansAndAClickThereClearsTheSelection(FxRobot robot) throws Exception {
        robot.interact(() -> canvas.setView(new org.nineplus.ui.editor.CanvasView.View(2, 0, 0)));
        robot.clickOn(centreOf("e1"));
        assertThat(session.selectedCards()).containsExactly("e1");
        // The map's title block, above the stage headers: outside every cell.
        Rect header = layout().stages().get(0).header();
        double mx = header.x() + 20;
        double my = header.y() / 2;
        assertThat(layout().cellAt(mx, my)).isEmpty();
        assertThat(layout().stageHeaderAt(mx, my)).isEmpty();
        javafx.geometry.Point2D from = screen(mx, my);

        drag(robot, from, from.subtract(200, 100));

        org.nineplus.ui.editor.CanvasView.View v = onFx(canvas::view);
        assertThat(v.originX()).isCloseTo(100, within(1.0));
        assertThat(v.originY()).isCloseTo(50, within(1.0));
        assertThat(session.selectedCards()).as("the press there cleared the selection").isEmpty();
        assertThat(undoSteps()).isZero();

        // With Shift, a drag from there is a rubber band again, adding what it touches.
        robot.clickOn(centreOf("e1"));
        javafx.geometry.Point2D start = screen(mx, my);
        CardBox e1 = box("e1");
        robot.press(KeyCode.SHIFT);
        drag(robot, start, screen(e1.rect().right() + 2, e1.rect().bottom() + 2));
        robot.release(KeyCode.SHIFT);
        assertThat(onFx(canvas::view)).isEqualTo(v);
        assertThat(session.selectedCards()).contains("e1");
    }
}
