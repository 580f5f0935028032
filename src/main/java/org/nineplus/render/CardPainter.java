package org.nineplus.render;

import java.util.Map;

/**
 * Draws cards: existing cards white with a solid border, ideas cream with a dashed border and an IDEA mark, both
 * with a stripe in their lane's accent, the whole wrapped title and the score badge (filled for a score, outlined
 * for an idea's expected score). Selection and hover outlines and the cards' badges (an idea's advisor class) come
 * from the {@link PaintState}.
 */
final class CardPainter {

    static final double RADIUS = 6;
    static final double STRIPE = 4;
    static final Rgb SHADOW = Rgb.hex(0x1F2933).withAlpha(28);

    private final Map<String, LaneRole> laneRoles;
    private final TextMeasurer text = TextMeasurer.standard();
    private final Detail detail;

    CardPainter(Map<String, LaneRole> laneRoles) {
        this(laneRoles, Detail.FULL);
    }

    CardPainter(Map<String, LaneRole> laneRoles, Detail detail) {
        this.laneRoles = laneRoles;
        this.detail = detail;
    }

    void paint(CardBox card, Surface s, PaintState state) {
        Rect r = card.rect();
        if (detail.plainCard(r.width())) {
            paintPlain(card, s, state);
            return;
        }
        CardFrame frame = CardFrame.of(r, card.idea(), laneRoles.getOrDefault(card.laneId(), LaneRole.NOTES));
        if (detail.squareCorners(RADIUS)) {
            // Zoomed far out the rounding and the 1-2 unit shadow are under a pixel: square shapes look the same.
            s.fillRect(r, frame.fill());
            s.fillRect(new Rect(r.x(), r.y(), STRIPE, r.height()), frame.accent());
            s.strokeRect(r, frame.border(), frame.stroke());
        } else {
            s.stamp(r.x(), r.y(), frame);
        }
        for (TextLine line : card.titleLines()) {
            s.text(line.x(), line.baseline(), line.text(), line.size(), line.bold(), Palette.INK);
        }
        CardBadge tag = state.ideaBadges().get(card.cardId());
        Rect tagRect = tag == null ? null : tagRect(card, tag);
        boolean tagOverMark = tagRect != null && card.ideaMark() != null && tagRect.x() == card.ideaMark().x();
        if (card.ideaMark() != null && !tagOverMark) {
            badge(card.ideaMark(), Palette.IDEA_MARK_FILL, null, card.ideaLabel(), Palette.IDEA_MARK_TEXT, s);
        }
        if (tagRect != null) {
            TextLine label = new TextLine(tag.label(), tagRect.x() + CardLayouter.BADGE_PAD_X, footerBaseline(card),
                    0, tagSize(card), true);
            badge(tagRect, tag.fill(), null, label, tag.text(), s);
        }
        if (card.scoreBadge() != null) {
            if (card.idea()) {
                badge(card.scoreBadge(), Palette.CARD_FILL, Palette.INK_SOFT, card.scoreLabel(), Palette.INK, s);
            } else {
                badge(card.scoreBadge(), Palette.scoreFill(parse(card.scoreText())), null, card.scoreLabel(),
                        Palette.ON_BADGE, s);
            }
        }
        VoteBadge.paint(card, s, text);
        if (state.selectedCardIds().contains(card.cardId())) {
            s.strokeRoundRect(r.inset(-3, -3), RADIUS + 3, Palette.SELECTION, Stroke.solid(3));
        } else if (card.cardId().equals(state.hoveredCardId())) {
            s.strokeRoundRect(r.inset(-2, -2), RADIUS + 2, Palette.HOVER, Stroke.solid(1.5));
        }
    }

    /** A pill with its bold label, as a {@link Badge} stamp. */
    private static void badge(Rect pill, Rgb fill, Rgb outline, TextLine label, Rgb ink, Surface s) {
        s.stamp(pill.x(), pill.y(), Badge.of(pill, fill, outline, label.text(), label.x(), label.baseline(),
                label.size(), ink));
    }

    /**
     * The stripe's corners: those of a rounded rectangle {@code STRIPE + RADIUS} wide with corner arcs of
     * {@code 2 * RADIUS}, which JavaFX and Java2D clamp to the width, so ellipses half that wide and RADIUS high.
     */
    private static final double STRIPE_RX = (STRIPE + RADIUS) / 2;
    /** Where the stripe's right edge meets a corner: the angle on the corner's ellipse. */
    private static final double STRIPE_ANGLE = Math.acos((STRIPE - STRIPE_RX) / STRIPE_RX);

    /**
     * The accent stripe as one path: the part left of {@link #STRIPE} of the rounded rectangle that, with a
     * card-coloured patch over its right part, drew it before (two shapes where one does).
     */
    static PathShape stripe(Rect r) {
        double top = r.y() + RADIUS;
        double bottom = r.bottom() - RADIUS;
        double cx = r.x() + STRIPE_RX;
        PathShape.Builder b = PathShape.builder();
        double a0 = 2 * Math.PI - STRIPE_ANGLE;
        b.moveTo(cx + STRIPE_RX * Math.cos(a0), top + RADIUS * Math.sin(a0));
        arc(b, cx, top, a0, Math.PI);
        b.lineTo(r.x(), bottom);
        arc(b, cx, bottom, Math.PI, STRIPE_ANGLE);
        return b.close().build();
    }

    /** An arc of the stripe's corner ellipse about (cx, cy) from angle a0 to a1 (under a quarter turn), one cubic. */
    private static void arc(PathShape.Builder b, double cx, double cy, double a0, double a1) {
        double k = 4.0 / 3.0 * Math.tan((a1 - a0) / 4);
        double rx = STRIPE_RX;
        double ry = RADIUS;
        double x0 = cx + rx * Math.cos(a0);
        double y0 = cy + ry * Math.sin(a0);
        double x3 = cx + rx * Math.cos(a1);
        double y3 = cy + ry * Math.sin(a1);
        b.cubicTo(x0 - k * rx * Math.sin(a0), y0 + k * ry * Math.cos(a0), x3 + k * rx * Math.sin(a1),
                y3 - k * ry * Math.cos(a1), x3, y3);
    }

    /**
     * Draws the card's shadow (the card's rounded rectangle moved by 1, 2) only where it shows: a strip along the
     * right edge and one along the bottom, each the shadow less the card (its outline traced the other way round).
     * The translucent shadow is then blended over a few pixels around the card instead of under all of it. A thin
     * part of the card itself is filled too (winding -1 where the card sticks out of the shadow), which the opaque
     * card drawn next covers.
     */
    static void paintShadow(Rect r, Surface s) {
        if (r.width() < 2 * RADIUS + 4 || r.height() < 2 * RADIUS + 4) {
            s.fillRoundRect(new Rect(r.x() + 1, r.y() + 2, r.width(), r.height()), RADIUS, SHADOW);
            return;
        }
        s.fillPath(shadow(r), SHADOW, shadowPlainPart(r));
    }

    /** Where the stripe is a plain rectangle: between its rounded corners. */
    static Rect stripePlainPart(Rect r) {
        return new Rect(r.x(), r.y() + RADIUS, STRIPE, r.height() - 2 * RADIUS);
    }

    /**
     * Where the shadow is a plain rectangle: the 1-unit strip right of the card, from the end of the shadow's top
     * corner (2 lower than the card's) to where its bottom piece begins (a unit above the card's bottom corner).
     */
    static Rect shadowPlainPart(Rect r) {
        return new Rect(r.right(), r.y() + 2 + RADIUS, 1, r.height() - 3 - 2 * RADIUS);
    }

    /**
     * The shadow of {@link #paintShadow} as one path of two pieces: the right strip, then the bottom one left of it
     * (one path, so the edge where they meet is not blended twice).
     */
    static PathShape shadow(Rect r) {
        double x = r.x();
        double y = r.y();
        double w = r.width();
        double h = r.height();
        double xa = x + w - RADIUS - 1;
        double yb = y + h - RADIUS - 1;
        PathShape.Builder a = PathShape.builder();
        a.moveTo(xa, y + 2).lineTo(x + w - 5, y + 2);
        corner(a, x + w - 5, y + 8, -Math.PI / 2, 0);
        a.lineTo(x + w + 1, y + h - 4);
        corner(a, x + w - 5, y + h - 4, 0, Math.PI / 2);
        a.lineTo(xa, y + h + 2).lineTo(xa, y + h).lineTo(x + w - RADIUS, y + h);
        corner(a, x + w - RADIUS, y + h - RADIUS, Math.PI / 2, 0);
        a.lineTo(x + w, y + RADIUS);
        corner(a, x + w - RADIUS, y + RADIUS, 0, -Math.PI / 2);
        a.lineTo(xa, y).close();
        PathShape.Builder b = a;
        b.moveTo(x + 1, yb).lineTo(x + 1, y + h - 4);
        corner(b, x + 7, y + h - 4, Math.PI, Math.PI / 2);
        b.lineTo(xa, y + h + 2).lineTo(xa, y + h).lineTo(x + RADIUS, y + h);
        corner(b, x + RADIUS, y + h - RADIUS, Math.PI / 2, Math.PI);
        b.lineTo(x, yb).close();
        return b.build();
    }

    /** A circular arc of {@link #RADIUS} about (cx, cy) from angle a0 to a1 (at most a quarter turn), one cubic. */
    private static void corner(PathShape.Builder b, double cx, double cy, double a0, double a1) {
        double k = 4.0 / 3.0 * Math.tan((a1 - a0) / 4) * RADIUS;
        double x0 = cx + RADIUS * Math.cos(a0);
        double y0 = cy + RADIUS * Math.sin(a0);
        double x3 = cx + RADIUS * Math.cos(a1);
        double y3 = cy + RADIUS * Math.sin(a1);
        b.cubicTo(x0 - k * Math.sin(a0), y0 + k * Math.cos(a0), x3 + k * Math.sin(a1), y3 - k * Math.cos(a1), x3, y3);
    }

    /** A card a few pixels wide: one plain rectangle in its fill, the selection still outlined. */
    private static void paintPlain(CardBox card, Surface s, PaintState state) {
        Rect r = card.rect();
        s.fillRect(r, card.idea() ? Palette.IDEA_FILL : Palette.CARD_FILL);
        if (state.selectedCardIds().contains(card.cardId())) {
            s.strokeRect(r.inset(-3, -3), Palette.SELECTION, Stroke.solid(3));
        }
    }

    /**
     * Where a card's badge goes: in the footer slot when it fits there, else over the IDEA mark (a narrow column;
     * the dashed cream card still says "idea"), else nowhere: a badge never covers the title or the score.
     */
    Rect tagRect(CardBox card, CardBadge tag) {
        Rect slot = card.tagSlot();
        if (slot == null) {
            return null;
        }
        double w = text.width(tag.label(), tagSize(card), true) + 2 * CardLayouter.BADGE_PAD_X;
        if (w <= slot.width()) {
            return new Rect(slot.x(), slot.y(), w, slot.height());
        }
        Rect mark = card.ideaMark();
        if (mark != null && mark.x() + w <= slot.right()) {
            return new Rect(mark.x(), mark.y(), w, mark.height());
        }
        return null;
    }

    private double tagSize(CardBox card) {
        return card.ideaLabel() != null ? card.ideaLabel().size() : card.scoreLabel().size() - 1;
    }

    private double footerBaseline(CardBox card) {
        return card.ideaLabel() != null ? card.ideaLabel().baseline() : card.scoreLabel().baseline();
    }

    private static double parse(String scoreText) {
        return Double.parseDouble(scoreText.replace("\u2192", "").strip());
    }
}
