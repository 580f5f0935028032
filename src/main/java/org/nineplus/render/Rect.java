package org.nineplus.render;

/** An axis-aligned rectangle in map coordinates (y down); width and height are never negative. */
public record Rect(double x, double y, double width, double height) {

    public Rect {
        if (width < 0 || height < 0 || Double.isNaN(width) || Double.isNaN(height)) {
            throw new IllegalArgumentException("negative or NaN size: " + width + " x " + height);
        }
    }

    /** The rectangle spanned by two corners in any order. */
    public static Rect spanning(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public Point center() {
        return new Point(centerX(), centerY());
    }

    /** Inclusive of the left and top edges, exclusive of the right and bottom ones. */
    public boolean contains(double px, double py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }

    /** Strictly inside: not on an edge. */
    public boolean containsInside(double px, double py) {
        return px > x && px < x + width && py > y && py < y + height;
    }

    /** True when the two share some area or touch. */
    public boolean intersects(Rect other) {
        return other.x <= right() && other.right() >= x && other.y <= bottom() && other.bottom() >= y;
    }

    /** True when the two share area (touching edges do not count). */
    public boolean overlaps(Rect other) {
        return other.x < right() && other.right() > x && other.y < bottom() && other.bottom() > y;
    }

    public Rect inset(double dx, double dy) {
        return new Rect(x + dx, y + dy, Math.max(0, width - 2 * dx), Math.max(0, height - 2 * dy));
    }

    public Rect union(Rect other) {
        return spanning(Math.min(x, other.x), Math.min(y, other.y), Math.max(right(), other.right()),
                Math.max(bottom(), other.bottom()));
    }
}
