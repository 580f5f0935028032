package org.nineplus.ui.editor;

/**
 * What a click on a card means while a mode other than editing owns the mouse, e.g. a voting round: the canvas then
 * neither selects, drags nor edits in place; it hands each click on a card to the mode.
 */
@FunctionalInterface
public interface CardClickMode {

    /** @param takeBack a right-click or an Alt+click (e.g. take a dot back) rather than a plain click */
    void cardClicked(String cardId, boolean takeBack);
}
