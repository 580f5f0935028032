package org.nineplus.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.nineplus.render.Detail;
import org.nineplus.render.Java2DSurface;
import org.nineplus.render.MapLayout;
import org.nineplus.render.PaintState;
import org.nineplus.render.Painter;
import org.nineplus.render.Palette;
import org.nineplus.render.Viewport;

/**
 * Writes a journey map as a PNG at print resolution without ever holding the whole image: the image is painted in
 * horizontal bands (at most {@link #BAND_ROWS} rows) into one small buffer with {@link Java2DSurface}, each band's
 * rows going straight into the streaming {@link PngEncoder}. An A0 poster at 300 dpi (9,933 × 14,043 pixels) thus
 * needs about 20 MB of pixels, not 560 MB. The file records its resolution (pHYs) and is written atomically.
 */
public final class PngExporter {

    /** The most rows painted at once. */
    public static final int BAND_ROWS = 512;
    /** Pixels per band at most, so very wide images get shorter bands. */
    private static final int BAND_PIXELS = 8 << 20;
    /** zlib level: fast, as posters are mostly flat colour that compresses well at any level. */
    private static final int LEVEL = 4;

    /** The image size and the map-to-pixel transform these options give for the map. */
    public static RasterPlan plan(MapLayout layout, PngOptions options) {
        return RasterPlan.of(layout, options);
    }

    /**
     * Exports the map.
     *
     * @throws IllegalArgumentException when the image would be too large
     * @throws java.util.concurrent.CancellationException when progress asked to cancel; no file is written
     * @throws IOException when the file cannot be written
     */
    public void export(ExportSource source, PngOptions options, Path out, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(progress, "progress");
        MapLayout layout = source.layout();
        RasterPlan plan = plan(layout, options);
        progress.checkCancelled();
        AtomicOutput.write(out, stream -> {
            try (PngEncoder png = new PngEncoder(stream, plan.width(), plan.height(), plan.dpi(), LEVEL)) {
                paintBands(layout, source.paintState(), plan, png, progress);
                png.finish();
            }
        });
        progress.progress(1);
    }

    private static void paintBands(MapLayout layout, PaintState marks, RasterPlan plan, PngEncoder png,
                                   ExportProgress progress)
            throws IOException {
        int bandRows = Math.max(1, Math.min(BAND_ROWS, BAND_PIXELS / plan.width()));
        BufferedImage band = new BufferedImage(plan.width(), bandRows, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) band.getRaster().getDataBuffer()).getData();
        Color background = new Color(Palette.BACKGROUND.rgb());
        for (int top = 0; top < plan.height(); top += bandRows) {
            progress.checkCancelled();
            int rows = Math.min(bandRows, plan.height() - top);
            Graphics2D g = band.createGraphics();
            try {
                g.setColor(background);
                g.fillRect(0, 0, plan.width(), bandRows);
                Viewport view = visibleMap(layout, plan, top, rows);
                if (view != null) {
                    g.translate(plan.offsetX(), plan.offsetY() - top);
                    g.scale(plan.scale(), plan.scale());
                    // Real text unless a line would be under one pixel at the PNG's scale (PDF and SVG: always).
                    Painter.paint(layout, new Java2DSurface(g), view, marks,
                            Detail.raster(plan.scale()));
                }
            } finally {
                g.dispose();
            }
            png.writeRows(pixels, 0, plan.width(), rows);
            progress.progress(0.99 * (top + rows) / plan.height());
        }
    }

    /** The part of the map that falls in rows [top, top + rows), with two pixels to spare, or null if none. */
    private static Viewport visibleMap(MapLayout layout, RasterPlan plan, int top, int rows) {
        double s = plan.scale();
        double x0 = Math.max(0, (-2 - plan.offsetX()) / s);
        double x1 = Math.min(layout.width(), (plan.width() + 2 - plan.offsetX()) / s);
        double y0 = Math.max(0, (top - 2 - plan.offsetY()) / s);
        double y1 = Math.min(layout.height(), (top + rows + 2 - plan.offsetY()) / s);
        return x1 > x0 && y1 > y0 ? new Viewport(x0, y0, x1 - x0, y1 - y0) : null;
    }
}
