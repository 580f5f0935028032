package org.nineplus.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nineplus.model.Workshop;
import org.nineplus.render.Detail;
import org.nineplus.render.LaneBand;
import org.nineplus.render.LayoutOptions;
import org.nineplus.render.MapLayout;
import org.nineplus.render.MapLayouter;
import org.nineplus.render.PaintState;
import org.nineplus.render.Painter;
import org.nineplus.render.Rect;
import org.nineplus.render.Viewport;
import org.nineplus.testing.TestWorkshops;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The screen leaves the map's background out under the lanes: on a real canvas that still holds other pixels (the
 * canvas is not cleared between frames), the lanes, their anti-aliased edges included, come out exactly as when the
 * background is filled under them too, at zooms and pans on and off the pixel grid.
 */
@ExtendWith(ApplicationExtension.class)
class LaneBackgroundTest {

    private static final int W = 320;
    private static final int H = 240;
    private static final Color OLD = Color.MAGENTA;

    @Test
    void theLanesLookTheSameWithoutTheBackgroundUnderThemAndNoOldPixelShows() throws Exception {
        Workshop w = TestWorkshops.workedExample();
        MapLayout layout = MapLayouter.layout(w, w.journeys().get(0), LayoutOptions.defaults());
        LaneBand first = layout.lanes().get(0);
        for (double zoom : new double[] {1, 0.37, 0.83, 2.3}) {
            // The view's top left a little above and left of the first lane, off the pixel grid.
            double x = first.titleCell().x() - 5.3 / zoom;
            double y = first.band().y() - 21.7 / zoom;
            int[] screen = paint(layout, zoom, x, y, Detail.screen(zoom));
            int[] everywhere = paint(layout, zoom, x, y, new Detail(zoom, 4, 25, 1, true));
            assertThat(Pixels.maxDifference(screen, everywhere)).as("zoom %s", zoom).isLessThanOrEqualTo(2);
            // Inside the map (the view may reach past its right or bottom edge).
            Rect map = layout.bounds();
            int right = (int) Math.min(W, Math.floor((map.right() - x) * zoom) - 1);
            int bottom = (int) Math.min(H, Math.floor((map.bottom() - y) * zoom) - 1);
            assertThat(right).isGreaterThan(W / 2);
            assertThat(oldPixels(everywhere, right, bottom)).isZero();
            assertThat(oldPixels(screen, right, bottom)).as("zoom %s", zoom).isZero();
        }
    }

    private static int[] paint(MapLayout layout, double zoom, double x, double y, Detail detail) throws Exception {
        return onFx(() -> {
            Canvas canvas = new Canvas(W, H);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(OLD);
            g.fillRect(0, 0, W, H);
            g.setTransform(zoom, 0, 0, zoom, -x * zoom, -y * zoom);
            Rect map = layout.bounds();
            Rect view = new Rect(x, y, W / zoom, H / zoom);
            Rect shown = Rect.spanning(Math.max(view.x(), map.x()), Math.max(view.y(), map.y()),
                    Math.min(view.right(), map.right()), Math.min(view.bottom(), map.bottom()));
            Painter.paint(layout, new FxSurface(g, new MapFonts()), Viewport.of(shown), PaintState.NONE, detail);
            return Pixels.of(canvas);
        });
    }

    /** Pixels where the old magenta shows through, even faintly (nothing on the map is that colour). */
    private static int oldPixels(int[] argb, int right, int bottom) {
        int n = 0;
        for (int i = 0; i < right * bottom; i++) {
            int p = argb[(i / right) * W + i % right];
            int red = (p >> 16) & 0xFF;
            int green = (p >> 8) & 0xFF;
            int blue = p & 0xFF;
            if (red - green > 60 && blue - green > 60) {
                n++;
            }
        }
        return n;
    }
}
