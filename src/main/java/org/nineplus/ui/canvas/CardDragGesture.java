package org.nineplus.ui.canvas;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.scene.Cursor;

import org.nineplus.edit.CardCommands;
import org.nineplus.render.CardBox;
import org.nineplus.render.CellHit;
import org.nineplus.render.MapLayout;
import org.nineplus.render.Painter;
import org.nineplus.render.Palette;
import org.nineplus.render.Rect;
import org.nineplus.render.Stroke;
import org.nineplus.render.TextLine;

/**
 * Drags the selected cards: while the mouse moves they are drawn half-transparent at the pointer's offset and the
 * cell under the pointer is highlighted with its insertion line (both on the preview layer); release over a cell commits one move. The emotion
 * lane takes no cards: over it a not-allowed mark shows and a release does nothing.
 */
final class CardDragGesture implements Gesture {

    private final JourneyCanvas canvas;
    private final List<String> cardIds;
    private final double startX;
    private final double startY;
    private double dx;
    private double dy;
    private double pointerX;
    private double pointerY;
    private CellHit target;
    private boolean refused;

    CardDragGesture(JourneyCanvas canvas, List<String> cardIds, double startX, double startY) {
        this.canvas = canvas;
        this.cardIds = List.copyOf(cardIds);
        this.startX = startX;
        this.startY = startY;
    }

    @Override
    public void drag(double mapX, double mapY) {
        dx = mapX - startX;
        dy = mapY - startY;
        pointerX = mapX;
        pointerY = mapY;
        MapLayout l = canvas.layout();
        target = l.cellAt(mapX, mapY).orElse(null);
        refused = target == null && PointerTargets.emotionColumnAt(l, mapX, mapY).isPresent();
    }

    @Override
    public void release(double mapX, double mapY) {
        drag(mapX, mapY);
        if (target == null || cardIds.isEmpty()) {
            return;
        }
        String journeyId = canvas.journey().map(j -> j.id()).orElse(null);
        if (journeyId != null) {
            canvas.session().execute(CardCommands.move(journeyId, cardIds, target.stageId(), target.laneId(),
                    indexAmongOthers(canvas.layout(), target, Set.copyOf(cardIds))));
        }
    }

    /**
     * The hit's insertion index counts every card of the cell above the pointer; the move command counts only the
     * cards that stay, so the dragged ones above the pointer are taken off (a reorder within the cell).
     */
    static int indexAmongOthers(MapLayout layout, CellHit hit, Set<String> moving) {
        Optional<List<CardBox>> cards = layout.cell(hit.stageId(), hit.laneId()).map(layout::cardsIn);
        if (cards.isEmpty()) {
            return hit.insertionIndex();
        }
        int index = hit.insertionIndex();
        List<CardBox> above = cards.get().subList(0, Math.min(hit.insertionIndex(), cards.get().size()));
        for (CardBox card : above) {
            if (moving.contains(card.cardId())) {
                index--;
            }
        }
        return index;
    }

    /**
     * The drop cell and insertion line, then the ghosts: all on the preview layer, so a drag frame leaves the map
     * (base layer) alone. The cell's light fill leaves out the cards already drawn, as when it was painted under them.
     */
    @Override
    public void paintOver(FxSurface s, CanvasTransform t) {
        MapLayout l = canvas.layout();
        if (target != null) {
            Painter.paintDropTarget(l, target, s, true);
        }
        s.setAlpha(0.6);
        for (String id : cardIds) {
            l.card(id).ifPresent(card -> paintGhost(card, s));
        }
        s.setAlpha(1);
        if (refused) {
            double r = t.toMap(10);
            double x = pointerX + r * 1.6;
            double y = pointerY + r * 1.6;
            Stroke stroke = Stroke.solid(t.toMap(3));
            s.fillCircle(x, y, r, Palette.CARD_FILL);
            s.strokeCircle(x, y, r, Palette.SCORE_FAIL, stroke);
            double d = r * 0.7;
            s.line(x - d, y + d, x + d, y - d, Palette.SCORE_FAIL, stroke);
        }
    }

    /** The ghosts, the drop cell and the not-allowed mark, with room for their strokes. */
    @Override
    public Rect previewBounds(MapLayout l) {
        Rect bounds = null;
        for (String id : cardIds) {
            Rect r = l.card(id).map(CardBox::rect).orElse(null);
            if (r != null) {
                Rect moved = new Rect(r.x() + dx, r.y() + dy, r.width(), r.height()).inset(-2, -2);
                bounds = bounds == null ? moved : bounds.union(moved);
            }
        }
        if (target != null) {
            Rect cell = l.cell(target.stageId(), target.laneId()).map(c -> c.rect().inset(-6, -6)).orElse(null);
            if (cell != null) {
                bounds = bounds == null ? cell : bounds.union(cell);
            }
        }
        if (refused) {
            double r = canvas.transform().toMap(10);
            Rect mark = new Rect(pointerX + r * 0.6 - r, pointerY + r * 0.6 - r, 4 * r, 4 * r);
            bounds = bounds == null ? mark : bounds.union(mark);
        }
        return bounds == null ? new Rect(pointerX, pointerY, 1, 1) : bounds;
    }

    private void paintGhost(CardBox card, FxSurface s) {
        Rect r = card.rect();
        Rect moved = new Rect(r.x() + dx, r.y() + dy, r.width(), r.height());
        s.fillRoundRect(moved, 6, card.idea() ? Palette.IDEA_FILL : Palette.CARD_FILL);
        s.strokeRoundRect(moved, 6, Palette.SELECTION, Stroke.solid(2));
        for (TextLine line : card.titleLines()) {
            s.text(line.x() + dx, line.baseline() + dy, line.text(), line.size(), line.bold(), Palette.INK);
        }
    }

    @Override
    public Cursor cursor() {
        return refused ? Cursor.DEFAULT : Cursor.MOVE;
    }

    CellHit target() {
        return target;
    }
}
