package org.nineplus.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;

import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the canvas, a repaint after the first at a zoom draws the cards' frames and badges from pictures, and the map
 * looks as it did when they were drawn as shapes.
 */
class CanvasStampsTest extends CanvasTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aLaterRepaintDrawsStampsFromPicturesAndLooksTheSame() throws Exception {
        settle();
        StampPictures pictures = canvas.layers().pictures();
        int[] shapes = onFx(() -> {
            canvas.zoomToActualSize();
            pictures.clear();
            canvas.paintNow();
            return Pixels.of(((MapPane) canvas.node()).canvas());
        });
        long hitsBefore = onFx(pictures::hits);
        onFx(() -> {
            canvas.paintNow();
            // What the steps after the paint make a few milliseconds at a time, made at once here.
            pictures.makeWanted();
            return null;
        });
        settle();
        assertThat(onFx(pictures::size)).as("pictures made after the second paint").isGreaterThan(5);
        int[] fromPictures = onFx(() -> {
            canvas.paintNow();
            return Pixels.of(((MapPane) canvas.node()).canvas());
        });
        int cards = onFx(() -> canvas.layout().cards().size());
        assertThat(onFx(pictures::hits) - hitsBefore).as("stamps drawn from pictures").isGreaterThanOrEqualTo(cards);
        // The same map: only pixels along edges moved by under half a pixel differ, and by little.
        assertThat(Pixels.differing(shapes, fromPictures, 40)).isLessThan(shapes.length / 200);
        assertThat(Pixels.differing(shapes, fromPictures, 8)).isLessThan(shapes.length / 50);
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !canvas.isPaintPending()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
