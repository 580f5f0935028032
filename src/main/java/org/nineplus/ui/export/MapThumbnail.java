package org.nineplus.ui.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.nineplus.export.ExportSource;
import org.nineplus.render.Java2DSurface;
import org.nineplus.render.MapLayout;
import org.nineplus.render.Painter;
import org.nineplus.render.Palette;
import org.nineplus.render.Viewport;

/**
 * A small picture of the whole map for the export dialog's preview, painted by the same painter as the exports.
 * {@link #paint} runs off the FX thread (Java2D into an ARGB buffer: the 5,000-card map takes about half a second,
 * too long for the FX thread); {@link #toImage} copies the pixels into a JavaFX image on the FX thread, so no
 * javafx-swing is needed.
 *
 * @param scale image pixels per map point
 */
record MapThumbnail(int width, int height, int[] argb, double scale) {

    /** Paints the map with its marks to fit within maxWidth × maxHeight pixels. Any thread. */
    static MapThumbnail paint(ExportSource source, int maxWidth, int maxHeight) {
        MapLayout layout = source.layout();
        double scale = Math.min(maxWidth / layout.width(), maxHeight / layout.height());
        int width = Math.max(1, (int) Math.ceil(layout.width() * scale));
        int height = Math.max(1, (int) Math.ceil(layout.height() * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(Palette.BACKGROUND.rgb()));
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            Painter.paint(layout, new Java2DSurface(g), Viewport.whole(layout), source.paintState());
        } finally {
            g.dispose();
        }
        return new MapThumbnail(width, height, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), scale);
    }

    /** The pixels as a JavaFX image. FX thread. */
    Image toImage() {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), argb, 0, width);
        return image;
    }
}
