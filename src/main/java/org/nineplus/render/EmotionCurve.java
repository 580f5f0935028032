package org.nineplus.render;

import java.util.ArrayList;
import java.util.List;

import org.nineplus.model.Stage;

/**
 * The emotion curve in the EMOTION lane: one point per stage that has an emotion, at the column centre, with y
 * mapped from −3 (the bottom of the plot area) to +3 (its top). Runs of neighbouring stages with an emotion are
 * joined by a smooth curve (Catmull-Rom through the points, as cubic Béziers); a stage without an emotion breaks
 * the curve. {@link #yFor} and {@link #emotionAt} convert both ways, for drawing and for dragging a point.
 */
public record EmotionCurve(String laneId, Rect plot, List<EmotionPoint> points, List<List<Bezier>> runs) {

    public EmotionCurve {
        points = List.copyOf(points);
        runs = runs.stream().map(List::copyOf).toList();
    }

    /** The y of an emotion value (may be fractional; not clamped). */
    public double yFor(double emotion) {
        return yFor(plot, emotion);
    }

    /** The emotion at y, continuous and clamped to −3..+3. */
    public double emotionAt(double y) {
        double t = (plot.bottom() - y) / plot.height();
        double e = Stage.MIN_EMOTION + t * (Stage.MAX_EMOTION - Stage.MIN_EMOTION);
        return Math.max(Stage.MIN_EMOTION, Math.min(Stage.MAX_EMOTION, e));
    }

    /** The whole emotion value nearest to y, for a drag that drops a point. */
    public int snappedEmotionAt(double y) {
        return (int) Math.round(emotionAt(y));
    }

    static double yFor(Rect plot, double emotion) {
        double t = (emotion - Stage.MIN_EMOTION) / (double) (Stage.MAX_EMOTION - Stage.MIN_EMOTION);
        return plot.bottom() - t * plot.height();
    }

    /** Builds the curve from the stages' emotions and the column centres. */
    static EmotionCurve build(String laneId, Rect plot, List<Stage> stages, List<StageColumn> columns) {
        List<EmotionPoint> points = new ArrayList<>();
        List<List<Bezier>> runs = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Integer emotion = stages.get(i).emotion();
            if (emotion == null) {
                addRun(runs, run, plot);
                run = new ArrayList<>();
                continue;
            }
            Point p = new Point(columns.get(i).column().centerX(), yFor(plot, emotion));
            points.add(new EmotionPoint(stages.get(i).id(), i, emotion, p));
            run.add(p);
        }
        addRun(runs, run, plot);
        return new EmotionCurve(laneId, plot, points, runs);
    }

    private static void addRun(List<List<Bezier>> runs, List<Point> run, Rect plot) {
        if (run.size() < 2) {
            return;
        }
        List<Bezier> pieces = new ArrayList<>();
        for (int i = 0; i + 1 < run.size(); i++) {
            Point p0 = run.get(Math.max(0, i - 1));
            Point p1 = run.get(i);
            Point p2 = run.get(i + 1);
            Point p3 = run.get(Math.min(run.size() - 1, i + 2));
            // Catmull-Rom to Bézier; control points kept inside the plot so the curve never leaves the lane.
            Point c1 = new Point(p1.x() + (p2.x() - p0.x()) / 6, clampY(p1.y() + (p2.y() - p0.y()) / 6, plot));
            Point c2 = new Point(p2.x() - (p3.x() - p1.x()) / 6, clampY(p2.y() - (p3.y() - p1.y()) / 6, plot));
            pieces.add(new Bezier(p1, c1, c2, p2));
        }
        runs.add(pieces);
    }

    private static double clampY(double y, Rect plot) {
        return Math.max(plot.y(), Math.min(plot.bottom(), y));
    }
}
