package org.nineplus.render;

import java.util.Map;
import java.util.Set;

/**
 * What the screen draws over the map and an export does not: selected cards and links, the card under the pointer,
 * the cell a dragged card would drop into (with its insertion index), and a tint per stage (the advisor's verdict).
 * {@link #NONE} draws the map alone.
 *
 * @param selectedCardIds cards drawn with a selection outline
 * @param selectedLinkIndexes links (their index in the journey's list) drawn thicker in the selection colour
 * @param hoveredCardId the card under the pointer, or null
 * @param dropTarget the highlighted drop cell and insertion point, or null
 * @param stageTints stage id to a colour laid over that stage's header, e.g. the verdict
 */
public record PaintState(Set<String> selectedCardIds, Set<Integer> selectedLinkIndexes, String hoveredCardId,
                         CellHit dropTarget, Map<String, Rgb> stageTints) {

    public static final PaintState NONE = new PaintState(Set.of(), Set.of(), null, null, Map.of());

    public PaintState {
        selectedCardIds = selectedCardIds == null ? Set.of() : Set.copyOf(selectedCardIds);
        selectedLinkIndexes = selectedLinkIndexes == null ? Set.of() : Set.copyOf(selectedLinkIndexes);
        stageTints = stageTints == null ? Map.of() : Map.copyOf(stageTints);
    }

    public PaintState withSelection(Set<String> cardIds) {
        return new PaintState(cardIds, selectedLinkIndexes, hoveredCardId, dropTarget, stageTints);
    }

    public PaintState withSelectedLinks(Set<Integer> linkIndexes) {
        return new PaintState(selectedCardIds, linkIndexes, hoveredCardId, dropTarget, stageTints);
    }

    public PaintState withHover(String cardId) {
        return new PaintState(selectedCardIds, selectedLinkIndexes, cardId, dropTarget, stageTints);
    }

    public PaintState withDropTarget(CellHit target) {
        return new PaintState(selectedCardIds, selectedLinkIndexes, hoveredCardId, target, stageTints);
    }

    public PaintState withStageTints(Map<String, Rgb> tints) {
        return new PaintState(selectedCardIds, selectedLinkIndexes, hoveredCardId, dropTarget, tints);
    }
}
