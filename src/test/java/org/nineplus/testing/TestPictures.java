package org.nineplus.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Random;

import javax.imageio.ImageIO;

/** Persona pictures for tests: the hardest case for size is a 256 × 256 PNG of noise. */
public final class TestPictures {

    private TestPictures() {
    }

    /** A {@code data:image/png;base64,} value of side × side random opaque pixels (PNG cannot shrink noise). */
    public static String noisePng(int side, long seed) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(seed);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, 0xFF000000 | random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
