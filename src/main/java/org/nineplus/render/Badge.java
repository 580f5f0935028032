package org.nineplus.render;

/**
 * A pill with a short bold label on a card: the score, an idea's expected score (outlined), the IDEA mark, the
 * advisor's class of an idea.
 *
 * @param width the pill's width in map units
 * @param height the pill's height (its ends are half circles)
 * @param fill the pill's colour
 * @param outline the outline's colour, or null for none
 * @param label the text
 * @param labelX where the text starts, from the pill's left edge
 * @param baseline the text's baseline, from the pill's top
 * @param size the text's size
 * @param ink the text's colour
 */
public record Badge(double width, double height, Rgb fill, Rgb outline, String label, double labelX,
                   double baseline, double size, Rgb ink) implements Stamp {

    /** A badge of the pill {@code pill} with {@code label} in bold, placed as {@code line} is. */
    static Badge of(Rect pill, Rgb fill, Rgb outline, String label, double x, double baseline, double size, Rgb ink) {
        return new Badge(pill.width(), pill.height(), fill, outline, label, x - pill.x(), baseline - pill.y(), size,
                ink);
    }

    @Override
    public Rect reach() {
        return new Rect(-1, -1, width + 2, height + 2);
    }

    @Override
    public double textSize() {
        return size;
    }

    @Override
    public void paint(double x, double y, Surface s) {
        Rect pill = new Rect(x, y, width, height);
        s.fillRoundRect(pill, height / 2, fill);
        if (outline != null) {
            s.strokeRoundRect(pill, height / 2, outline, Stroke.solid(1));
        }
        s.text(x + labelX, y + baseline, label, size, true, ink);
    }
}
