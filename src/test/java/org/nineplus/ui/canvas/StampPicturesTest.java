package org.nineplus.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;

import java.util.concurrent.TimeUnit;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nineplus.render.Badge;
import org.nineplus.render.CardFrame;
import org.nineplus.render.LaneRole;
import org.nineplus.render.Palette;
import org.nineplus.render.Rgb;
import org.nineplus.render.Stamp;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Stamps (card frames, badges) drawn from their pictures look like their shapes and text, on a real headless
 * canvas; pictures are made only for stamps that two paints ask for, never too large, and within the memory limit.
 */
@ExtendWith(ApplicationExtension.class)
class StampPicturesTest {

    private static final int W = 260;
    private static final int H = 140;
    private static final Rgb LANE = Rgb.hex(0xD6E6F5);
    private static final CardFrame SOLID = frame(180, 64, false);
    private static final CardFrame DASHED = frame(180, 64, true);
    private static final Badge SCORE = new Badge(34, 17, Palette.scoreFill(7.5), null, "7.5", 6, 12.4, 11,
            Palette.ON_BADGE);
    private static final Badge EXPECTED = new Badge(52, 17, Palette.CARD_FILL, Palette.INK_SOFT, "\u2192 8.8", 6,
            12.4, 11, Palette.INK);

    @Test
    void aStampFromItsPictureLooksLikeItsShapesAndText() throws Exception {
        for (double zoom : new double[] {1, 1.5, 0.8, 2}) {
            for (Stamp stamp : new Stamp[] {SOLID, DASHED, SCORE, EXPECTED}) {
                // The stamp's corner on a whole pixel, so the picture lands where the shapes are drawn.
                double x = Math.round(20 * zoom) / zoom;
                double y = Math.round(15 * zoom) / zoom;
                int[] shapes = paint(zoom, x, y, stamp, null);
                StampPictures pictures = pictured(stamp, zoom);
                int[] picture = paint(zoom, x, y, stamp, pictures);
                assertThat(pictures.makes()).isEqualTo(1);
                assertThat(Pixels.differing(shapes, paint(zoom, x, y, null, null), 40))
                        .as("the stamp changes the canvas").isGreaterThan(150);
                assertThat(Pixels.maxDifference(shapes, picture)).as("zoom %s, %s", zoom, stamp)
                        .isLessThanOrEqualTo(3);
            }
        }
    }

    @Test
    void aPictureGoesToTheNearestWholePixel() throws Exception {
        StampPictures pictures = pictured(SOLID, 1);
        int[] atWhole = paint(1, 20, 15, SOLID, null);
        int[] offGrid = paint(1, 20.3, 14.8, SOLID, pictures);
        assertThat(Pixels.maxDifference(atWhole, offGrid)).isLessThanOrEqualTo(3);
    }

    @Test
    void onAScreenScaledTwiceThePictureHasTwiceThePixelsAndCoversTheSamePlace() throws Exception {
        StampPictures pictures = pictured(SOLID, 2);
        StampPictures.Picture picture = onFx(() -> pictures.find(SOLID, 2));
        assertThat(picture.image().getWidth()).isEqualTo(2 * 180 + 2 * picture.originX());
        int[] shapes = paint(1, 20, 15, SOLID, null);
        // The canvas's units are logical pixels at output scale 2: the picture is drawn at half its pixel size.
        int[] scaled = onFx(() -> {
            Canvas canvas = new Canvas(W, H);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(FxSurface.colour(LANE));
            g.fillRect(0, 0, W, H);
            pictures.newPaint();
            new FxSurface(g, new MapFonts(), pictures, 2).stamp(20, 15, SOLID);
            return Pixels.of(canvas);
        });
        assertThat(onFx(pictures::hits)).isEqualTo(2);
        assertThat(Pixels.differing(shapes, scaled, 40)).as("only anti-aliased edges differ").isLessThan(300);
    }

    @Test
    void aStampIsPicturedOnlyWhenASecondPaintAsksForIt() throws Exception {
        onFx(() -> {
            StampPictures pictures = new StampPictures(new MapFonts());
            pictures.newPaint();
            assertThat(pictures.find(SOLID, 1)).isNull();
            assertThat(pictures.find(SOLID, 1)).as("twice in one paint").isNull();
            pictures.makeWanted();
            assertThat(pictures.makes()).as("one paint asked").isZero();
            pictures.newPaint();
            assertThat(pictures.find(SOLID, 1)).as("not made yet").isNull();
            pictures.makeWanted();
            assertThat(pictures.makes()).isEqualTo(1);
            StampPictures.Picture picture = pictures.find(SOLID, 1);
            assertThat(picture).isNotNull();
            // The reach (2.5 each side) and a pixel of margin, at whole pixels.
            assertThat(picture.originX()).isEqualTo(4);
            assertThat(picture.originY()).isEqualTo(4);
            assertThat(picture.image().getWidth()).isEqualTo(4 + 183 + 1);
            assertThat(picture.image().getHeight()).isEqualTo(4 + 67 + 1);
            assertThat(pictures.find(DASHED, 1)).as("another kind is another picture").isNull();
            assertThat(pictures.find(SOLID, 1.25)).as("another scale is another picture").isNull();
            return null;
        });
    }

    @Test
    void theStampsASecondPaintAskedForAreMadeAfterItOnTheFxThread() throws Exception {
        StampPictures pictures = onFx(() -> new StampPictures(new MapFonts()));
        for (int paint = 0; paint < 2; paint++) {
            onFx(() -> {
                pictures.newPaint();
                for (Stamp stamp : new Stamp[] {SOLID, DASHED, SCORE, EXPECTED}) {
                    assertThat(pictures.find(stamp, 1)).isNull();
                }
                assertThat(pictures.size()).as("nothing is made during a paint").isZero();
                return null;
            });
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(pictures::size) == 4);
        assertThat(onFx(() -> pictures.find(SCORE, 1))).isNotNull();
    }

    @Test
    void zoomingStepByStepMakesNoPicture() throws Exception {
        onFx(() -> {
            StampPictures pictures = new StampPictures(new MapFonts());
            for (int step = 0; step < 40; step++) {
                double zoom = 1 + step * 0.05;
                pictures.newPaint();
                for (int card = 0; card < 20; card++) {
                    assertThat(pictures.find(SOLID, zoom)).isNull();
                    assertThat(pictures.find(SCORE, zoom)).isNull();
                }
            }
            pictures.makeWanted();
            assertThat(pictures.makes()).isZero();
            return null;
        });
    }

    @Test
    void aStampTooLargeIsAlwaysDrawnAsShapes() throws Exception {
        onFx(() -> {
            StampPictures pictures = new StampPictures(new MapFonts());
            for (int paint = 0; paint < 3; paint++) {
                pictures.newPaint();
                assertThat(pictures.find(SOLID, 5)).isNull();
                pictures.makeWanted();
            }
            assertThat(pictures.makes()).isZero();
            return null;
        });
    }

    @Test
    void keepsNoMorePixelsThanItsLimitAndDropsTheLeastRecentlyUsed() throws Exception {
        onFx(() -> {
            StampPictures pictures = new StampPictures(new MapFonts());
            int count = 0;
            long pixels = 0;
            while (pixels <= StampPictures.MAX_PIXELS + 100_000) {
                CardFrame frame = frame(300 + count, 200, false);
                for (int paint = 0; paint < 2; paint++) {
                    pictures.newPaint();
                    pictures.find(frame, 1);
                }
                pictures.makeWanted();
                StampPictures.Picture made = pictures.find(frame, 1);
                pixels += (long) (made.image().getWidth() * made.image().getHeight());
                // The first, used again every time: the second becomes the least recently used.
                pictures.find(frame(300, 200, false), 1);
                count++;
            }
            assertThat(pictures.size()).isLessThan(count);
            assertThat(pictures.find(frame(300, 200, false), 1)).as("used again").isNotNull();
            assertThat(pictures.find(frame(301, 200, false), 1)).as("the least recently used").isNull();
            assertThat(pictures.find(frame(300 + count - 1, 200, false), 1)).as("the newest").isNotNull();
            return null;
        });
    }

    private static CardFrame frame(double width, double height, boolean idea) {
        return idea
                ? new CardFrame(width, height, Palette.IDEA_FILL, Palette.laneAccent(LaneRole.SURPRISE),
                        Palette.IDEA_BORDER, true)
                : new CardFrame(width, height, Palette.CARD_FILL, Palette.laneAccent(LaneRole.CORE),
                        Palette.CARD_BORDER, false);
    }

    /** Pictures holding the one of {@code stamp} at {@code zoom}. */
    private static StampPictures pictured(Stamp stamp, double zoom) throws Exception {
        return onFx(() -> {
            StampPictures pictures = new StampPictures(new MapFonts());
            for (int paint = 0; paint < 2; paint++) {
                pictures.newPaint();
                pictures.find(stamp, zoom);
            }
            pictures.makeWanted();
            return pictures;
        });
    }

    /**
     * A lane-coloured canvas with the stamp (none if null) drawn at (x, y) at the zoom, from its picture when
     * {@code pictures} has one.
     */
    private static int[] paint(double zoom, double x, double y, Stamp stamp, StampPictures pictures)
            throws Exception {
        return onFx(() -> {
            Canvas canvas = new Canvas(W, H);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(FxSurface.colour(LANE));
            g.fillRect(0, 0, W, H);
            g.setTransform(zoom, 0, 0, zoom, 0, 0);
            FxSurface surface = new FxSurface(g, new MapFonts(), pictures, 1);
            if (pictures != null) {
                pictures.newPaint();
                assertThat(pictures.find(stamp, zoom)).isNotNull();
            }
            if (stamp != null) {
                surface.stamp(x, y, stamp);
            }
            return Pixels.of(canvas);
        });
    }
}
