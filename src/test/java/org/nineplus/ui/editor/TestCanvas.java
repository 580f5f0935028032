package org.nineplus.ui.editor;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/** A test-only canvas until the journey canvas is merged: a focusable pane that records the zoom asked of it. */
public final class TestCanvas implements CanvasView {

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final Pane pane = new Pane();

    public TestCanvas(EditorSession session) {
        pane.setId("testCanvas");
        pane.setFocusTraversable(true);
        pane.setPrefSize(600, 400);
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
        zoom.set(0.5);
    }

    @Override
    public void focusCanvas() {
        pane.requestFocus();
    }
}
