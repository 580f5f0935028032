package org.nineplus.app;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

import org.nineplus.ui.editor.CanvasView;
import org.nineplus.ui.editor.EditorSession;

/**
 * Stands in the middle of the editor until the journey canvas (branch {@code canvas}) is merged; the app then
 * passes {@code JourneyCanvas::new} and this class goes. It says so on screen instead of pretending to be a map.
 */
final class CanvasPending implements CanvasView {

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final StackPane pane;

    CanvasPending(EditorSession session) {
        Label label = new Label("The journey canvas arrives with the canvas branch.");
        pane = new StackPane(label);
        pane.setFocusTraversable(true);
    }

    @Override
    public Node node() {
        return pane;
    }

    @Override
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    @Override
    public void zoomIn() {
        zoom.set(zoom.get() * 1.25);
    }

    @Override
    public void zoomOut() {
        zoom.set(zoom.get() / 1.25);
    }

    @Override
    public void zoomToActualSize() {
        zoom.set(1.0);
    }

    @Override
    public void zoomToFit() {
        zoom.set(1.0);
    }

    @Override
    public void focusCanvas() {
        pane.requestFocus();
    }
}
