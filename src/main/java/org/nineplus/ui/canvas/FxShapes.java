package org.nineplus.ui.canvas;

import java.util.List;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Affine;

import org.nineplus.render.PathShape;
import org.nineplus.render.Rect;

/**
 * Cheaper ways for {@link FxSurface} to draw the same pixels. JavaFX's software pipeline rasterises every
 * anti-aliased shape (a path, a rounded rectangle, a line) over its whole bounding box, row by row, while a
 * rectangle on an axis-aligned transform is a fast fill with exact fractional edges. So:
 * <ul>
 * <li>a rounded rectangle (filled or outlined) is cut along two whole device-pixel rows into its rounded top, a
 * straight middle drawn as rectangles, and its rounded bottom: the pieces meet on pixel boundaries, so they neither
 * overlap nor leave a seam, and the union is the shape; a dashed outline continues its dashes from piece to piece;
 * <li>a path that is a plain rectangle over a run of rows (a card's accent stripe or shadow between its corners) is
 * filled only above and below the whole device-pixel rows of that run (clipped to them), with the rectangle between;
 * <li>an opaque, solid horizontal or vertical line, a polyline of such segments (a link) and a rectangle's outline
 * are one rectangle per segment or side, reaching half the width past each end (square ends and corners instead of round ones: under a pixel of
 * difference at the widths drawn).
 * </ul>
 * Each method draws and returns true, or draws nothing and returns false when the shortcut does not apply (the
 * transform is not a scale and translation, the shape is too small to cut, the colour or the layer is translucent
 * where pieces would overlap); the caller then draws the shape whole. The caller has set the paint, the width and
 * the dashes.
 */
final class FxShapes {

    /** Control-point distance of a cubic quarter circle, as a fraction of the radius. */
    private static final double KAPPA = 0.5522847498307933;

    private final GraphicsContext g;

    FxShapes(GraphicsContext g) {
        this.g = g;
    }

    /** A filled rounded rectangle as rounded top, rectangle, rounded bottom. */
    boolean fillRoundRect(Rect r, double radius) {
        double[] cut = cut(r, radius);
        if (cut == null) {
            return false;
        }
        // Top and bottom as two paths: one path of both parts would have the pipeline walk every row between them.
        g.beginPath();
        top(r, radius, cut[0]);
        g.closePath();
        g.fill();
        g.beginPath();
        bottom(r, radius, cut[1]);
        g.closePath();
        g.fill();
        g.fillRect(r.x(), cut[0], r.width(), cut[1] - cut[0]);
        return true;
    }

    /**
     * A filled path that is exactly the rectangle {@code plain} in its rows: the path clipped to the device rows
     * above the first whole row of {@code plain}, the rectangle over the whole rows, the path clipped to the rows
     * below. The pieces meet on pixel boundaries, so a translucent fill is blended once. The software pipeline
     * walks every row of a shape, so a tall, thin shape (a stripe, a shadow strip) costs mostly its rows.
     */
    boolean fillAroundPlainRows(Rect plain, Runnable tracePath) {
        Affine t = g.getTransform();
        if (plain == null || !axisAligned() || !(plain.width() > 0)) {
            return false;
        }
        double sy = t.getMyy();
        double ty = t.getTy();
        double top = Math.ceil(sy * plain.y() + ty);
        double bottom = Math.floor(sy * plain.bottom() + ty);
        if (bottom - top < 2) {
            return false;
        }
        if (top > 0) {
            clipRows(0, top);
            tracePath.run();
            g.fill();
            g.restore();
        }
        g.fillRect(plain.x(), (top - ty) / sy, plain.width(), (bottom - top) / sy);
        clipRows(Math.max(0, bottom), FAR);
        tracePath.run();
        g.fill();
        g.restore();
        return true;
    }

    /** Far outside any canvas, in device pixels. */
    private static final double FAR = 1 << 20;

    /**
     * Saves the state and clips to the device rows from y1 to y2 (whole pixels, not negative: the canvas takes only
     * such a rectangle as a plain clip rectangle, any other clip masks every shape drawn under it).
     */
    private void clipRows(double y1, double y2) {
        Affine t = g.getTransform();
        g.save();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.beginPath();
        g.rect(0, y1, FAR, y2 - y1);
        g.closePath();
        g.clip();
        g.setTransform(t);
    }

    /**
     * An outlined rounded rectangle as its rounded top and bottom (open paths with flat ends on the cut rows) and
     * the two straight sides between them: rectangles when solid, lines with the dash pattern carried on when dashed.
     */
    boolean strokeRoundRect(Rect r, double radius, double width, boolean dashed) {
        double[] cut = cut(r, radius);
        if (cut == null) {
            return false;
        }
        double top = cut[0];
        double bottom = cut[1];
        double side = bottom - top;
        double topLength = 2 * (top - r.y() - radius) + r.width() - 2 * radius + Math.PI * radius;
        double bottomLength = 2 * (r.bottom() - radius - bottom) + r.width() - 2 * radius + Math.PI * radius;
        StrokeLineCap cap = g.getLineCap();
        double offset = g.getLineDashOffset();
        g.setLineCap(StrokeLineCap.BUTT);
        if (!dashed) {
            g.beginPath();
            top(r, radius, top);
            g.stroke();
            g.beginPath();
            bottom(r, radius, bottom);
            g.stroke();
            g.setFill(g.getStroke());
            g.fillRect(r.x() - width / 2, top, width, side);
            g.fillRect(r.right() - width / 2, top, width, side);
            g.setLineCap(cap);
            return true;
        }
        // Dashed: top, right side, bottom, left side, each starting the pattern where the previous piece left it.
        g.beginPath();
        top(r, radius, top);
        g.stroke();
        g.setLineDashOffset(offset + topLength);
        g.strokeLine(r.right(), top, r.right(), bottom);
        g.setLineDashOffset(offset + topLength + side);
        g.beginPath();
        bottom(r, radius, bottom);
        g.stroke();
        g.setLineDashOffset(offset + topLength + side + bottomLength);
        g.strokeLine(r.x(), bottom, r.x(), top);
        g.setLineDashOffset(offset);
        g.setLineCap(cap);
        return true;
    }

    /** An opaque solid horizontal or vertical line as one rectangle, with square ends. */
    boolean line(double x1, double y1, double x2, double y2, double width) {
        if (!opaque() || (x1 != x2 && y1 != y2) || !axisAligned()) {
            return false;
        }
        segment(x1, y1, x2, y2, width);
        return true;
    }

    /**
     * An opaque solid rectangle outline as its four sides (square corners instead of round joins). Whole, the
     * outline's bounding box is rasterised: the whole view for the map's edge.
     */
    boolean strokeRect(Rect r, double width) {
        if (!opaque() || !axisAligned()) {
            return false;
        }
        segment(r.x(), r.y(), r.right(), r.y(), width);
        segment(r.x(), r.bottom(), r.right(), r.bottom(), width);
        segment(r.x(), r.y(), r.x(), r.bottom(), width);
        segment(r.right(), r.y(), r.right(), r.bottom(), width);
        return true;
    }

    /** An opaque solid open polyline of horizontal and vertical segments as one rectangle per segment. */
    boolean orthogonalPolyline(PathShape path, double width) {
        List<PathShape.Segment> segments = path.segments();
        if (!opaque() || segments.size() < 2 || !(segments.get(0) instanceof PathShape.MoveTo) || !axisAligned()) {
            return false;
        }
        for (int i = 1; i < segments.size(); i++) {
            if (!(segments.get(i) instanceof PathShape.LineTo l) || !straight(segments.get(i - 1), l)) {
                return false;
            }
        }
        g.setFill(g.getStroke());
        for (int i = 1; i < segments.size(); i++) {
            double[] a = end(segments.get(i - 1));
            PathShape.LineTo b = (PathShape.LineTo) segments.get(i);
            segment(a[0], a[1], b.x(), b.y(), width);
        }
        return true;
    }

    private void segment(double x1, double y1, double x2, double y2, double width) {
        double h = width / 2;
        g.setFill(g.getStroke());
        g.fillRect(Math.min(x1, x2) - h, Math.min(y1, y2) - h, Math.abs(x2 - x1) + width, Math.abs(y2 - y1) + width);
    }

    private static boolean straight(PathShape.Segment from, PathShape.LineTo to) {
        double[] a = end(from);
        return a[0] == to.x() || a[1] == to.y();
    }

    private static double[] end(PathShape.Segment s) {
        if (s instanceof PathShape.MoveTo m) {
            return new double[] {m.x(), m.y()};
        }
        PathShape.LineTo l = (PathShape.LineTo) s;
        return new double[] {l.x(), l.y()};
    }

    /** Pieces that overlap would blend twice where translucent. */
    private boolean opaque() {
        return g.getGlobalAlpha() >= 1 && g.getStroke() instanceof javafx.scene.paint.Color c && c.getOpacity() >= 1;
    }

    private boolean axisAligned() {
        Affine t = g.getTransform();
        return t.getMxy() == 0 && t.getMyx() == 0 && t.getMxx() > 0 && t.getMyy() > 0;
    }

    /**
     * The two map y values where a rounded rectangle is cut: the first whole device-pixel row at or below the end of
     * the top corners and the last at or above the start of the bottom ones; null if the shape cannot be cut there
     * (not on an axis-aligned scale, corners wider than the shape, or less than a pixel of straight sides).
     */
    private double[] cut(Rect r, double radius) {
        Affine t = g.getTransform();
        if (t.getMxy() != 0 || t.getMyx() != 0 || !(t.getMxx() > 0) || !(t.getMyy() > 0) || !(radius > 0)
                || r.width() < 2 * radius) {
            return null;
        }
        double sy = t.getMyy();
        double ty = t.getTy();
        double top = Math.ceil(sy * (r.y() + radius) + ty);
        double bottom = Math.floor(sy * (r.bottom() - radius) + ty);
        if (bottom - top < 1) {
            return null;
        }
        return new double[] {(top - ty) / sy, (bottom - ty) / sy};
    }

    /** From (left, cut) up the left side, round the top corners, down to (right, cut). */
    private void top(Rect r, double radius, double cut) {
        double x = r.x();
        double y = r.y();
        double right = r.right();
        double k = KAPPA * radius;
        g.moveTo(x, cut);
        g.lineTo(x, y + radius);
        g.bezierCurveTo(x, y + radius - k, x + radius - k, y, x + radius, y);
        g.lineTo(right - radius, y);
        g.bezierCurveTo(right - radius + k, y, right, y + radius - k, right, y + radius);
        g.lineTo(right, cut);
    }

    /** From (right, cut) down the right side, round the bottom corners, up to (left, cut). */
    private void bottom(Rect r, double radius, double cut) {
        double x = r.x();
        double b = r.bottom();
        double right = r.right();
        double k = KAPPA * radius;
        g.moveTo(right, cut);
        g.lineTo(right, b - radius);
        g.bezierCurveTo(right, b - radius + k, right - radius + k, b, right - radius, b);
        g.lineTo(x + radius, b);
        g.bezierCurveTo(x + radius - k, b, x, b - radius + k, x, b - radius);
        g.lineTo(x, cut);
    }
}
