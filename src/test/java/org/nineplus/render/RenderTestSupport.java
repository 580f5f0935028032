package org.nineplus.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Paints a layout into an image with {@link Java2DSurface}, as the PNG export will. */
final class RenderTestSupport {

    private RenderTestSupport() {
    }

    static BufferedImage paint(MapLayout layout, double scale) {
        int w = (int) Math.ceil(layout.width() * scale);
        int h = (int) Math.ceil(layout.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            Painter.paint(layout, new Java2DSurface(g), Viewport.whole(layout));
        } finally {
            g.dispose();
        }
        return image;
    }
}
