package org.nineplus.ui.canvas;

import java.util.List;

import javafx.scene.Cursor;

import org.nineplus.edit.StageCommands;
import org.nineplus.render.MapLayout;
import org.nineplus.render.Palette;
import org.nineplus.render.Rect;
import org.nineplus.render.StageColumn;
import org.nineplus.render.Stroke;
import org.nineplus.render.TextLine;

/**
 * Drags a stage header sideways to reorder the stages: the header follows the pointer half-transparent and a marker
 * shows the gap it would land in; release commits one "Move stage" when the place changes.
 */
final class StageMoveGesture implements Gesture {

    private final JourneyCanvas canvas;
    private final StageColumn stage;
    private final double startX;
    private double dx;
    private int gap;

    StageMoveGesture(JourneyCanvas canvas, StageColumn stage, double startX) {
        this.canvas = canvas;
        this.stage = stage;
        this.startX = startX;
        this.gap = stage.index();
    }

    @Override
    public void drag(double mapX, double mapY) {
        dx = mapX - startX;
        gap = gapAt(canvas.layout().stages(), mapX);
    }

    /** The gap between columns nearest x: 0 before the first column, n after the last. */
    static int gapAt(List<StageColumn> stages, double x) {
        int gap = 0;
        for (StageColumn s : stages) {
            if (s.column().centerX() < x) {
                gap++;
            }
        }
        return gap;
    }

    /** The index the command wants: the position in the list without the moved stage. */
    int targetIndex() {
        return gap > stage.index() ? gap - 1 : gap;
    }

    @Override
    public void release(double mapX, double mapY) {
        drag(mapX, mapY);
        int index = targetIndex();
        if (index != stage.index()) {
            canvas.journey().ifPresent(j -> canvas.session().execute(
                    StageCommands.move(j.id(), stage.stageId(), index)));
        }
    }

    @Override
    public void paintOver(FxSurface s, CanvasTransform t) {
        MapLayout l = canvas.layout();
        List<StageColumn> stages = l.stages();
        if (stages.isEmpty()) {
            return;
        }
        double x = gap < stages.size() ? stages.get(gap).column().x() : stages.get(stages.size() - 1).column().right();
        Rect header = stage.header();
        s.line(x, header.y(), x, stages.get(0).column().bottom(), Palette.DROP_MARK, Stroke.solid(t.toMap(4)));
        s.setAlpha(0.6);
        Rect moved = new Rect(header.x() + dx, header.y(), header.width(), header.height() - 4);
        s.fillRoundRect(moved, 6, Palette.HEADER_FILL);
        s.strokeRoundRect(moved, 6, Palette.SELECTION, Stroke.solid(t.toMap(2)));
        for (TextLine line : stage.nameLines()) {
            s.text(line.x() + dx, line.baseline(), line.text(), line.size(), true, Palette.INK);
        }
        s.setAlpha(1);
    }

    @Override
    public Cursor cursor() {
        return Cursor.CLOSED_HAND;
    }
}
