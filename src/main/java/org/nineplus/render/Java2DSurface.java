package org.nineplus.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Surface} on a Java2D {@link Graphics2D}: antialiased shapes and text, fractional text metrics (as
 * {@link TextMeasurer} measures), the bundled font. Works headless; the PNG export draws through it. The caller owns
 * the graphics and may scale it first (e.g. for 300 dpi).
 */
public final class Java2DSurface implements Surface {

    private final Graphics2D g;
    private final Deque<Shape> clips = new ArrayDeque<>();
    private final Map<Double, Font> regularFonts = new HashMap<>();
    private final Map<Double, Font> boldFonts = new HashMap<>();
    /** The last picture drawn and its Java2D copy: a header draws the same one on every band. */
    private RasterImage lastImage;
    private BufferedImage lastBuffered;

    public Java2DSurface(Graphics2D graphics) {
        this.g = graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void fillRect(Rect r, Rgb fill) {
        g.setColor(colour(fill));
        g.fill(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void strokeRect(Rect r, Rgb colour, Stroke stroke) {
        use(colour, stroke);
        g.draw(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void fillRoundRect(Rect r, double radius, Rgb fill) {
        g.setColor(colour(fill));
        g.fill(new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * radius, 2 * radius));
    }

    @Override
    public void strokeRoundRect(Rect r, double radius, Rgb colour, Stroke stroke) {
        use(colour, stroke);
        g.draw(new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * radius, 2 * radius));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb colour, Stroke stroke) {
        use(colour, stroke);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillPath(PathShape path, Rgb fill) {
        g.setColor(colour(fill));
        g.fill(toPath(path));
    }

    @Override
    public void strokePath(PathShape path, Rgb colour, Stroke stroke) {
        use(colour, stroke);
        g.draw(toPath(path));
    }

    @Override
    public void text(double x, double baselineY, String text, double size, boolean bold, Rgb colour) {
        if (text.isEmpty()) {
            return;
        }
        g.setColor(colour(colour));
        g.setFont(font(size, bold));
        g.drawString(text, (float) x, (float) baselineY);
    }

    @Override
    public void drawImage(Rect r, RasterImage image) {
        if (image != lastImage) {
            lastImage = image;
            lastBuffered = image.toBufferedImage();
        }
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform place = new AffineTransform(r.width() / image.width(), 0, 0, r.height() / image.height(),
                r.x(), r.y());
        g.drawImage(lastBuffered, place, null);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }

    @Override
    public void clip(Rect r) {
        clips.push(g.getClip() == null ? NO_CLIP : g.getClip());
        g.clip(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void restore() {
        if (clips.isEmpty()) {
            throw new IllegalStateException("restore without clip");
        }
        Shape previous = clips.pop();
        g.setClip(previous == NO_CLIP ? null : previous);
    }

    private static final Shape NO_CLIP = new Rectangle2D.Double();

    private Font font(double size, boolean bold) {
        return (bold ? boldFonts : regularFonts).computeIfAbsent(size, k -> MapFont.face(bold).deriveFont((float) size));
    }

    private void use(Rgb colour, Stroke stroke) {
        g.setColor(colour(colour));
        g.setStroke(stroke.dashed()
                ? new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        toFloats(stroke.dashPattern()), 0f)
                : new BasicStroke((float) stroke.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    private static Color colour(Rgb c) {
        return new Color(c.red(), c.green(), c.blue(), c.alpha());
    }

    private static Path2D toPath(PathShape path) {
        Path2D.Double p = new Path2D.Double();
        for (PathShape.Segment segment : path.segments()) {
            if (segment instanceof PathShape.MoveTo m) {
                p.moveTo(m.x(), m.y());
            } else if (segment instanceof PathShape.LineTo l) {
                p.lineTo(l.x(), l.y());
            } else if (segment instanceof PathShape.CubicTo c) {
                p.curveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x(), c.y());
            } else {
                p.closePath();
            }
        }
        return p;
    }
}
