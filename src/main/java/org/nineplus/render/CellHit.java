package org.nineplus.render;

/** A cell under the pointer, and where a card dropped there would go: 0 is above the first card. */
public record CellHit(String stageId, String laneId, int insertionIndex) {
}
