package org.nineplus.ui.editor;

import javafx.beans.property.ReadOnlyDoubleProperty;

/** What the window's toolbar, menus and keys ask of the journey canvas. */
public interface CanvasControls {

    /** The zoom factor, 1.0 = 100 %. */
    ReadOnlyDoubleProperty zoomProperty();

    void zoomIn();

    void zoomOut();

    /** Back to 100 %. */
    void zoomToActualSize();

    /** The whole journey in view. */
    void zoomToFit();

    /** Scrolls the map, if need be, so that the card is wholly in view (a card chosen in a side panel). */
    void revealCard(String cardId);

    /** Moves keyboard focus to the canvas. */
    void focusCanvas();
}
