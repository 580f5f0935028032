package org.nineplus.ui.present;

import java.util.ArrayList;
import java.util.List;

import org.nineplus.render.MapLayout;
import org.nineplus.render.Rect;
import org.nineplus.render.StageColumn;
import org.nineplus.ui.editor.CanvasView.View;

/**
 * Where presentation mode puts the map: the current stage's column (header and lanes) large in the middle of the
 * screen with its neighbours dimmed beside it, and which rectangles the dimming covers. Plain arithmetic on the
 * layout and the view size, so it is tested without a window.
 */
final class StageFraming {

    /** Screen pixels kept free at the top for the stage counter and the timer. */
    static final double TOP = 112;
    /** Screen pixels kept free at the other edges. */
    static final double MARGIN = 24;
    /** At most this share of the screen's width goes to the current stage, so its neighbours show beside it. */
    static final double WIDTH_SHARE = 0.5;
    /** The zoom a stage is shown at even when its whole column would fit only smaller (it then scrolls). */
    static final double READABLE_ZOOM = 1.5;
    static final double MAX_ZOOM = 3.0;
    /** Up and Down scroll a tall column by this share of the screen's height. */
    static final double SCROLL_SHARE = 0.4;

    private StageFraming() {
    }

    /** The stage's header and column together, in map units. */
    static Rect area(StageColumn stage) {
        return stage.header().union(stage.column());
    }

    /**
     * The view for a stage: zoomed to fit the column into the screen below the counter (at most half the screen
     * wide, at most 300 %, at least 150 % if the screen is wide enough), centred across; centred down when it fits,
     * else with its header just below the counter.
     */
    static View frame(StageColumn stage, double viewWidth, double viewHeight) {
        Rect a = area(stage);
        double availableWidth = Math.max(1, viewWidth - 2 * MARGIN);
        double availableHeight = Math.max(1, viewHeight - TOP - MARGIN);
        double byWidth = availableWidth * WIDTH_SHARE / Math.max(1, a.width());
        double byHeight = availableHeight / Math.max(1, a.height());
        double zoom = Math.min(MAX_ZOOM, Math.min(byWidth, Math.max(byHeight, READABLE_ZOOM)));
        zoom = Math.max(0.1, zoom);
        double originX = a.centerX() - viewWidth / 2 / zoom;
        double originY = a.height() * zoom <= availableHeight
                ? a.centerY() - (TOP + availableHeight / 2) / zoom
                : a.y() - TOP / zoom;
        return new View(zoom, originX, originY);
    }

    /**
     * The view scrolled up ({@code direction} &lt; 0) or down by a share of the screen, kept so that the stage's
     * header can come just below the counter and its bottom just above the lower edge; a column that fits does not
     * move.
     */
    static View scroll(View view, StageColumn stage, double viewHeight, int direction) {
        Rect a = area(stage);
        double zoom = view.zoom();
        double top = a.y() - TOP / zoom;
        double bottom = a.bottom() - (viewHeight - MARGIN) / zoom;
        if (bottom <= top) {
            return view;
        }
        double y = view.originY() + Math.signum(direction) * viewHeight * SCROLL_SHARE / zoom;
        // Down then Up adds and takes the same step; rounding must not leave the view a hair off its framed top.
        double hair = Math.ulp(Math.max(Math.abs(top), Math.abs(bottom))) * 64;
        y = Math.abs(y - top) <= hair ? top : Math.abs(y - bottom) <= hair ? bottom : y;
        return new View(zoom, view.originX(), Math.max(top, Math.min(bottom, y)));
    }

    /** The screen rectangles that dim every stage but the current one (none when there is no current stage). */
    static List<Rect> dimmed(MapLayout layout, String currentStageId, View view) {
        List<Rect> rects = new ArrayList<>();
        if (currentStageId == null) {
            return rects;
        }
        for (StageColumn stage : layout.stages()) {
            if (!stage.stageId().equals(currentStageId)) {
                Rect a = area(stage);
                rects.add(Rect.spanning(view.toScreenX(a.x()), view.toScreenY(a.y()), view.toScreenX(a.right()),
                        view.toScreenY(a.bottom())));
            }
        }
        return rects;
    }
}
