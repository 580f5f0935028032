package org.nineplus.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nineplus.model.Card;

/**
 * The inside of one card: the whole title wrapped to the card's width, and a footer row with the IDEA mark (ideas)
 * on the left and the score badge on the right; between them, a slot for a {@link CardBadge}. A card is as tall as its title needs; nothing is cut off.
 */
final class CardLayouter {

    private static final double FOOTER_GAP = 6;
    static final double BADGE_PAD_X = 6;
    private static final double SLOT_GAP = 4;

    private final TextMeasurer text;
    private final LayoutOptions options;
    private final double lineHeight;
    private final double footerHeight;

    CardLayouter(TextMeasurer text, LayoutOptions options) {
        this.text = text;
        this.options = options;
        this.lineHeight = text.lineHeight(options.cardTitleSize());
        this.footerHeight = Math.ceil(options.tagSize() + 9);
    }

    /** The wrapped title lines of a card of this width (texts only). */
    List<String> wrapTitle(Card card, double cardWidth) {
        return text.wrap(card.title(), cardWidth - 2 * options.cardPadding(), options.cardTitleSize(), false);
    }

    double height(Card card, List<String> lines) {
        int lineCount = Math.max(1, lines.size());
        double h = 2 * options.cardPadding() + lineCount * lineHeight;
        if (hasFooter(card)) {
            h += FOOTER_GAP + footerHeight;
        }
        return Math.ceil(h);
    }

    CardBox place(Card card, List<String> lines, int indexInCell, double x, double y, double cardWidth,
                  double height) {
        Rect rect = new Rect(x, y, cardWidth, height);
        double size = options.cardTitleSize();
        double pad = options.cardPadding();
        List<TextLine> placed = new ArrayList<>(lines.size());
        double baseline = y + pad + text.ascent(size);
        for (String line : lines) {
            placed.add(new TextLine(line, x + pad, baseline, text.width(line, size, false), size, false));
            baseline += lineHeight;
        }
        String score = scoreText(card);
        Rect badge = null;
        TextLine scoreLabel = null;
        Rect ideaMark = null;
        TextLine ideaLabel = null;
        Rect tagSlot = null;
        double footerTop = rect.bottom() - pad - footerHeight;
        double tag = options.tagSize();
        double footerBaseline = footerTop + (footerHeight + text.ascent(tag) - text.descent(tag)) / 2;
        if (score != null) {
            double w = text.width(score, tag + 1, true);
            badge = new Rect(rect.right() - pad - w - 2 * BADGE_PAD_X, footerTop, w + 2 * BADGE_PAD_X, footerHeight);
            scoreLabel = new TextLine(score, badge.x() + BADGE_PAD_X, footerBaseline, w, tag + 1, true);
        }
        if (card.isIdea()) {
            String mark = options.labels().idea();
            double w = text.width(mark, tag, true);
            ideaMark = new Rect(x + pad, footerTop, w + 2 * BADGE_PAD_X, footerHeight);
            ideaLabel = new TextLine(mark, ideaMark.x() + BADGE_PAD_X, footerBaseline, w, tag, true);
        }
        if (hasFooter(card)) {
            double slotLeft = ideaMark == null ? x + pad : ideaMark.right() + SLOT_GAP;
            double slotRight = badge == null ? rect.right() - pad : badge.x() - SLOT_GAP;
            tagSlot = new Rect(slotLeft, footerTop, Math.max(0, slotRight - slotLeft), footerHeight);
        }
        return new CardBox(card.id(), card.stage(), card.lane(), indexInCell, rect, placed, card.isIdea(), score,
                badge, scoreLabel, ideaMark, ideaLabel, tagSlot, card.isIdea() ? card.totalVotes() : 0);
    }

    private boolean hasFooter(Card card) {
        return card.isIdea() || scoreText(card) != null;
    }

    /** "7.5" for an existing card's score, "→ 8.5" for an idea's expected score, null when there is none. */
    static String scoreText(Card card) {
        if (card.isExisting()) {
            return card.score() == null ? null : format(card.score());
        }
        return card.expectedScore() == null ? null : "\u2192 " + format(card.expectedScore());
    }

    private static String format(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }
}
