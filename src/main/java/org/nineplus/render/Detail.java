package org.nineplus.render;

/**
 * How much detail the {@link Painter} draws, from how many output pixels one map unit covers. Text smaller than
 * {@code minTextPixels} on the output is drawn as a thin light bar of its width ("greeking"), and a card narrower
 * than {@code minCardPixels} as one plain rectangle (no rounded corners, shadow, stripe, badges or title).
 * {@link #FULL} draws everything; vector exports (PDF, SVG) use it so that every title stays real, extractable text.
 *
 * @param pixelsPerUnit output pixels per map unit (the screen's zoom, a PNG's scale)
 * @param minTextPixels text lines smaller than this many pixels become bars
 * @param minCardPixels cards narrower than this many pixels become plain rectangles
 * @param minCornerPixels a card's rounded corners (and its shadow, offset by about as much) are drawn square (and
 *     left out) when the corner radius would be under this many pixels: the rounding is then invisible
 * @param backgroundUnderLanes whether the map's white background is filled under the (opaque) lane bands too; the
 *     screen leaves it out there (the same pixels, one view-sized fill fewer), exports keep it
 */
public record Detail(double pixelsPerUnit, double minTextPixels, double minCardPixels, double minCornerPixels,
                     boolean backgroundUnderLanes) {

    /** Everything, whatever the scale: for vector output. */
    public static final Detail FULL = new Detail(1, 0, 0, 0, true);

    /**
     * On screen: text under 4 pixels is a bar, a card under 25 pixels wide a plain rectangle (its title would be
     * bars a pixel or two high, its badge a dot), corners with a radius under one pixel square.
     */
    public static Detail screen(double pixelsPerUnit) {
        return new Detail(pixelsPerUnit, 4, 25, 1, false);
    }

    /** A raster export (PNG): real text unless it is under one pixel; cards always in full. */
    public static Detail raster(double pixelsPerUnit) {
        return new Detail(pixelsPerUnit, 1, 0, 0, true);
    }

    /** Whether a corner of this radius (map units) is drawn square, and a shadow that small left out. */
    public boolean squareCorners(double radius) {
        return radius * pixelsPerUnit < minCornerPixels;
    }

    /** Whether text of this size (map units) is drawn as a bar. */
    public boolean textAsBar(double size) {
        return size * pixelsPerUnit < minTextPixels;
    }

    /** Whether a card of this width (map units) is drawn as a plain rectangle. */
    public boolean plainCard(double width) {
        return width * pixelsPerUnit < minCardPixels;
    }
}
