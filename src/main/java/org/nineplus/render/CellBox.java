package org.nineplus.render;

import java.util.List;

/** One stage × lane cell and the ids of its cards, top to bottom. The emotion lane's cells accept no cards. */
public record CellBox(String stageId, String laneId, int stageIndex, int laneIndex, Rect rect, boolean acceptsCards,
                      List<String> cardIds) {

    public CellBox {
        cardIds = List.copyOf(cardIds);
    }
}
