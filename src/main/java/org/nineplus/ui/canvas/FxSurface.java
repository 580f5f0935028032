package org.nineplus.ui.canvas;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;

import org.nineplus.render.PathShape;
import org.nineplus.render.RasterImage;
import org.nineplus.render.Rect;
import org.nineplus.render.Rgb;
import org.nineplus.render.Stamp;
import org.nineplus.render.Stroke;
import org.nineplus.render.Surface;

/**
 * A {@link Surface} on a JavaFX canvas. The caller sets the zoom and pan as the graphics' transform, so shapes and
 * glyphs are rasterised at their real size on screen and text stays sharp at every zoom. Text is drawn in the bundled
 * font ({@link MapFonts}) at alphabetic baseline, left-aligned, as the layout placed it.
 */
final class FxSurface implements Surface {

    private final GraphicsContext g;
    private final MapFonts fonts;
    private final FxShapes shapes;
    private int clipDepth;
    /** The last picture drawn and its JavaFX copy, so a repaint does not copy the pixels again. */
    private RasterImage lastImage;
    private WritableImage lastFx;

    /** Pictures of stamps, or null to draw every stamp as shapes. */
    private final StampPictures pictures;
    /** Device pixels per unit of the canvas's coordinates (the screen's output scale). */
    private final double outputScale;

    FxSurface(GraphicsContext graphics, MapFonts fonts) {
        this(graphics, fonts, null, 1);
    }

    /** A surface that draws stamps from {@code pictures} on a canvas shown at {@code outputScale}. */
    FxSurface(GraphicsContext graphics, MapFonts fonts, StampPictures pictures, double outputScale) {
        this.g = graphics;
        this.fonts = fonts;
        this.pictures = pictures;
        this.outputScale = outputScale;
        this.shapes = new FxShapes(graphics);
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }

    @Override
    public void fillRect(Rect r, Rgb fill) {
        g.setFill(colour(fill));
        g.fillRect(r.x(), r.y(), r.width(), r.height());
    }

    @Override
    public void strokeRect(Rect r, Rgb colour, Stroke stroke) {
        use(colour, stroke);
        if (stroke.dashed() || !shapes.strokeRect(r, stroke.width())) {
            g.strokeRect(r.x(), r.y(), r.width(), r.height());
        }
    }

    @Override
    public void fillRoundRect(Rect r, double radius, Rgb fill) {
        g.setFill(colour(fill));
        if (!shapes.fillRoundRect(r, radius)) {
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 2 * radius, 2 * radius);
        }
    }

    @Override
    public void strokeRoundRect(Rect r, double radius, Rgb colour, Stroke stroke) {
        use(colour, stroke);
        if (!shapes.strokeRoundRect(r, radius, stroke.width(), stroke.dashed())) {
            g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 2 * radius, 2 * radius);
        }
    }

    /**
     * The stamp's picture, at the device pixel nearest its corner, when there is one (the graphics only zoomed and
     * panned); otherwise its shapes.
     */
    @Override
    public void stamp(double x, double y, Stamp stamp) {
        Affine t = g.getTransform();
        double z = t.getMxx();
        if (pictures == null || t.getMxy() != 0 || t.getMyx() != 0 || z <= 0 || z != t.getMyy()) {
            stamp.paint(x, y, this);
            return;
        }
        StampPictures.Picture picture = pictures.find(stamp, z * outputScale);
        if (picture == null) {
            stamp.paint(x, y, this);
            return;
        }
        double left = Math.round((z * x + t.getTx()) * outputScale) - picture.originX();
        double top = Math.round((z * y + t.getTy()) * outputScale) - picture.originY();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setImageSmoothing(false);
        g.drawImage(picture.image(), left / outputScale, top / outputScale, picture.image().getWidth() / outputScale,
                picture.image().getHeight() / outputScale);
        g.setTransform(t);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb colour, Stroke stroke) {
        use(colour, stroke);
        if (stroke.dashed() || !shapes.line(x1, y1, x2, y2, stroke.width())) {
            g.strokeLine(x1, y1, x2, y2);
        }
    }

    @Override
    public void fillPath(PathShape path, Rgb fill) {
        g.setFill(colour(fill));
        trace(path);
        g.fill();
    }

    @Override
    public void fillPath(PathShape path, Rgb fill, Rect plain) {
        g.setFill(colour(fill));
        if (!shapes.fillAroundPlainRows(plain, () -> trace(path))) {
            trace(path);
            g.fill();
        }
    }

    @Override
    public void strokePath(PathShape path, Rgb colour, Stroke stroke) {
        use(colour, stroke);
        if (stroke.dashed() || !shapes.orthogonalPolyline(path, stroke.width())) {
            trace(path);
            g.stroke();
        }
    }

    @Override
    public void text(double x, double baselineY, String text, double size, boolean bold, Rgb colour) {
        if (text.isEmpty()) {
            return;
        }
        g.setFill(colour(colour));
        g.setFont(fonts.font(size, bold));
        g.fillText(text, x, baselineY);
    }

    @Override
    public void drawImage(Rect r, RasterImage image) {
        if (image != lastImage) {
            WritableImage fx = new WritableImage(image.width(), image.height());
            fx.getPixelWriter().setPixels(0, 0, image.width(), image.height(), PixelFormat.getIntArgbInstance(),
                    image.argb(), 0, image.width());
            lastImage = image;
            lastFx = fx;
        }
        g.setImageSmoothing(true);
        g.drawImage(lastFx, r.x(), r.y(), r.width(), r.height());
    }

    @Override
    public void clip(Rect r) {
        g.save();
        // The clip is traced in device pixels, snapped outward to whole pixels: the canvas renders an axis-aligned,
        // pixel-aligned rectangle as a plain clip rectangle, where any other clip makes it draw every later shape
        // through a mask (many times slower in the software pipeline).
        Affine t = g.getTransform();
        if (t.getMxy() == 0 && t.getMyx() == 0 && t.getMxx() > 0 && t.getMyy() > 0) {
            double x1 = Math.floor(t.getMxx() * r.x() + t.getTx());
            double y1 = Math.floor(t.getMyy() * r.y() + t.getTy());
            double x2 = Math.ceil(t.getMxx() * r.right() + t.getTx());
            double y2 = Math.ceil(t.getMyy() * r.bottom() + t.getTy());
            g.setTransform(1, 0, 0, 1, 0, 0);
            g.beginPath();
            g.rect(x1, y1, x2 - x1, y2 - y1);
            g.closePath();
            g.clip();
            g.setTransform(t);
        } else {
            g.beginPath();
            g.rect(r.x(), r.y(), r.width(), r.height());
            g.closePath();
            g.clip();
        }
        clipDepth++;
    }

    @Override
    public void restore() {
        if (clipDepth == 0) {
            throw new IllegalStateException("restore without clip");
        }
        clipDepth--;
        g.restore();
    }

    /** A filled circle, for handles and curve points drawn over the map. */
    void fillCircle(double cx, double cy, double radius, Rgb fill) {
        g.setFill(colour(fill));
        g.fillArc(cx - radius, cy - radius, 2 * radius, 2 * radius, 0, 360, ArcType.ROUND);
    }

    void strokeCircle(double cx, double cy, double radius, Rgb colour, Stroke stroke) {
        use(colour, stroke);
        g.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
    }

    /** Multiplies the opacity of what follows (1 = opaque), for drag previews. */
    void setAlpha(double alpha) {
        g.setGlobalAlpha(alpha);
    }

    private void trace(PathShape path) {
        trace(g, path);
    }

    /** Begins a new path on {@code g} and traces {@code path} into it (not filled or stroked yet). */
    static void trace(GraphicsContext g, PathShape path) {
        g.beginPath();
        for (PathShape.Segment segment : path.segments()) {
            if (segment instanceof PathShape.MoveTo m) {
                g.moveTo(m.x(), m.y());
            } else if (segment instanceof PathShape.LineTo l) {
                g.lineTo(l.x(), l.y());
            } else if (segment instanceof PathShape.CubicTo c) {
                g.bezierCurveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x(), c.y());
            } else {
                g.closePath();
            }
        }
    }

    private void use(Rgb colour, Stroke stroke) {
        g.setStroke(colour(colour));
        g.setLineWidth(stroke.width());
        if (stroke.dashed()) {
            g.setLineCap(StrokeLineCap.BUTT);
            g.setLineDashes(stroke.dashPattern());
        } else {
            g.setLineCap(StrokeLineCap.ROUND);
            g.setLineDashes((double[]) null);
        }
    }

    /**
     * The JavaFX colour, one object per colour: a paint made for every shape costs an allocation, and the canvas
     * records a paint change only when the object differs from the current one.
     */
    static Color colour(Rgb c) {
        Color known = COLOURS.get(c);
        if (known == null) {
            if (COLOURS.size() > MAX_COLOURS) {
                COLOURS.clear();
            }
            known = Color.rgb(c.red(), c.green(), c.blue(), c.alpha() / 255.0);
            COLOURS.put(c, known);
        }
        return known;
    }

    /** Colours seen so far (the palette's and the tints'); far more than a map uses. */
    private static final int MAX_COLOURS = 4096;
    private static final Map<Rgb, Color> COLOURS = new ConcurrentHashMap<>();
}
