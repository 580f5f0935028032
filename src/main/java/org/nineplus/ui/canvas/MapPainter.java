package org.nineplus.ui.canvas;

import java.util.function.UnaryOperator;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.stage.Window;

import org.nineplus.render.CardBox;
import org.nineplus.render.CellHit;
import org.nineplus.render.Detail;
import org.nineplus.render.MapLayout;
import org.nineplus.render.PaintState;
import org.nineplus.render.Painter;
import org.nineplus.render.Palette;
import org.nineplus.render.Rect;
import org.nineplus.render.Rgb;
import org.nineplus.render.Stroke;
import org.nineplus.render.Surface;
import org.nineplus.render.Viewport;

/**
 * Paints the view's two layers: the base (the part of the map inside the view through the shared {@link Painter} at
 * the current zoom and pan, with a level of detail for the zoom, the grey desk around the map and the link handles)
 * and the preview layer above it (the palette's drop target, the gesture's preview).
 */
final class MapPainter {

    static final Rgb DESK = Rgb.hex(0xE4E7EB);
    static final Rgb MAP_EDGE = Rgb.hex(0xBAC3CC);
    /** Radius of a card's link handle, in screen pixels, and at most in map units (so it never hides a card). */
    static final double HANDLE_RADIUS = 7;
    static final double HANDLE_MAX_MAP_RADIUS = 9;

    /** What the painter asks of the input: handles to show and the gesture's own drawing. */
    interface Overlays {
        Iterable<CardBox> handleCards(MapLayout layout);

        void paintOver(FxSurface surface, CanvasTransform transform);

        /** Whether a gesture has a preview to draw. */
        boolean hasPreview();

        /** Where the gesture's preview draws, in map units, or null for anywhere in the view. */
        Rect previewBounds(MapLayout layout);
    }

    /** Whether the last {@link #paintPreviews} left anything on the preview canvas. */
    private boolean previewsShown;
    /** How many times the preview layer was redrawn. */
    private int previewPaints;

    private final MapFonts fonts = new MapFonts();
    private final StampPictures pictures = new StampPictures(fonts);
    private UnaryOperator<Surface> wrapper = UnaryOperator.identity();

    void setWrapper(UnaryOperator<Surface> value) {
        wrapper = value == null ? UnaryOperator.identity() : value;
    }

    /**
     * The base layer: desk, the visible part of the map with the state's selection, hover and decorations (at a level
     * of detail for the zoom), and the link handles.
     */
    void paintBase(Canvas canvas, MapLayout layout, CanvasTransform t, PaintState state, Iterable<CardBox> handles) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setGlobalAlpha(1);
        g.setFill(FxSurface.colour(DESK));
        fillDesk(g, w, h, t, layout.bounds());
        if (w <= 0 || h <= 0) {
            return;
        }
        double z = t.zoom();
        g.setTransform(z, 0, 0, z, -t.originX() * z, -t.originY() * z);
        pictures.newPaint();
        FxSurface surface = new FxSurface(g, fonts, pictures, outputScale(canvas));
        Rect visible = t.visible(w, h);
        Rect map = layout.bounds();
        Rect shown = intersection(visible, map);
        if (shown != null) {
            surface.strokeRect(map.inset(-0.5 / z, -0.5 / z), MAP_EDGE, Stroke.solid(1 / z));
            Painter.paint(layout, wrapper.apply(surface), Viewport.of(shown), state, Detail.screen(z));
        }
        double r = handleRadius(t);
        for (CardBox card : handles) {
            Rect c = card.rect();
            if (visible.intersects(c)) {
                surface.fillCircle(c.right(), c.centerY(), r, Palette.SELECTION);
                surface.fillCircle(c.right(), c.centerY(), r * 0.45, Palette.CARD_FILL);
            }
        }
        g.setGlobalAlpha(1);
    }

    /**
     * The preview layer: cleared, then the palette's drop target (if any) and the gesture's preview. The layer's
     * canvas covers only the preview's bounds (in the view of {@code viewWidth} x {@code viewHeight}), so the
     * software pipeline composites a small texture over the base, not a view-sized one; empty, it is hidden. Skipped
     * when there is nothing to draw and nothing to clear, unless {@code force}.
     */
    void paintPreviews(Canvas canvas, double viewWidth, double viewHeight, MapLayout layout, CanvasTransform t,
                       CellHit dropTarget, Overlays overlays, boolean force) {
        boolean draws = dropTarget != null || overlays.hasPreview();
        if (!draws && !previewsShown && !force) {
            return;
        }
        previewPaints++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setGlobalAlpha(1);
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        previewsShown = draws;
        canvas.setVisible(draws);
        if (!draws || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        double z = t.zoom();
        Rect area = new Rect(0, 0, viewWidth, viewHeight);
        Rect bounds = overlays.previewBounds(layout);
        if (bounds != null && dropTarget != null) {
            Rect cell = layout.cell(dropTarget.stageId(), dropTarget.laneId()).map(c -> c.rect()).orElse(null);
            bounds = cell == null ? bounds : bounds.union(cell.inset(-6, -6));
        } else if (bounds == null && !overlays.hasPreview() && dropTarget != null) {
            bounds = layout.cell(dropTarget.stageId(), dropTarget.laneId()).map(c -> c.rect().inset(-6, -6))
                    .orElse(null);
        }
        if (bounds != null) {
            double x1 = Math.max(0, Math.floor(t.toScreenX(bounds.x())) - PREVIEW_MARGIN);
            double y1 = Math.max(0, Math.floor(t.toScreenY(bounds.y())) - PREVIEW_MARGIN);
            double x2 = Math.min(viewWidth, Math.ceil(t.toScreenX(bounds.right())) + PREVIEW_MARGIN);
            double y2 = Math.min(viewHeight, Math.ceil(t.toScreenY(bounds.bottom())) + PREVIEW_MARGIN);
            area = x2 > x1 && y2 > y1 ? new Rect(x1, y1, x2 - x1, y2 - y1) : new Rect(0, 0, 1, 1);
        }
        canvas.relocate(area.x(), area.y());
        if (canvas.getWidth() != area.width() || canvas.getHeight() != area.height()) {
            canvas.setWidth(area.width());
            canvas.setHeight(area.height());
        }
        g.clearRect(0, 0, area.width(), area.height());
        g.setTransform(z, 0, 0, z, -t.originX() * z - area.x(), -t.originY() * z - area.y());
        pictures.newPaint();
        FxSurface surface = new FxSurface(g, fonts, pictures, outputScale(canvas));
        if (dropTarget != null) {
            Painter.paintDropTarget(layout, dropTarget, surface, true);
        }
        overlays.paintOver(surface, t);
        g.setGlobalAlpha(1);
    }

    /**
     * The desk around the map: the whole view less the pixels the map's background covers whole (the map paints
     * those opaquely), so the software pipeline does not fill most of the view twice. Pixels on the map's edge get
     * the desk under the map's anti-aliased edge, as before.
     */
    private static void fillDesk(GraphicsContext g, double w, double h, CanvasTransform t, Rect map) {
        double x1 = Math.max(0, Math.ceil(t.toScreenX(map.x())));
        double y1 = Math.max(0, Math.ceil(t.toScreenY(map.y())));
        double x2 = Math.min(w, Math.floor(t.toScreenX(map.right())));
        double y2 = Math.min(h, Math.floor(t.toScreenY(map.bottom())));
        if (x2 <= x1 || y2 <= y1) {
            g.fillRect(0, 0, w, h);
            return;
        }
        g.fillRect(0, 0, w, y1);
        g.fillRect(0, y2, w, h - y2);
        g.fillRect(0, y1, x1, y2 - y1);
        g.fillRect(x2, y1, w - x2, y2 - y1);
    }

    /** Screen pixels added around a preview's bounds (strokes, anti-aliasing). */
    static final double PREVIEW_MARGIN = 4;

    /** The handle's radius in map units at the current zoom. */
    static double handleRadius(CanvasTransform t) {
        return Math.min(t.toMap(HANDLE_RADIUS), HANDLE_MAX_MAP_RADIUS);
    }

    /** The scale the canvas is shown at on its window's screen (2 on a HiDPI screen), 1 outside a window. */
    private static double outputScale(Canvas canvas) {
        Window window = canvas.getScene() == null ? null : canvas.getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getRenderScaleX());
    }

    int previewPaints() {
        return previewPaints;
    }

    /** The pictures of stamps (card frames, badges) the base and the previews draw. */
    StampPictures pictures() {
        return pictures;
    }

    MapFonts fonts() {
        return fonts;
    }

    private static Rect intersection(Rect a, Rect b) {
        double x1 = Math.max(a.x(), b.x());
        double y1 = Math.max(a.y(), b.y());
        double x2 = Math.min(a.right(), b.right());
        double y2 = Math.min(a.bottom(), b.bottom());
        return x2 > x1 && y2 > y1 ? Rect.spanning(x1, y1, x2, y2) : null;
    }
}
