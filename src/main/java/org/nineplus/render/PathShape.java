package org.nineplus.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A path of straight and cubic Bézier segments, built with {@link #builder()}; immutable once built. Surfaces
 * replay its {@link #segments()}.
 */
public final class PathShape {

    /** One step of a path. */
    public sealed interface Segment permits MoveTo, LineTo, CubicTo, Close {
    }

    public record MoveTo(double x, double y) implements Segment {
    }

    public record LineTo(double x, double y) implements Segment {
    }

    public record CubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) implements Segment {
    }

    public record Close() implements Segment {
    }

    private final List<Segment> segments;

    private PathShape(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    public List<Segment> segments() {
        return segments;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A closed polygon through the points. */
    public static PathShape polygon(List<Point> points) {
        Builder b = builder();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (i == 0) {
                b.moveTo(p.x(), p.y());
            } else {
                b.lineTo(p.x(), p.y());
            }
        }
        return b.close().build();
    }

    /** An open polyline through the points. */
    public static PathShape polyline(List<Point> points) {
        Builder b = builder();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (i == 0) {
                b.moveTo(p.x(), p.y());
            } else {
                b.lineTo(p.x(), p.y());
            }
        }
        return b.build();
    }

    /** Collects segments; a path must start with moveTo. */
    public static final class Builder {
        private final List<Segment> segments = new ArrayList<>();

        public Builder moveTo(double x, double y) {
            segments.add(new MoveTo(x, y));
            return this;
        }

        public Builder lineTo(double x, double y) {
            requireStart();
            segments.add(new LineTo(x, y));
            return this;
        }

        public Builder cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
            requireStart();
            segments.add(new CubicTo(c1x, c1y, c2x, c2y, x, y));
            return this;
        }

        public Builder close() {
            requireStart();
            segments.add(new Close());
            return this;
        }

        public PathShape build() {
            return new PathShape(segments);
        }

        private void requireStart() {
            if (segments.isEmpty()) {
                throw new IllegalStateException("a path starts with moveTo");
            }
        }
    }
}
