package org.nineplus.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.nineplus.render.CardBox;
import org.nineplus.render.CellHit;
import org.nineplus.render.MapLayout;
import org.nineplus.render.PaintState;
import org.nineplus.render.Surface;

/**
 * When the canvas's two layers are painted: the base (the map with selection, hover, decorations and link handles)
 * only when something it shows changed, the preview layer whenever a preview is or was shown (see {@link MapPainter},
 * which draws them).
 */
final class CanvasLayers {

    private final MapPainter painter = new MapPainter();
    private PaintState painted = PaintState.NONE;
    /** What the base layer shows; a paint with an equal key leaves the base alone. */
    private BaseKey baseShown;
    private int basePaints;

    /** Everything the base layer depends on. */
    private record BaseKey(MapLayout layout, double zoom, double originX, double originY, double width,
                           double height, PaintState state, List<String> handles) {
    }

    /**
     * Paints the base layer if what it shows changed (layout, zoom, pan, size, the state with the gesture's part,
     * the handles) or {@code force}, and the preview layer (the palette's drop target, the gesture's preview).
     */
    void paint(MapPane pane, MapLayout layout, CanvasTransform transform, PaintState state, CanvasInput input,
               CellHit dropPreview, boolean force) {
        painted = input.decorate(state);
        List<CardBox> handles = new ArrayList<>();
        input.handleCards(layout).forEach(handles::add);
        BaseKey key = new BaseKey(layout, transform.zoom(), transform.originX(), transform.originY(),
                pane.canvas().getWidth(), pane.canvas().getHeight(), painted,
                handles.stream().map(CardBox::cardId).toList());
        if (force || !key.equals(baseShown)) {
            painter.paintBase(pane.canvas(), layout, transform, painted, handles);
            basePaints++;
            baseShown = key;
        }
        painter.paintPreviews(pane.previewCanvas(), pane.canvas().getWidth(), pane.canvas().getHeight(), layout,
                transform, dropPreview, input, force);
    }

    /** Lets tests watch what is painted; the next paint repaints the base. */
    void setSurfaceWrapper(UnaryOperator<Surface> wrapper) {
        painter.setWrapper(wrapper);
        baseShown = null;
    }

    /** The pictures of stamps (card frames, badges) both layers draw. */
    StampPictures pictures() {
        return painter.pictures();
    }

    /** What the last paint drew over the map (selection, decorations, the gesture's part). */
    PaintState painted() {
        return painted;
    }

    /** How many times the preview layer was redrawn. */
    int previewPaints() {
        return painter.previewPaints();
    }

    /** How many times the base layer was painted. */
    int basePaints() {
        return basePaints;
    }
}
