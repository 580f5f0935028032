package org.nineplus.ui.editor;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;

import org.nineplus.render.LayoutOptions;
import org.nineplus.render.MapDecorations;
import org.nineplus.render.MapLayout;

/**
 * The journey canvas as the editor window sees it: a node to place, the controls the toolbar drives, and the
 * decorations an analysis lays over the map (the window binds the advisor's to it).
 */
public interface CanvasView extends CanvasControls {

    Node node();

    /** Stage tints, card badges, peak and end drawn over the map; never null. The canvas repaints when it changes. */
    ObjectProperty<MapDecorations> decorationsProperty();

    /**
     * While set, a click on a card goes to this mode instead of selecting, dragging or editing it (a voting round);
     * null, the default, is normal editing. Panning and zooming still work.
     */
    ObjectProperty<CardClickMode> cardClickModeProperty();

    /** The options the journey on screen is laid out with (the column widths set on the canvas), for exports. */
    default LayoutOptions layoutOptions() {
        return LayoutOptions.defaults();
    }

    /** The layout of the journey on screen (map units), as it is painted now. */
    MapLayout mapLayout();

    /** Where the map is: the zoom and the map point at the view's top-left corner. */
    View view();

    /**
     * Shows the map at exactly this zoom and top-left point (the zoom kept within the canvas's range), as a saved
     * {@link #view()} was, or as a presentation frames a stage.
     */
    void setView(View view);

    /** What a context menu on the canvas is for; the canvas has selected it by the time the menu is asked for. */
    enum ContextTarget {
        /** A card (selected alone, or kept with the others when it was one of several selected). */
        CARD,
        /** A link. */
        LINK,
        /** A stage's column header. */
        STAGE,
        /** A lane's title cell. */
        LANE,
        /** An empty spot of a cell (its stage and lane selected, no cards). */
        CELL,
        /** Anywhere else: the desk around the map, the map's title. */
        BACKGROUND
    }

    /** Shows the context menu for {@code target} at a point of the screen. */
    @FunctionalInterface
    interface ContextMenuRequest {
        void show(ContextTarget target, double screenX, double screenY);
    }

    /**
     * Called when the user asks for a context menu on the canvas (the right button, the menu key or Shift+F10), after
     * the canvas has selected what it was asked on. Not while a voting round owns the clicks.
     */
    default void setOnContextMenu(ContextMenuRequest request) {
    }

    /**
     * Adds a card of this kind to the selected cell, as a drop from the palette does: where a context menu was asked
     * for in that cell, else after the one selected card, else at the cell's end; selects it and opens its title.
     * False (nothing added) when no cell that takes cards is selected.
     */
    default boolean addCard(PaletteItem item) {
        return false;
    }

    /**
     * Opens the in-place editor on the title of the one selected card, else on the name of the selected stage;
     * false when there is neither (nothing opens).
     */
    default boolean editSelectedTitle() {
        return false;
    }

    /** Zoom and pan of the canvas: screen = (map − origin) × zoom. */
    record View(double zoom, double originX, double originY) {

        public double toScreenX(double mapX) {
            return (mapX - originX) * zoom;
        }

        public double toScreenY(double mapY) {
            return (mapY - originY) * zoom;
        }
    }

    /** Makes a canvas for a session; the app passes {@code JourneyCanvas::new}. */
    @FunctionalInterface
    interface Factory {
        CanvasView create(EditorSession session);
    }
}
