package org.nineplus.ui.canvas;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.nineplus.edit.CardCommands;
import org.nineplus.edit.LinkCommands;
import org.nineplus.model.Journey;
import org.nineplus.model.Link;
import org.nineplus.render.CardBox;
import org.nineplus.render.CellHit;
import org.nineplus.render.LinkRoute;
import org.nineplus.ui.editor.EditorSession;

/**
 * What a press on a part of the map selects, for the left button ({@link CanvasInput}) and for a context menu
 * ({@link ContextRequests}) alike, and deleting the selection.
 */
final class CanvasSelection {

    private CanvasSelection() {
    }

    /** The stage of a column header, alone. */
    static void stage(EditorSession s, String stageId) {
        s.selectedCards().clear();
        s.selectedLinkProperty().set(null);
        s.selectedLaneProperty().set(null);
        s.selectedStageProperty().set(stageId);
    }

    /** The lane of a title cell, alone. */
    static void lane(EditorSession s, String laneId) {
        s.selectedCards().clear();
        s.selectedLinkProperty().set(null);
        s.selectedLaneProperty().set(laneId);
    }

    /** A link, with no cards. */
    static void link(EditorSession s, LinkRoute link) {
        s.selectedCards().clear();
        s.journey().ifPresent(j -> s.selectedLinkProperty().set(j.links().get(link.linkIndex())));
    }

    /** An empty spot of a cell: its stage and lane; the cards are kept when {@code keepCards}. */
    static void cell(EditorSession s, CellHit hit, boolean keepCards) {
        s.selectedLinkProperty().set(null);
        if (!keepCards) {
            s.selectedCards().clear();
        }
        if (hit != null) {
            s.selectedStageProperty().set(hit.stageId());
            s.selectedLaneProperty().set(hit.laneId());
        }
    }

    /**
     * A card as a press without Shift or Ctrl takes it: its stage and lane, and the card alone unless it is already
     * one of the selected cards (then the selection stays, so a drag or a context menu acts on all of them).
     */
    static void card(EditorSession s, CardBox card) {
        Set<String> selected = s.selectedCards();
        s.selectedLinkProperty().set(null);
        s.selectedStageProperty().set(card.stageId());
        s.selectedLaneProperty().set(card.laneId());
        if (!selected.contains(card.cardId())) {
            selected.clear();
            selected.add(card.cardId());
        }
    }

    /**
     * Deletes what is selected: the selected link if there is one, else {@code selectedCards} (with their links), as
     * one undo step. Returns whether anything was deleted.
     */
    static boolean delete(EditorSession s, List<String> selectedCards) {
        Optional<Journey> journey = s.journey();
        if (journey.isEmpty()) {
            return false;
        }
        String journeyId = journey.get().id();
        Link link = s.selectedLinkProperty().get();
        if (link != null) {
            s.selectedLinkProperty().set(null);
            return s.execute(LinkCommands.delete(journeyId, link));
        }
        return !selectedCards.isEmpty() && s.execute(CardCommands.delete(journeyId, selectedCards));
    }
}
