package org.nineplus.ui.canvas;

import javafx.scene.Cursor;

import org.nineplus.render.LayoutOptions;
import org.nineplus.render.Palette;
import org.nineplus.render.StageColumn;
import org.nineplus.render.Stroke;

/**
 * Drags the right edge of a column header: a line previews the new edge; release stores the width in the canvas.
 * Column widths are view state, not part of the workshop file, so this is no command and no undo step.
 */
final class ColumnResizeGesture implements Gesture {

    private final JourneyCanvas canvas;
    private final StageColumn stage;
    private double width;

    ColumnResizeGesture(JourneyCanvas canvas, StageColumn stage) {
        this.canvas = canvas;
        this.stage = stage;
        this.width = stage.column().width();
    }

    @Override
    public void drag(double mapX, double mapY) {
        width = Math.max(LayoutOptions.MIN_COLUMN_WIDTH, mapX - stage.column().x());
    }

    @Override
    public void release(double mapX, double mapY) {
        drag(mapX, mapY);
        if (Math.abs(width - stage.column().width()) >= 0.5) {
            canvas.setColumnWidth(stage.stageId(), Math.round(width));
        }
    }

    @Override
    public void paintOver(FxSurface s, CanvasTransform t) {
        double x = stage.column().x() + width;
        s.line(x, stage.header().y(), x, stage.column().bottom(), Palette.DROP_MARK, Stroke.dashed(t.toMap(2)));
    }

    @Override
    public Cursor cursor() {
        return Cursor.H_RESIZE;
    }
}
