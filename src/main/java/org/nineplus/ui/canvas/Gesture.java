package org.nineplus.ui.canvas;

import javafx.scene.Cursor;

import org.nineplus.render.MapLayout;
import org.nineplus.render.PaintState;
import org.nineplus.render.Rect;

/**
 * One mouse drag on the canvas, from the moment it passes the drag threshold to release. A gesture only changes
 * what is drawn while the mouse moves ({@link #decorate}, {@link #paintOver}); {@link #release} commits at most one
 * command. Coordinates are in map units.
 */
interface Gesture {

    void drag(double mapX, double mapY);

    /** Commits the gesture (one command, or none when nothing would change). */
    void release(double mapX, double mapY);

    /** Esc, or the journey changed under the drag: drop the preview, commit nothing. */
    default void cancel() {
    }

    /** The overlays the preview needs (drop target, previewed selection, hovered link target). */
    default PaintState decorate(PaintState state) {
        return state;
    }

    /** Draws the preview over the map; the surface is in map coordinates. */
    default void paintOver(FxSurface surface, CanvasTransform transform) {
    }

    /** Where {@link #paintOver} draws, in map units (a bound is enough), or null for anywhere in the view. */
    default Rect previewBounds(MapLayout layout) {
        return null;
    }

    default Cursor cursor() {
        return Cursor.MOVE;
    }
}
