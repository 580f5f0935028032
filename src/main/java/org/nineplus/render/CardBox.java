package org.nineplus.render;

import java.util.List;

/**
 * A card placed in its cell: its rectangle, its whole title as wrapped lines, the score text ("7.5", or "→ 8.5" for
 * an idea's expected score; null when there is none) with its badge, and for ideas the place of the IDEA mark. The free
 * footer space between the IDEA mark (or the left edge) and the score badge is {@code tagSlot}, where a
 * {@link CardBadge} goes without covering the title or the score; null on a card without a footer. {@code dots} is the
 * total of an idea's dot votes (0 for existing cards), drawn as a {@link VoteBadge} on its top-right corner.
 */
public record CardBox(String cardId, String stageId, String laneId, int indexInCell, Rect rect,
                      List<TextLine> titleLines, boolean idea, String scoreText, Rect scoreBadge,
                      TextLine scoreLabel, Rect ideaMark, TextLine ideaLabel, Rect tagSlot, int dots) {

    public CardBox {
        titleLines = List.copyOf(titleLines);
        if (dots < 0) {
            throw new IllegalArgumentException("dots must not be negative: " + dots);
        }
    }

    /** A card without dot votes. */
    public CardBox(String cardId, String stageId, String laneId, int indexInCell, Rect rect,
                   List<TextLine> titleLines, boolean idea, String scoreText, Rect scoreBadge,
                   TextLine scoreLabel, Rect ideaMark, TextLine ideaLabel, Rect tagSlot) {
        this(cardId, stageId, laneId, indexInCell, rect, titleLines, idea, scoreText, scoreBadge, scoreLabel,
                ideaMark, ideaLabel, tagSlot, 0);
    }

    /** The title as shown: the wrapped lines joined by spaces. */
    public String shownTitle() {
        return String.join(" ", titleLines.stream().map(TextLine::text).toList());
    }
}
