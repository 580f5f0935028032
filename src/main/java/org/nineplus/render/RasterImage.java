package org.nineplus.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

/**
 * A small picture as raw pixels (ARGB, not premultiplied, row by row), so every {@link Surface} can draw it without
 * knowing where it came from. Immutable: the pixels are copied in and out.
 */
public final class RasterImage {

    private final int width;
    private final int height;
    private final int[] argb;
    private byte[] png;

    public RasterImage(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + " × " + height + " image needs " + width * height
                    + " pixels, not " + argb.length);
        }
        this.width = width;
        this.height = height;
        this.argb = argb.clone();
    }

    public static RasterImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new RasterImage(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** A copy of the pixels, ARGB row by row. */
    public int[] argb() {
        return argb.clone();
    }

    public int argb(int x, int y) {
        return argb[y * width + x];
    }

    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }

    /** The picture as a PNG file's bytes (made once). */
    public synchronized byte[] png() {
        if (png == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(toBufferedImage(), "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            png = out.toByteArray();
        }
        return png.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RasterImage other && other.width == width && other.height == height
                && Arrays.equals(other.argb, argb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(argb);
    }

    @Override
    public String toString() {
        return "RasterImage[" + width + " × " + height + "]";
    }
}
