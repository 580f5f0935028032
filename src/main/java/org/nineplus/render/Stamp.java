package org.nineplus.render;

/**
 * Something the painter draws many times, the same wherever it is: a card's frame, a score badge. A {@link Surface}
 * draws it with {@link Surface#stamp}: by default as its shapes and text ({@link #paint}); the screen may draw a
 * picture of it made earlier instead, as it does for glyphs. A stamp is a value: two equal stamps look the same.
 */
public interface Stamp {

    /** What {@link #paint} at (0, 0) may cover, in map units, its anti-aliased edges included. */
    Rect reach();

    /** The size of its text in map units, or 0 if it has none. */
    double textSize();

    /** Draws it with its top left corner at (x, y). */
    void paint(double x, double y, Surface s);
}
