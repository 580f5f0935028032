package org.nineplus.ui.canvas;

/** Comparing two frames of ARGB pixels, for the canvas tests that check a cheaper way draws the same picture. */
final class Pixels {

    private Pixels() {
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
}
