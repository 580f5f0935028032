package org.nineplus.ui.canvas;

import java.util.List;

import javafx.scene.Cursor;

import org.nineplus.edit.LaneCommands;
import org.nineplus.render.LaneBand;
import org.nineplus.render.MapLayout;
import org.nineplus.render.Palette;
import org.nineplus.render.Rect;
import org.nineplus.render.Stroke;
import org.nineplus.render.TextLine;

/**
 * Drags a lane's title cell up or down to reorder the lanes: the title follows the pointer half-transparent and a
 * marker shows the gap it would land in; release commits one "Move lane" when the place changes.
 */
final class LaneMoveGesture implements Gesture {

    private final JourneyCanvas canvas;
    private final LaneBand lane;
    private final double startY;
    private double dy;
    private int gap;

    LaneMoveGesture(JourneyCanvas canvas, LaneBand lane, double startY) {
        this.canvas = canvas;
        this.lane = lane;
        this.startY = startY;
        this.gap = lane.index();
    }

    @Override
    public void drag(double mapX, double mapY) {
        dy = mapY - startY;
        gap = gapAt(canvas.layout().lanes(), mapY);
    }

    /** The gap between lanes nearest y: 0 above the first lane, n below the last. */
    static int gapAt(List<LaneBand> lanes, double y) {
        int gap = 0;
        for (LaneBand band : lanes) {
            if (band.band().centerY() < y) {
                gap++;
            }
        }
        return gap;
    }

    /** The index the command wants: the position in the list without the moved lane. */
    int targetIndex() {
        return gap > lane.index() ? gap - 1 : gap;
    }

    @Override
    public void release(double mapX, double mapY) {
        drag(mapX, mapY);
        int index = targetIndex();
        if (index != lane.index()) {
            canvas.journey().ifPresent(j -> canvas.session().execute(
                    LaneCommands.move(j.id(), lane.laneId(), index)));
        }
    }

    @Override
    public void paintOver(FxSurface s, CanvasTransform t) {
        MapLayout l = canvas.layout();
        List<LaneBand> lanes = l.lanes();
        if (lanes.isEmpty()) {
            return;
        }
        double y = gap < lanes.size() ? lanes.get(gap).band().y() : lanes.get(lanes.size() - 1).band().bottom();
        Rect title = lane.titleCell();
        s.line(title.x(), y, lanes.get(0).band().right(), y, Palette.DROP_MARK, Stroke.solid(t.toMap(4)));
        s.setAlpha(0.6);
        Rect moved = new Rect(title.x(), title.y() + dy, title.width(), title.height());
        s.fillRoundRect(moved, 6, Palette.HEADER_FILL);
        s.strokeRoundRect(moved, 6, Palette.SELECTION, Stroke.solid(t.toMap(2)));
        for (TextLine line : lane.titleLines()) {
            s.text(line.x(), line.baseline() + dy, line.text(), line.size(), true, Palette.INK);
        }
        s.setAlpha(1);
    }

    @Override
    public Cursor cursor() {
        return Cursor.CLOSED_HAND;
    }
}
