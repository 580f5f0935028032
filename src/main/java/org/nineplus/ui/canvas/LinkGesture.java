package org.nineplus.ui.canvas;

import javafx.scene.Cursor;

import org.nineplus.edit.LinkCommands;
import org.nineplus.model.Link;
import org.nineplus.render.CardBox;
import org.nineplus.render.PaintState;
import org.nineplus.render.Palette;
import org.nineplus.render.Stroke;

/** Drags a line from a card's handle; release over another card links the two (one command). */
final class LinkGesture implements Gesture {

    private final JourneyCanvas canvas;
    private final CardBox from;
    private double x;
    private double y;
    private String targetId;

    LinkGesture(JourneyCanvas canvas, CardBox from) {
        this.canvas = canvas;
        this.from = from;
        this.x = from.rect().right();
        this.y = from.rect().centerY();
    }

    @Override
    public void drag(double mapX, double mapY) {
        x = mapX;
        y = mapY;
        targetId = canvas.layout().cardAt(mapX, mapY).map(CardBox::cardId)
                .filter(id -> !id.equals(from.cardId())).orElse(null);
    }

    @Override
    public void release(double mapX, double mapY) {
        drag(mapX, mapY);
        if (targetId != null) {
            canvas.journey().ifPresent(j -> canvas.session().execute(
                    LinkCommands.add(j.id(), new Link(from.cardId(), targetId))));
        }
    }

    @Override
    public PaintState decorate(PaintState state) {
        return state.withHover(targetId);
    }

    @Override
    public void paintOver(FxSurface s, CanvasTransform t) {
        double sx = from.rect().right();
        double sy = from.rect().centerY();
        s.line(sx, sy, x, y, Palette.SELECTION, Stroke.dashed(t.toMap(2)));
        s.fillCircle(sx, sy, MapPainter.handleRadius(t), Palette.SELECTION);
        s.fillCircle(x, y, t.toMap(4), Palette.SELECTION);
        if (targetId != null) {
            canvas.layout().card(targetId).ifPresent(card -> s.strokeRoundRect(card.rect().inset(-3, -3), 9,
                    Palette.SELECTION, Stroke.solid(t.toMap(3))));
        }
    }

    @Override
    public Cursor cursor() {
        return Cursor.CROSSHAIR;
    }
}
