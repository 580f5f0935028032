package org.nineplus.render;

import java.util.Map;
import java.util.Set;

/**
 * What is drawn over the bare map: the screen's overlays (selected cards and links, the card under the pointer, the
 * cell a dragged card would drop into with its insertion index) and the {@link MapDecorations} of an analysis
 * (stage tints, card badges, peak and end), which an export passes too. {@link #NONE} draws the map alone.
 *
 * @param selectedCardIds cards drawn with a selection outline
 * @param selectedLinkIndexes links (their index in the journey's list) drawn thicker in the selection colour
 * @param hoveredCardId the card under the pointer, or null
 * @param dropTarget the highlighted drop cell and insertion point, or null
 * @param decorations stage tints, card badges, peak and end; never null
 */
public record PaintState(Set<String> selectedCardIds, Set<Integer> selectedLinkIndexes, String hoveredCardId,
                         CellHit dropTarget, MapDecorations decorations) {

    public static final PaintState NONE = new PaintState(Set.of(), Set.of(), null, null, MapDecorations.NONE);

    public PaintState {
        selectedCardIds = selectedCardIds == null ? Set.of() : Set.copyOf(selectedCardIds);
        selectedLinkIndexes = selectedLinkIndexes == null ? Set.of() : Set.copyOf(selectedLinkIndexes);
        decorations = decorations == null ? MapDecorations.NONE : decorations;
    }

    /** Stage id to a colour laid over that stage's header and basic cells, e.g. the verdict. */
    public Map<String, Rgb> stageTints() {
        return decorations.stageTints();
    }

    /** Card id to the badge drawn in its footer, e.g. an idea's class. */
    public Map<String, CardBadge> ideaBadges() {
        return decorations.cardBadges();
    }

    /** The stage marked "Peak" on the emotion curve, or null. */
    public String peakStageId() {
        return decorations.peakStageId();
    }

    /** The stage marked "End" on the emotion curve, or null. */
    public String endStageId() {
        return decorations.endStageId();
    }

    public PaintState withSelection(Set<String> cardIds) {
        return new PaintState(cardIds, selectedLinkIndexes, hoveredCardId, dropTarget, decorations);
    }

    public PaintState withSelectedLinks(Set<Integer> linkIndexes) {
        return new PaintState(selectedCardIds, linkIndexes, hoveredCardId, dropTarget, decorations);
    }

    public PaintState withHover(String cardId) {
        return new PaintState(selectedCardIds, selectedLinkIndexes, cardId, dropTarget, decorations);
    }

    public PaintState withDropTarget(CellHit target) {
        return new PaintState(selectedCardIds, selectedLinkIndexes, hoveredCardId, target, decorations);
    }

    public PaintState withStageTints(Map<String, Rgb> tints) {
        return withDecorations(decorations.withStageTints(tints));
    }

    public PaintState withDecorations(MapDecorations value) {
        return new PaintState(selectedCardIds, selectedLinkIndexes, hoveredCardId, dropTarget, value);
    }
}
