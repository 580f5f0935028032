package org.nineplus.ui.canvas;

import org.nineplus.render.Rect;

/**
 * Zoom and pan of the canvas as plain arithmetic: screen = (map − origin) × zoom, where origin is the map point at
 * the top-left corner of the view. Mutable, FX-free, so it is tested without a window.
 */
final class CanvasTransform {

    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 4.0;
    /** One step of zoom in or out (keys, toolbar). */
    static final double STEP = 1.25;
    /** Room around the map when it is zoomed to fit, in screen pixels. */
    static final double FIT_MARGIN = 16;

    private double zoom = 1;
    private double originX;
    private double originY;

    double zoom() {
        return zoom;
    }

    double originX() {
        return originX;
    }

    double originY() {
        return originY;
    }

    double toScreenX(double mapX) {
        return (mapX - originX) * zoom;
    }

    double toScreenY(double mapY) {
        return (mapY - originY) * zoom;
    }

    double toMapX(double screenX) {
        return originX + screenX / zoom;
    }

    double toMapY(double screenY) {
        return originY + screenY / zoom;
    }

    /** A map length in screen pixels. */
    double toScreen(double mapLength) {
        return mapLength * zoom;
    }

    /** A screen length (e.g. a pick tolerance in pixels) in map units. */
    double toMap(double screenLength) {
        return screenLength / zoom;
    }

    Rect toScreen(Rect map) {
        return new Rect(toScreenX(map.x()), toScreenY(map.y()), toScreen(map.width()), toScreen(map.height()));
    }

    /** The part of the map a view of this size shows. */
    Rect visible(double viewWidth, double viewHeight) {
        return new Rect(originX, originY, Math.max(0, viewWidth) / zoom, Math.max(0, viewHeight) / zoom);
    }

    static double clampZoom(double value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }

    /** Zooms so that the map point under (screenX, screenY) stays under it. Returns whether the zoom changed. */
    boolean zoomAt(double newZoom, double screenX, double screenY) {
        double z = clampZoom(newZoom);
        if (z == zoom) {
            return false;
        }
        double mapX = toMapX(screenX);
        double mapY = toMapY(screenY);
        zoom = z;
        originX = mapX - screenX / z;
        originY = mapY - screenY / z;
        return true;
    }

    /** Moves the view by a screen distance: dragging the map right by dx shows what lay to its left. */
    void panBy(double screenDx, double screenDy) {
        originX -= screenDx / zoom;
        originY -= screenDy / zoom;
    }

    void set(double zoom, double originX, double originY) {
        this.zoom = clampZoom(zoom);
        this.originX = originX;
        this.originY = originY;
    }

    /**
     * Pans the least distance that brings the map rectangle (plus a margin) wholly into a view of this size; a
     * rectangle larger than the view gets its top left corner in view. Returns whether the view moved.
     */
    boolean reveal(Rect target, double viewWidth, double viewHeight, double margin) {
        Rect view = visible(viewWidth, viewHeight);
        Rect wanted = target.inset(-margin / zoom, -margin / zoom);
        double dx = shift(wanted.x(), wanted.right(), view.x(), view.right());
        double dy = shift(wanted.y(), wanted.bottom(), view.y(), view.bottom());
        originX += dx;
        originY += dy;
        return dx != 0 || dy != 0;
    }

    private static double shift(double from, double to, double viewFrom, double viewTo) {
        if (to - from > viewTo - viewFrom || from < viewFrom) {
            return from - viewFrom;
        }
        return to > viewTo ? to - viewTo : 0;
    }

    /** The whole map in view, centred, with a small margin; never beyond the zoom range. */
    void fit(double mapWidth, double mapHeight, double viewWidth, double viewHeight) {
        double w = Math.max(1, viewWidth - 2 * FIT_MARGIN);
        double h = Math.max(1, viewHeight - 2 * FIT_MARGIN);
        double z = clampZoom(Math.min(w / Math.max(1, mapWidth), h / Math.max(1, mapHeight)));
        zoom = z;
        originX = mapWidth / 2 - viewWidth / 2 / z;
        originY = mapHeight / 2 - viewHeight / 2 / z;
    }

    /**
     * Keeps some of the map in view: the centre of the view may not leave the map, so the facilitator never pans into
     * an empty void and loses the map. A map smaller than the view may sit anywhere with its middle in view.
     */
    void constrain(double mapWidth, double mapHeight, double viewWidth, double viewHeight) {
        double halfW = viewWidth / 2 / zoom;
        double halfH = viewHeight / 2 / zoom;
        originX = Math.max(-halfW, Math.min(mapWidth - halfW, originX));
        originY = Math.max(-halfH, Math.min(mapHeight - halfH, originY));
    }

    /** The next zoom step up or down from the current zoom, snapping to 100 % when a step passes it. */
    double stepped(boolean in) {
        double next = in ? zoom * STEP : zoom / STEP;
        if ((zoom < 1 && next > 1) || (zoom > 1 && next < 1)) {
            next = 1;
        }
        return clampZoom(next);
    }
}
