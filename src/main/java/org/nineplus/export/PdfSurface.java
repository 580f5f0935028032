package org.nineplus.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.nineplus.render.PathShape;
import org.nineplus.render.RasterImage;
import org.nineplus.render.Rect;
import org.nineplus.render.Rgb;
import org.nineplus.render.Stroke;
import org.nineplus.render.Surface;

/**
 * A {@link Surface} on a PDFBox page content stream: vectors, except persona pictures (lossless
 * images with their transparency). Map coordinates have y down; the
 * surface writes (x, −y), so the caller sets a transform with {@link #placeMap} that flips, scales and moves the map
 * onto the page while text stays upright. Text is shown in the embedded Liberation Sans subsets ({@link PdfFonts})
 * without kerning, as the layout measured it, so it is selectable and searchable. Colours with alpha go through
 * extended graphics states; rounded rectangles are Béziers; a clip is a saved graphics state and its restore the
 * matching restore.
 */
final class PdfSurface implements Surface {

    /** Bézier control distance for a quarter circle of radius 1. */
    private static final double KAPPA = 0.5522847498;
    private static final int CALLS_BETWEEN_CANCEL_CHECKS = 512;

    private final PDPageContentStream out;
    private final PdfFonts fonts;
    private final ExportProgress progress;
    private final Map<Integer, PDExtendedGraphicsState> fillAlphas = new HashMap<>();
    private final Map<Integer, PDExtendedGraphicsState> strokeAlphas = new HashMap<>();
    private final Deque<int[]> saved = new ArrayDeque<>();
    private final Map<RasterImage, PDImageXObject> images = new IdentityHashMap<>();
    private int fillAlpha = 255;
    private int strokeAlpha = 255;
    private int calls;

    PdfSurface(PDPageContentStream out, PdfFonts fonts, ExportProgress progress) {
        this.out = out;
        this.fonts = fonts;
        this.progress = progress;
    }

    /**
     * Sets the transform that puts map point (mapX, mapY) at page point (pageX, pageTop) (PDF coordinates, y up)
     * with scale page points per map point. Call it inside a saved graphics state.
     */
    static void placeMap(PDPageContentStream out, double scale, double mapX, double mapY, double pageX,
                         double pageTop) throws IOException {
        out.transform(new Matrix((float) scale, 0, 0, (float) scale, (float) (pageX - scale * mapX),
                (float) (pageTop + scale * mapY)));
    }

    @Override
    public void fillRect(Rect r, Rgb fill) {
        io(() -> {
            fill(fill);
            out.addRect((float) r.x(), (float) -r.bottom(), (float) r.width(), (float) r.height());
            out.fill();
        });
    }

    @Override
    public void strokeRect(Rect r, Rgb colour, Stroke stroke) {
        io(() -> {
            stroke(colour, stroke);
            out.addRect((float) r.x(), (float) -r.bottom(), (float) r.width(), (float) r.height());
            out.stroke();
        });
    }

    @Override
    public void fillRoundRect(Rect r, double radius, Rgb fill) {
        io(() -> {
            fill(fill);
            roundRect(r, radius);
            out.fill();
        });
    }

    @Override
    public void strokeRoundRect(Rect r, double radius, Rgb colour, Stroke stroke) {
        io(() -> {
            stroke(colour, stroke);
            roundRect(r, radius);
            out.stroke();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb colour, Stroke stroke) {
        io(() -> {
            stroke(colour, stroke);
            out.moveTo((float) x1, (float) -y1);
            out.lineTo((float) x2, (float) -y2);
            out.stroke();
        });
    }

    @Override
    public void fillPath(PathShape path, Rgb fill) {
        io(() -> {
            fill(fill);
            path(path);
            out.fill();
        });
    }

    @Override
    public void strokePath(PathShape path, Rgb colour, Stroke stroke) {
        io(() -> {
            stroke(colour, stroke);
            path(path);
            out.stroke();
        });
    }

    @Override
    public void text(double x, double baselineY, String text, double size, boolean bold, Rgb colour) {
        if (text.isEmpty()) {
            return;
        }
        io(() -> {
            fill(colour);
            out.beginText();
            out.setFont(fonts.font(bold), (float) size);
            out.setTextMatrix(Matrix.getTranslateInstance((float) x, (float) -baselineY));
            out.showText(fonts.printable(text, bold));
            out.endText();
        });
    }

    @Override
    public void drawImage(Rect r, RasterImage image) {
        io(() -> {
            PDImageXObject xobject = images.get(image);
            if (xobject == null) {
                xobject = LosslessFactory.createFromImage(fonts.document(), image.toBufferedImage());
                images.put(image, xobject);
            }
            // The map's transform keeps pictures upright: the image's unit square goes onto the rectangle.
            out.drawImage(xobject, new Matrix((float) r.width(), 0, 0, (float) r.height(), (float) r.x(),
                    (float) -r.bottom()));
        });
    }

    @Override
    public void clip(Rect r) {
        io(() -> {
            out.saveGraphicsState();
            saved.push(new int[] {fillAlpha, strokeAlpha});
            out.addRect((float) r.x(), (float) -r.bottom(), (float) r.width(), (float) r.height());
            out.clip();
        });
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            throw new IllegalStateException("restore without clip");
        }
        io(() -> {
            out.restoreGraphicsState();
            int[] state = saved.pop();
            fillAlpha = state[0];
            strokeAlpha = state[1];
        });
    }

    private void fill(Rgb c) throws IOException {
        out.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        if (c.alpha() != fillAlpha) {
            out.setGraphicsStateParameters(fillAlphas.computeIfAbsent(c.alpha(), a -> {
                PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                gs.setNonStrokingAlphaConstant(a / 255f);
                return gs;
            }));
            fillAlpha = c.alpha();
        }
    }

    private void stroke(Rgb c, Stroke stroke) throws IOException {
        out.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        if (c.alpha() != strokeAlpha) {
            out.setGraphicsStateParameters(strokeAlphas.computeIfAbsent(c.alpha(), a -> {
                PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                gs.setStrokingAlphaConstant(a / 255f);
                return gs;
            }));
            strokeAlpha = c.alpha();
        }
        out.setLineWidth((float) stroke.width());
        out.setLineJoinStyle(1);
        if (stroke.dashed()) {
            double[] pattern = stroke.dashPattern();
            out.setLineCapStyle(0);
            out.setLineDashPattern(new float[] {(float) pattern[0], (float) pattern[1]}, 0);
        } else {
            out.setLineCapStyle(1);
            out.setLineDashPattern(new float[0], 0);
        }
    }

    private void roundRect(Rect r, double radius) throws IOException {
        double rr = Math.max(0, Math.min(radius, Math.min(r.width(), r.height()) / 2));
        if (rr == 0) {
            out.addRect((float) r.x(), (float) -r.bottom(), (float) r.width(), (float) r.height());
            return;
        }
        double k = rr * KAPPA;
        double left = r.x();
        double right = r.right();
        double top = -r.y();
        double bottom = -r.bottom();
        out.moveTo((float) (left + rr), (float) top);
        out.lineTo((float) (right - rr), (float) top);
        out.curveTo((float) (right - rr + k), (float) top, (float) right, (float) (top - rr + k), (float) right,
                (float) (top - rr));
        out.lineTo((float) right, (float) (bottom + rr));
        out.curveTo((float) right, (float) (bottom + rr - k), (float) (right - rr + k), (float) bottom,
                (float) (right - rr), (float) bottom);
        out.lineTo((float) (left + rr), (float) bottom);
        out.curveTo((float) (left + rr - k), (float) bottom, (float) left, (float) (bottom + rr - k), (float) left,
                (float) (bottom + rr));
        out.lineTo((float) left, (float) (top - rr));
        out.curveTo((float) left, (float) (top - rr + k), (float) (left + rr - k), (float) top, (float) (left + rr),
                (float) top);
        out.closePath();
    }

    private void path(PathShape path) throws IOException {
        for (PathShape.Segment segment : path.segments()) {
            if (segment instanceof PathShape.MoveTo m) {
                out.moveTo((float) m.x(), (float) -m.y());
            } else if (segment instanceof PathShape.LineTo l) {
                out.lineTo((float) l.x(), (float) -l.y());
            } else if (segment instanceof PathShape.CubicTo c) {
                out.curveTo((float) c.c1x(), (float) -c.c1y(), (float) c.c2x(), (float) -c.c2y(), (float) c.x(),
                        (float) -c.y());
            } else {
                out.closePath();
            }
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private void io(IoAction action) {
        if (++calls % CALLS_BETWEEN_CANCEL_CHECKS == 0) {
            progress.checkCancelled();
        }
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
