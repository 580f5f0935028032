package org.nineplus.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Comparing two frames of ARGB pixels, for the canvas tests that check a cheaper way draws the same picture. */
final class Pixels {

    private Pixels() {
    }

    /** A snapshot of the canvas as ARGB pixels, row by row (call on the FX thread). */
    static int[] of(Canvas canvas) {
        WritableImage image = canvas.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    /** The largest difference of any colour channel (red, green or blue) between the same pixel of two frames. */
    static int maxDifference(int[] a, int[] b) {
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                max = Math.max(max, Math.abs(((a[i] >> shift) & 0xFF) - ((b[i] >> shift) & 0xFF)));
            }
        }
        return max;
    }

    /** How many pixels differ between two frames by more than {@code tolerance} in some colour channel. */
    static int differing(int[] a, int[] b, int tolerance) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (maxDifference(new int[] {a[i]}, new int[] {b[i]}) > tolerance) {
                n++;
            }
        }
        return n;
    }
}
