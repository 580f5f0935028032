package org.nineplus.render;

import java.util.List;

/**
 * Draws the emotion curve (zero line, scale, smooth curve, dots, the peak and end tags) and the links with their
 * arrowheads.
 */
final class LinePainter {

    static final double MARK_SIZE = 10;
    private static final double MARK_PAD = 5;

    private final TextMeasurer text = TextMeasurer.standard();
    private final Detail detail;

    LinePainter() {
        this(Detail.FULL);
    }

    LinePainter(Detail detail) {
        this.detail = detail;
    }

    void paintEmotion(EmotionCurve curve, LaneBand lane, Surface s, Viewport view) {
        Rect plot = curve.plot();
        double zero = curve.yFor(0);
        double left = Math.max(plot.x(), view.x());
        double right = Math.min(plot.right(), view.x() + view.width());
        if (left < right) {
            s.line(left, zero, right, zero, Palette.ZERO_LINE, Stroke.dashed(1));
        }
        double size = 10;
        for (int e : new int[] {3, 0, -3}) {
            String label = e > 0 ? "+" + e : e < 0 ? "\u2212" + (-e) : "0";
            double w = text.width(label, size, true);
            s.text(lane.titleCell().right() - 10 - w, curve.yFor(e) + text.ascent(size) / 2 - 1, label, size, true,
                    Palette.INK_SOFT);
        }
        for (List<Bezier> run : curve.runs()) {
            PathShape.Builder path = PathShape.builder();
            path.moveTo(run.get(0).start().x(), run.get(0).start().y());
            for (Bezier b : run) {
                path.cubicTo(b.control1().x(), b.control1().y(), b.control2().x(), b.control2().y(), b.end().x(),
                        b.end().y());
            }
            s.strokePath(path.build(), Palette.CURVE, Stroke.solid(2.5));
        }
        for (EmotionPoint p : curve.points()) {
            Rect dot = new Rect(p.at().x() - 6, p.at().y() - 6, 12, 12);
            if (!view.shows(dot)) {
                continue;
            }
            Rgb fill = p.emotion() > 0 ? Palette.CURVE_POSITIVE : p.emotion() < 0 ? Palette.CURVE_NEGATIVE
                    : Palette.CURVE_NEUTRAL;
            s.fillRoundRect(dot, 6, Palette.BACKGROUND);
            s.fillRoundRect(dot.inset(2, 2), 4, fill);
            String label = p.emotion() > 0 ? "+" + p.emotion() : p.emotion() < 0 ? "\u2212" + (-p.emotion()) : "0";
            double above = p.emotion() >= 0 ? -10 : 10 + text.ascent(10);
            s.text(p.at().x() + 9, p.at().y() + above, label, 10, true, Palette.INK_SOFT);
        }
    }

    /**
     * Marks the peak and the end stage on the curve with a small dark tag ("Peak", "End", or "Peak · End" when they
     * are one stage, in {@code words}) beside the point, on the side away from the value label; a stage without a
     * point gets none.
     */
    void paintPeakEnd(EmotionCurve curve, MapLabels words, String peakStageId, String endStageId, Surface s,
                      Viewport view) {
        if (peakStageId == null && endStageId == null) {
            return;
        }
        for (EmotionPoint p : curve.points()) {
            boolean peak = p.stageId().equals(peakStageId);
            boolean end = p.stageId().equals(endStageId);
            if (!peak && !end) {
                continue;
            }
            String label = words.peakEnd(peak, end);
            Rect tag = peakEndTag(curve, p, label);
            if (view.shows(tag)) {
                s.fillRoundRect(tag, tag.height() / 2, Palette.CURVE);
                s.text(tag.x() + MARK_PAD, tag.y() + (tag.height() + text.ascent(MARK_SIZE) - text.descent(MARK_SIZE))
                        / 2, label, MARK_SIZE, true, Palette.ON_BADGE);
            }
        }
    }

    /** The tag of a peak or end point: left of the dot, below it when the emotion is positive, else above. */
    Rect peakEndTag(EmotionCurve curve, EmotionPoint p, String label) {
        double w = text.width(label, MARK_SIZE, true) + 2 * MARK_PAD;
        double h = Math.ceil(text.lineHeight(MARK_SIZE) + 4);
        double x = p.at().x() - 8 - w;
        double y = p.emotion() > 0 ? p.at().y() + 4 : p.at().y() - 4 - h;
        y = Math.max(curve.plot().y() - 6, Math.min(curve.plot().bottom() + 6 - h, y));
        return new Rect(x, y, w, h);
    }

    void paintLink(LinkRoute link, Surface s, boolean selected) {
        Rgb colour = selected ? Palette.SELECTION : Palette.LINK;
        List<Point> points = link.points();
        // Stop the line at the arrow's base so its end does not poke out of the tip.
        Point tip = points.get(points.size() - 1);
        Point base = midpoint(link.arrowHead().get(1), link.arrowHead().get(2));
        List<Point> shaft = new java.util.ArrayList<>(points.subList(0, points.size() - 1));
        if (base.distanceTo(tip) < tip.distanceTo(points.get(points.size() - 2))) {
            shaft.add(base);
        } else {
            shaft.add(tip);
        }
        s.strokePath(PathShape.polyline(shaft), colour, Stroke.solid(selected ? 3 : 1.6));
        Point start = points.get(0);
        Rect dot = new Rect(start.x() - 3, start.y() - 3, 6, 6);
        if (detail.squareCorners(dot.height())) {
            // Zoomed far out the arrowhead and the start dot are a pixel or two: a square of each reads the same and
            // costs the screen a plain rectangle instead of an anti-aliased shape.
            s.fillRect(shrunk(bounds(link.arrowHead()), 0.5), colour);
            s.fillRect(shrunk(dot, Math.PI / 4), colour);
            return;
        }
        s.fillPath(PathShape.polygon(link.arrowHead()), colour);
        s.fillRoundRect(dot, 3, colour);
    }

    private static Rect bounds(List<Point> points) {
        double x1 = Double.MAX_VALUE;
        double y1 = Double.MAX_VALUE;
        double x2 = -Double.MAX_VALUE;
        double y2 = -Double.MAX_VALUE;
        for (Point p : points) {
            x1 = Math.min(x1, p.x());
            y1 = Math.min(y1, p.y());
            x2 = Math.max(x2, p.x());
            y2 = Math.max(y2, p.y());
        }
        return Rect.spanning(x1, y1, x2, y2);
    }

    /** The rectangle about its centre with the given fraction of its area (the shape's ink as a square). */
    private static Rect shrunk(Rect r, double areaFraction) {
        double k = Math.sqrt(areaFraction);
        double w = r.width() * k;
        double h = r.height() * k;
        return new Rect(r.centerX() - w / 2, r.centerY() - h / 2, w, h);
    }

    private static Point midpoint(Point a, Point b) {
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }
}
