package org.nineplus.render;

/**
 * Where the {@link Painter} draws: the screen canvas, a PNG (Java2D), a PDF page or an SVG document. Coordinates are
 * map coordinates (points at 100% zoom); a surface applies its own zoom and scroll. Text is drawn in the bundled
 * {@link MapFont} so that every surface measures and shows the same lines.
 */
public interface Surface {

    void fillRect(Rect rect, Rgb fill);

    void strokeRect(Rect rect, Rgb colour, Stroke stroke);

    void fillRoundRect(Rect rect, double radius, Rgb fill);

    void strokeRoundRect(Rect rect, double radius, Rgb colour, Stroke stroke);

    void line(double x1, double y1, double x2, double y2, Rgb colour, Stroke stroke);

    void fillPath(PathShape path, Rgb fill);

    void strokePath(PathShape path, Rgb colour, Stroke stroke);

    /**
     * Fills a path that is, in every row from {@code plain.y()} to {@code plain.bottom()}, exactly the rectangle
     * {@code plain} (a card's accent stripe or shadow between its rounded corners). A surface may draw those rows as
     * the rectangle and the path only above and below them, which is the same shape; by default the whole path is
     * filled.
     */
    default void fillPath(PathShape path, Rgb fill, Rect plain) {
        fillPath(path, fill);
    }

    /** One line of text, left-aligned at x, in the bundled font (regular or bold) at the given size in points. */
    void text(double x, double baselineY, String text, double size, boolean bold, Rgb colour);

    /**
     * A stamp with its top left corner at (x, y): by default its shapes and text ({@link Stamp#paint}). A surface
     * that draws many of the same may draw a picture of it instead.
     */
    default void stamp(double x, double y, Stamp stamp) {
        stamp.paint(x, y, this);
    }

    /** A picture scaled into the rectangle (smoothly; its transparent pixels let the background through). */
    void drawImage(Rect rect, RasterImage image);

    /** Narrows drawing to the rectangle (within any clip already set) until the matching {@link #restore()}. */
    void clip(Rect rect);

    /** Undoes the latest {@link #clip(Rect)}. */
    void restore();
}
