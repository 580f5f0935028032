package org.nineplus.render;

import java.util.Objects;

/**
 * A short tag drawn on a card beside its IDEA mark, e.g. the advisor's class of an idea ("FIX", "9+"). Render knows
 * only the text and the colours; the screen and the exports map their own meaning onto it.
 *
 * @param label a few characters, drawn bold in the tag size
 * @param fill the tag's colour
 * @param text the label's colour, readable on the fill
 */
public record CardBadge(String label, Rgb fill, Rgb text) {

    public CardBadge {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(text, "text");
    }
}
