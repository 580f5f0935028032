package org.nineplus.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nineplus.render.PathShape;
import org.nineplus.render.Point;
import org.nineplus.render.Rect;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The canvas's cheaper shapes draw what JavaFX's own shapes draw: rendered side by side on real canvases (at
 * fractional positions and several zooms) and compared pixel by pixel; where they are not used, they draw nothing.
 */
@ExtendWith(ApplicationExtension.class)
class FxShapesTest {

    private static final int W = 160;
    private static final int H = 120;
    private static final Color INK = Color.rgb(47, 111, 235);
    /** Zoom, pan x, pan y: on and off the pixel grid. */
    private static final double[][] VIEWS = {{1, 0, 0}, {1, 0.37, 0.61}, {0.5, 3.3, 1.7}, {2.3, 0.2, 0.45}};

    private final Rect card = new Rect(10.3, 8.6, 41.7, 33.25);

    @Test
    void aFilledRoundedRectangleIsTheSamePixels() throws Exception {
        for (double[] v : VIEWS) {
            int[] mine = render(v, g -> assertThat(new FxShapes(g).fillRoundRect(card, 6)).isTrue());
            int[] theirs = render(v, g -> g.fillRoundRect(card.x(), card.y(), card.width(), card.height(), 12, 12));
            assertThat(ink(theirs)).as("something drawn").isGreaterThan(100);
            assertThat(Pixels.maxDifference(mine, theirs)).as("zoom %s", v[0]).isLessThanOrEqualTo(8);
        }
    }

    @Test
    void aSolidOutlineIsTheSamePixels() throws Exception {
        for (double[] v : VIEWS) {
            for (double width : new double[] {1, 3}) {
                int[] mine = render(v, g -> assertThat(new FxShapes(g).strokeRoundRect(card, 6, width, false)).isTrue(),
                        width);
                int[] theirs = render(v, g -> g.strokeRoundRect(card.x(), card.y(), card.width(), card.height(), 12,
                        12), width);
                assertThat(ink(theirs)).isGreaterThan(50);
                assertThat(Pixels.maxDifference(mine, theirs)).as("zoom %s width %s", v[0], width)
                        .isLessThanOrEqualTo(12);
            }
        }
    }

    @Test
    void aDashedOutlineKeepsItsInkAndLeavesTheInsideEmpty() throws Exception {
        for (double[] v : VIEWS) {
            int[] mine = render(v, g -> {
                g.setLineDashes(3.9, 3.12);
                g.setLineCap(StrokeLineCap.BUTT);
                assertThat(new FxShapes(g).strokeRoundRect(card, 6, 1.3, true)).isTrue();
            }, 1.3);
            int[] theirs = render(v, g -> {
                g.setLineDashes(3.9, 3.12);
                g.setLineCap(StrokeLineCap.BUTT);
                g.strokeRoundRect(card.x(), card.y(), card.width(), card.height(), 12, 12);
            }, 1.3);
            // The dashes may start elsewhere, so compare the amount of ink, not each pixel.
            assertThat((double) ink(mine)).as("zoom %s", v[0]).isBetween(ink(theirs) * 0.9, ink(theirs) * 1.1);
            assertThat(ink(mine)).isLessThan(ink(render(v, g -> g.strokeRoundRect(card.x(), card.y(), card.width(),
                    card.height(), 12, 12), 1.3)));
        }
    }

    @Test
    void anOrthogonalLinkIsTheSamePixelsButForItsCorners() throws Exception {
        PathShape link = PathShape.polyline(List.of(new Point(5.2, 10.4), new Point(60.7, 10.4),
                new Point(60.7, 70.9), new Point(120.1, 70.9)));
        for (double[] v : VIEWS) {
            int[] mine = render(v, g -> assertThat(new FxShapes(g).orthogonalPolyline(link, 1.6)).isTrue(), 1.6);
            int[] theirs = render(v, g -> {
                g.beginPath();
                g.moveTo(5.2, 10.4);
                g.lineTo(60.7, 10.4);
                g.lineTo(60.7, 70.9);
                g.lineTo(120.1, 70.9);
                g.stroke();
            }, 1.6);
            assertThat(ink(theirs)).isGreaterThan(100);
            // Square instead of round corners and ends: a few pixels differ there, the rest matches.
            assertThat(pixelsDiffering(mine, theirs, 24)).as("zoom %s", v[0]).isLessThanOrEqualTo(16);
            assertThat((double) ink(mine)).isBetween(ink(theirs) * 0.95, ink(theirs) * 1.08);
        }
    }

    @Test
    void aRectangleOutlineIsTheSamePixelsButForItsCorners() throws Exception {
        for (double[] v : VIEWS) {
            int[] mine = render(v, g -> assertThat(new FxShapes(g).strokeRect(card, 1)).isTrue());
            int[] theirs = render(v, g -> g.strokeRect(card.x(), card.y(), card.width(), card.height()));
            assertThat(ink(theirs)).isGreaterThan(50);
            // The four corners are square instead of round (a few pixels each at 2.3x); every other pixel matches.
            assertThat(pixelsDiffering(mine, theirs, 24)).as("zoom %s", v[0]).isLessThanOrEqualTo(16);
            int cx = (int) (card.centerX() * v[0] + v[1]);
            int cy = (int) (card.centerY() * v[0] + v[2]);
            assertThat(mine[cy * W + cx]).as("nothing inside the outline").isEqualTo(0xFFFFFFFF);
        }
    }

    @Test
    void aPathDrawnAroundItsPlainRowsIsTheSamePixelsOpaqueOrTranslucent() throws Exception {
        // A rounded rectangle as a path: between its corners it is the plain rectangle, as a card's stripe or
        // shadow strip is.
        PathShape path = roundedPath(card, 6);
        Rect plain = new Rect(card.x(), card.y() + 6, card.width(), card.height() - 12);
        for (Color colour : new Color[] {INK, INK.deriveColor(0, 1, 1, 0.11)}) {
            for (double[] v : VIEWS) {
                int[] mine = render(v, g -> {
                    g.setFill(colour);
                    assertThat(new FxShapes(g).fillAroundPlainRows(plain, () -> FxSurface.trace(g, path))).isTrue();
                });
                int[] theirs = render(v, g -> {
                    g.setFill(colour);
                    FxSurface.trace(g, path);
                    g.fill();
                });
                assertThat(ink(theirs)).isGreaterThan(100);
                // A row blended twice where the pieces meet would differ by about 20 in the translucent colour.
                assertThat(Pixels.maxDifference(mine, theirs)).as("zoom %s, %s", v[0], colour).isLessThanOrEqualTo(3);
            }
        }
    }

    @Test
    void shapesItCannotCutAreLeftToTheCaller() throws Exception {
        double[] v = {1, 0, 0};
        int[] blank = render(v, g -> { });
        // Corners wider than the shape, no straight side between the corners, a diagonal link, a translucent line.
        int[] none = render(v, g -> {
            FxShapes s = new FxShapes(g);
            assertThat(s.fillRoundRect(new Rect(10, 10, 8, 40), 6)).isFalse();
            assertThat(s.strokeRoundRect(new Rect(10, 10, 40, 12.5), 6, 1, false)).isFalse();
            assertThat(s.orthogonalPolyline(PathShape.polyline(List.of(new Point(1, 1), new Point(30, 40))), 1))
                    .isFalse();
            g.setStroke(INK.deriveColor(0, 1, 1, 0.5));
            assertThat(s.line(5, 5, 90, 5, 2)).isFalse();
            assertThat(s.fillAroundPlainRows(new Rect(10, 10, 20, 0.5), () -> g.rect(0, 0, 50, 50))).isFalse();
            assertThat(s.fillAroundPlainRows(null, () -> g.rect(0, 0, 50, 50))).isFalse();
        });
        assertThat(none).isEqualTo(blank);
    }

    private static PathShape roundedPath(Rect r, double radius) {
        double k = 0.5522847498307933 * radius;
        double x = r.x();
        double y = r.y();
        double right = r.right();
        double bottom = r.bottom();
        return PathShape.builder().moveTo(x + radius, y).lineTo(right - radius, y)
                .cubicTo(right - radius + k, y, right, y + radius - k, right, y + radius).lineTo(right, bottom - radius)
                .cubicTo(right, bottom - radius + k, right - radius + k, bottom, right - radius, bottom)
                .lineTo(x + radius, bottom).cubicTo(x + radius - k, bottom, x, bottom - radius + k, x, bottom - radius)
                .lineTo(x, y + radius).cubicTo(x, y + radius - k, x + radius - k, y, x + radius, y).close().build();
    }

    private static int[] render(double[] view, Consumer<GraphicsContext> draw) throws Exception {
        return render(view, draw, 1);
    }

    private static int[] render(double[] view, Consumer<GraphicsContext> draw, double lineWidth) throws Exception {
        return onFx(() -> {
            Canvas canvas = new Canvas(W, H);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, W, H);
            g.setTransform(view[0], 0, 0, view[0], view[1], view[2]);
            g.setFill(INK);
            g.setStroke(INK);
            g.setLineWidth(lineWidth);
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.setLineCap(StrokeLineCap.ROUND);
            draw.accept(g);
            return Pixels.of(canvas);
        });
    }

    /** The sum over all pixels of how far the red channel is from white (the ink is blue). */
    private static long ink(int[] argb) {
        long sum = 0;
        for (int p : argb) {
            sum += 255 - ((p >> 16) & 0xFF);
        }
        return sum;
    }


    private static int pixelsDiffering(int[] a, int[] b, int tolerance) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(((a[i] >> 16) & 0xFF) - ((b[i] >> 16) & 0xFF)) > tolerance) {
                n++;
            }
        }
        return n;
    }
}
