package org.nineplus.render;

/** One cubic Bézier piece of a smooth curve. */
public record Bezier(Point start, Point control1, Point control2, Point end) {

    /** The point at parameter t in 0..1. */
    public Point at(double t) {
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new Point(a * start.x() + b * control1.x() + c * control2.x() + d * end.x(),
                a * start.y() + b * control1.y() + c * control2.y() + d * end.y());
    }
}
