package org.nineplus.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;

import java.util.concurrent.TimeUnit;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every resize of the window repaints the canvas over its new size, not only the first: a window made wider (a
 * laptop's window maximised on the projector) shows the map to its new edge, with no unpainted strip.
 */
class CanvasResizeTest extends CanvasTestBase {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        show(stage);
    }

    @Test
    void eachResizeRepaintsTheWholeNewArea(FxRobot robot) throws Exception {
        for (double width : new double[] {WIDTH + 160, WIDTH + 320, WIDTH - 200}) {
            settle();
            int before = onFx(() -> canvas.layers().basePaints());
            robot.interact(() -> stage.setWidth(width));
            settle();

            Canvas base = ((MapPane) canvas.node()).canvas();
            double paneWidth = onFx(() -> ((MapPane) canvas.node()).getWidth());
            assertThat(onFx(() -> canvas.layers().basePaints())).as("paints after resizing to %s", width).isGreaterThan(before);
            assertThat(onFx(base::getWidth)).isEqualTo(Math.floor(paneWidth));
            WritableImage shot = onFx(() -> base.snapshot(null, null));
            int rightEdge = (int) shot.getWidth() - 3;
            int alpha = shot.getPixelReader().getArgb(rightEdge, (int) shot.getHeight() / 2) >>> 24;
            assertThat(alpha).as("the canvas's right edge at %s is painted", width).isEqualTo(255);
        }
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !canvas.isPaintPending()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
