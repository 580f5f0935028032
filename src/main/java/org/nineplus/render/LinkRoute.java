package org.nineplus.render;

import java.util.List;

/**
 * A link drawn as an orthogonal polyline from the edge of one card to the edge of the other, with the arrowhead at
 * the target as a triangle (tip first).
 */
public record LinkRoute(int linkIndex, String fromCardId, String toCardId, List<Point> points,
                        List<Point> arrowHead, Rect bounds) {

    public LinkRoute {
        points = List.copyOf(points);
        arrowHead = List.copyOf(arrowHead);
    }

    /** The shortest distance from (x, y) to the polyline. */
    public double distanceTo(double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < points.size(); i++) {
            best = Math.min(best, segmentDistance(points.get(i - 1), points.get(i), x, y));
        }
        return best;
    }

    static double segmentDistance(Point a, Point b, double x, double y) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / len2));
        return Math.hypot(a.x() + t * dx - x, a.y() + t * dy - y);
    }
}
