package org.nineplus.render;

/** A point in map coordinates (points at 100% zoom, y down). */
public record Point(double x, double y) {

    public double distanceTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
