package org.nineplus.ui.canvas;

import java.util.LinkedHashSet;
import java.util.Set;

import javafx.scene.Cursor;

import org.nineplus.render.CardBox;
import org.nineplus.render.PaintState;
import org.nineplus.render.Palette;
import org.nineplus.render.Rect;
import org.nineplus.render.Stroke;

/**
 * Drags a rectangle over the background: the cards it touches show as selected while the mouse moves; release makes
 * them the selection (added to it when Shift or Ctrl was held at the press).
 */
final class RubberBand implements Gesture {

    private final JourneyCanvas canvas;
    private final double startX;
    private final double startY;
    private final Set<String> before;
    private Rect band;

    RubberBand(JourneyCanvas canvas, double startX, double startY, boolean additive) {
        this.canvas = canvas;
        this.startX = startX;
        this.startY = startY;
        this.before = additive ? Set.copyOf(canvas.session().selectedCards()) : Set.of();
        this.band = new Rect(startX, startY, 0, 0);
    }

    @Override
    public void drag(double mapX, double mapY) {
        band = Rect.spanning(startX, startY, mapX, mapY);
    }

    Set<String> selection() {
        Set<String> ids = new LinkedHashSet<>(before);
        for (CardBox card : canvas.layout().cardsIn(band)) {
            ids.add(card.cardId());
        }
        return ids;
    }

    @Override
    public void release(double mapX, double mapY) {
        drag(mapX, mapY);
        Set<String> ids = selection();
        canvas.session().selectedCards().retainAll(ids);
        canvas.session().selectedCards().addAll(ids);
    }

    @Override
    public PaintState decorate(PaintState state) {
        return state.withSelection(selection());
    }

    @Override
    public void paintOver(FxSurface s, CanvasTransform t) {
        s.fillRect(band, Palette.SELECTION.withAlpha(36));
        s.strokeRect(band, Palette.SELECTION, Stroke.solid(t.toMap(1.5)));
    }

    @Override
    public Cursor cursor() {
        return Cursor.CROSSHAIR;
    }
}
