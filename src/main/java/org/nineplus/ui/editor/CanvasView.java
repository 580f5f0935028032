package org.nineplus.ui.editor;

import javafx.scene.Node;

/** The journey canvas as the editor window sees it: a node to place, and the controls the toolbar drives. */
public interface CanvasView extends CanvasControls {

    Node node();

    /** Makes a canvas for a session; the app passes {@code JourneyCanvas::new}. */
    @FunctionalInterface
    interface Factory {
        CanvasView create(EditorSession session);
    }
}
