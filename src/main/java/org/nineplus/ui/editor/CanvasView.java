package org.nineplus.ui.editor;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;

import org.nineplus.render.LayoutOptions;
import org.nineplus.render.MapDecorations;

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

    /** Makes a canvas for a session; the app passes {@code JourneyCanvas::new}. */
    @FunctionalInterface
    interface Factory {
        CanvasView create(EditorSession session);
    }
}
