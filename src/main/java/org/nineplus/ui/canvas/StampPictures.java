package org.nineplus.ui.canvas;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

import org.nineplus.render.Rect;
import org.nineplus.render.Stamp;

/**
 * Pictures of {@link Stamp}s (card frames, score badges) at the view's scale, kept like a glyph cache. With one, a
 * repaint draws a card's frame as one picture instead of four anti-aliased shapes, a badge instead of a pill and its
 * text; in the software pipeline those shapes and runs of text are about half of a frame with a hundred cards in view.
 * The cards of a map come in a few sizes (a column's width, a few title heights) and kinds, and scores in a hundred
 * values, so a view needs a few dozen pictures.
 *
 * <p>A stamp becomes a picture only when a second paint asks for it, so zooming step by step (every scale new) makes
 * none. Pictures are made after the paint, on the FX thread, a few milliseconds' worth at a time; until then, and for
 * stamps too large to be worth it, the surface draws the shapes. A picture is placed at whole device pixels, so a
 * stamp may sit up to half a pixel from where its shapes would be drawn.
 */
final class StampPictures {

    /** Pixels of pictures kept at most (16 MB); the least recently used go first. */
    static final long MAX_PIXELS = 4_000_000;
    /** A stamp with more device pixels than this is drawn as shapes: zoomed in that far, few cards are in view. */
    static final long MAX_PICTURE_PIXELS = 250_000;
    /** How long one step of making pictures may hold the FX thread before it leaves the rest to the next step. */
    static final long STEP_NANOS = 4_000_000;
    /** How many stamps asked for once are remembered. */
    private static final int MAX_ASKED = 4096;

    /**
     * A picture and where the stamp's origin is in it, in device pixels (whole ones: the stamp's reach and a pixel
     * of margin for anti-aliasing to its left and above).
     */
    record Picture(Image image, int originX, int originY) {
    }

    /** A stamp at a scale (device pixels per map unit). */
    private record Key(Stamp stamp, double scale) {
    }

    private final MapFonts fonts;
    private final Map<Key, Picture> made = new LinkedHashMap<>(64, 0.75f, true);
    /** The paint that first asked for a stamp not made yet. */
    private final Map<Key, Long> asked = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
            return size() > MAX_ASKED;
        }
    };
    private final Set<Key> queue = new LinkedHashSet<>();
    private long paint;
    private long pixels;
    private boolean stepPosted;
    private int makes;
    private long hits;

    StampPictures(MapFonts fonts) {
        this.fonts = fonts;
    }

    /** A new paint begins: what it asks for again, having been asked for before, gets made. */
    void newPaint() {
        paint++;
    }

    /**
     * The picture of {@code stamp} at {@code scale} device pixels per map unit, or null (then draw its shapes): not
     * made yet, or too large.
     */
    Picture find(Stamp stamp, double scale) {
        Rect reach = stamp.reach();
        if ((reach.width() * scale + 2) * (reach.height() * scale + 2) > MAX_PICTURE_PIXELS) {
            return null;
        }
        Key key = new Key(stamp, scale);
        Picture picture = made.get(key);
        if (picture != null) {
            hits++;
            return picture;
        }
        Long first = asked.putIfAbsent(key, paint);
        if (first != null && first < paint && queue.add(key)) {
            post();
        }
        return null;
    }

    /** Forgets every picture and request (a repaint from scratch). */
    void clear() {
        made.clear();
        asked.clear();
        queue.clear();
        pixels = 0;
    }

    /** How many pictures are kept. */
    int size() {
        return made.size();
    }

    /** How many pictures were made so far. */
    int makes() {
        return makes;
    }

    /** How many times a stamp was found pictured. */
    long hits() {
        return hits;
    }

    /** Makes every wanted picture now (tests). */
    void makeWanted() {
        while (!queue.isEmpty()) {
            step(Long.MAX_VALUE);
        }
    }

    private void post() {
        if (!stepPosted) {
            stepPosted = true;
            Platform.runLater(() -> {
                stepPosted = false;
                step(STEP_NANOS);
            });
        }
    }

    private void step(long budget) {
        long start = System.nanoTime();
        Iterator<Key> it = queue.iterator();
        while (it.hasNext()) {
            Key key = it.next();
            it.remove();
            asked.remove(key);
            if (!made.containsKey(key)) {
                keep(key, make(key.stamp(), key.scale()));
            }
            if (System.nanoTime() - start > budget && !queue.isEmpty()) {
                post();
                return;
            }
        }
    }

    private void keep(Key key, Picture picture) {
        made.put(key, picture);
        pixels += area(picture);
        Iterator<Picture> oldest = made.values().iterator();
        while (pixels > MAX_PIXELS && oldest.hasNext()) {
            Picture gone = oldest.next();
            oldest.remove();
            pixels -= area(gone);
        }
    }

    /** Draws the stamp on a canvas of its own, at the scale, and takes its picture. */
    private Picture make(Stamp stamp, double scale) {
        Rect reach = stamp.reach();
        int originX = (int) Math.ceil(-reach.x() * scale) + 1;
        int originY = (int) Math.ceil(-reach.y() * scale) + 1;
        Canvas canvas = new Canvas(originX + Math.ceil(reach.right() * scale) + 1,
                originY + Math.ceil(reach.bottom() * scale) + 1);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(scale, 0, 0, scale, originX, originY);
        stamp.paint(0, 0, new FxSurface(g, fonts));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        makes++;
        return new Picture(canvas.snapshot(parameters, null), originX, originY);
    }

    private static long area(Picture picture) {
        return (long) (picture.image().getWidth() * picture.image().getHeight());
    }
}
