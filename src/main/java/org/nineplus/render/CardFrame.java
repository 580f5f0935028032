package org.nineplus.render;

/**
 * A card's frame: its shadow, body, accent stripe and border, everything of a full card's look that depends only on
 * its size and kind, not on its title, score or badges.
 *
 * @param width the card's width in map units
 * @param height the card's height in map units
 * @param fill the body's colour (white for an existing element, cream for an idea)
 * @param accent the stripe's colour (the lane's accent)
 * @param border the border's colour
 * @param dashed whether the border is dashed (an idea's)
 */
public record CardFrame(double width, double height, Rgb fill, Rgb accent, Rgb border, boolean dashed)
        implements Stamp {

    /**
     * How far the frame's pixels reach beyond the card's rectangle, in map units: the shadow 1 right and 2 down, half
     * the border's width all round.
     */
    public static final double REACH = 2.5;

    /** The frame of an existing element or an idea of the given size in a lane of the given role. */
    static CardFrame of(Rect card, boolean idea, LaneRole role) {
        return idea
                ? new CardFrame(card.width(), card.height(), Palette.IDEA_FILL, Palette.laneAccent(role),
                        Palette.IDEA_BORDER, true)
                : new CardFrame(card.width(), card.height(), Palette.CARD_FILL, Palette.laneAccent(role),
                        Palette.CARD_BORDER, false);
    }

    /** The border's stroke: a dashed one for an idea, a solid one otherwise. */
    public Stroke stroke() {
        return dashed ? Stroke.dashed(1.3) : Stroke.solid(1);
    }

    @Override
    public Rect reach() {
        return new Rect(-REACH, -REACH, width + 2 * REACH, height + 2 * REACH);
    }

    @Override
    public double textSize() {
        return 0;
    }

    /** Draws the frame as shapes: shadow, rounded body, stripe, border. */
    @Override
    public void paint(double x, double y, Surface s) {
        Rect r = new Rect(x, y, width, height);
        CardPainter.paintShadow(r, s);
        s.fillRoundRect(r, CardPainter.RADIUS, fill);
        // The accent stripe: the card's left edge with its two rounded corners, as one path.
        s.fillPath(CardPainter.stripe(r), accent, CardPainter.stripePlainPart(r));
        s.strokeRoundRect(r, CardPainter.RADIUS, border, stroke());
    }
}
