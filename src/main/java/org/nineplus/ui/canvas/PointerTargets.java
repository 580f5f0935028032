package org.nineplus.ui.canvas;

import java.util.Optional;

import javafx.scene.Cursor;

import org.nineplus.model.LaneKind;
import org.nineplus.render.CardBox;
import org.nineplus.render.LaneBand;
import org.nineplus.render.MapLayout;
import org.nineplus.render.StageColumn;

/**
 * What is under the pointer beyond the layout's own hit tests (a card's link handle, a column's edge, the emotion
 * lane's column), and the hover feedback while no button is down: the hovered card and the cursor.
 */
final class PointerTargets {

    private final JourneyCanvas canvas;

    PointerTargets(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    /**
     * While no button is down: the card under the pointer (or whose link handle is) is hovered, and the cursor tells
     * what a press there would do (link, resize, move, pick, set the emotion; an open hand while space is down).
     */
    void hover(double screenX, double screenY, boolean spaceDown) {
        CanvasTransform t = canvas.transform();
        double mx = t.toMapX(screenX);
        double my = t.toMapY(screenY);
        MapLayout l = canvas.layout();
        if (canvas.cardClickModeProperty().get() != null) {
            Optional<CardBox> card = l.cardAt(mx, my);
            canvas.setHoveredCard(card.map(CardBox::cardId).orElse(null));
            canvas.pane().setCursor(spaceDown ? Cursor.OPEN_HAND : card.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
            return;
        }
        Optional<CardBox> handle = handleAt(l, mx, my);
        Optional<CardBox> card = handle.isPresent() ? handle : l.cardAt(mx, my);
        canvas.setHoveredCard(card.map(CardBox::cardId).orElse(null));
        Cursor cursor;
        if (spaceDown) {
            cursor = Cursor.OPEN_HAND;
        } else if (handle.isPresent()) {
            cursor = Cursor.CROSSHAIR;
        } else if (columnEdgeAt(l, mx, my).isPresent()) {
            cursor = Cursor.H_RESIZE;
        } else if (card.isPresent() || l.stageHeaderAt(mx, my).isPresent()
                || l.lanes().stream().anyMatch(b -> b.titleCell().contains(mx, my))
                || l.linkAt(mx, my, t.toMap(CanvasInput.LINK_PICK)).isPresent()) {
            cursor = Cursor.HAND;
        } else if (emotionColumnAt(l, mx, my).isPresent()) {
            cursor = Cursor.V_RESIZE;
        } else if (l.cellAt(mx, my).isEmpty()) {
            cursor = Cursor.OPEN_HAND; // outside the cells a drag pans
        } else {
            cursor = Cursor.DEFAULT;
        }
        canvas.pane().setCursor(cursor);
    }

    /** The card whose link handle (a dot on the middle of its right edge) is under the pointer. */
    Optional<CardBox> handleAt(MapLayout l, double mx, double my) {
        double reach = MapPainter.handleRadius(canvas.transform()) + canvas.transform().toMap(2);
        for (double probe : new double[] {mx, mx - reach}) {
            Optional<CardBox> card = l.cardAt(probe, my);
            if (card.isPresent() && Math.hypot(mx - card.get().rect().right(), my - card.get().rect().centerY())
                    <= reach) {
                return card;
            }
        }
        return Optional.empty();
    }

    /** The stage whose column header's right edge is under the pointer. */
    Optional<StageColumn> columnEdgeAt(MapLayout l, double mx, double my) {
        double grab = canvas.transform().toMap(CanvasInput.EDGE_GRAB);
        for (StageColumn stage : l.stages()) {
            if (my >= stage.header().y() && my < stage.header().bottom()
                    && Math.abs(mx - stage.header().right()) <= grab) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The stage column at the pointer when the pointer is in the emotion lane. */
    static Optional<StageColumn> emotionColumnAt(MapLayout l, double mx, double my) {
        int lane = l.laneIndexAt(my);
        int stage = l.stageIndexAt(mx);
        if (lane < 0 || stage < 0) {
            return Optional.empty();
        }
        LaneBand band = l.lanes().get(lane);
        return band.kind() == LaneKind.EMOTION ? Optional.of(l.stages().get(stage)) : Optional.empty();
    }
}
