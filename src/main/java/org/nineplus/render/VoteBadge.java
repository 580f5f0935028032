package org.nineplus.render;

/**
 * The dot-vote badge: the total of an idea's dots as a round marker on the card's top-right corner, like a count on
 * an app icon. It sits mostly in the gap around the card, so it covers neither the title nor the footer; drawn on the
 * screen and in every export, because the painter draws it from the layout, not from an overlay.
 */
final class VoteBadge {

    /** The badge's colour: a strong purple that none of the lane, score or advisor colours uses. */
    static final Rgb FILL = Rgb.hex(0x7B2D8E);
    static final Rgb TEXT = Rgb.hex(0xFFFFFF);
    static final Rgb RING = Rgb.hex(0xFFFFFF);
    static final double HEIGHT = 18;
    static final double TEXT_SIZE = 11;
    /** How far the badge's centre sits inside the card's corner. */
    static final double INSET = 2;

    private VoteBadge() {
    }

    /** Where the badge of this card goes, or null when the card has no dots. */
    static Rect rect(CardBox card, TextMeasurer text) {
        if (card.dots() <= 0) {
            return null;
        }
        double w = Math.max(HEIGHT, text.width(label(card), TEXT_SIZE, true) + 10);
        Rect r = card.rect();
        double cx = r.right() - INSET;
        double cy = r.y() + INSET;
        return new Rect(cx - w / 2, cy - HEIGHT / 2, w, HEIGHT);
    }

    static String label(CardBox card) {
        return Integer.toString(card.dots());
    }

    static void paint(CardBox card, Surface s, TextMeasurer text) {
        Rect b = rect(card, text);
        if (b == null) {
            return;
        }
        s.fillRoundRect(b.inset(-1.5, -1.5), (HEIGHT + 3) / 2, RING);
        s.fillRoundRect(b, HEIGHT / 2, FILL);
        String label = label(card);
        double w = text.width(label, TEXT_SIZE, true);
        double baseline = b.y() + (HEIGHT + text.ascent(TEXT_SIZE) - text.descent(TEXT_SIZE)) / 2;
        s.text(b.centerX() - w / 2, baseline, label, TEXT_SIZE, true, TEXT);
    }
}
