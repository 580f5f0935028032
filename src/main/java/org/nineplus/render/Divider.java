package org.nineplus.render;

/**
 * The gap between the basic (7+) and the distinctive (9+) half of the pyramid: a line across the map at lineY with
 * a tagged label on each side of it, each on the side of its own lanes.
 */
public record Divider(Rect rect, double lineY, boolean distinctiveAbove, TextLine basicLabel, Rect basicTag,
                      TextLine distinctiveLabel, Rect distinctiveTag) {
}
