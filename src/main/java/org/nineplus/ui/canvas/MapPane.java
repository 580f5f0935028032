package org.nineplus.ui.canvas;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Dimension2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The canvas node: a javafx {@link Canvas} exactly the size of the view (never of the whole map), with a layer above
 * it for in-place editors. JavaFX gives the canvas a backing store at the screen's output scale (NGCanvas sizes its
 * texture by the highest render scale of the screens), so the map is drawn at device resolution on HiDPI screens
 * without scaling here.
 */
final class MapPane extends Region {

    static final String STYLE_CLASS = "journey-canvas";

    private final Canvas canvas = new Canvas();
    private final Pane overlay = new Pane();
    private final ReadOnlyObjectWrapper<Dimension2D> size = new ReadOnlyObjectWrapper<>(new Dimension2D(0, 0));

    MapPane() {
        getStyleClass().add(STYLE_CLASS);
        setId("journeyCanvas");
        setFocusTraversable(true);
        overlay.setPickOnBounds(false);
        overlay.setManaged(false);
        getChildren().addAll(canvas, overlay);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(120, 90);
        setPrefSize(960, 640);
    }

    Canvas canvas() {
        return canvas;
    }

    Pane overlay() {
        return overlay;
    }

    /** Changes when the view is resized; the canvas follows it on the next layout pass. */
    ReadOnlyObjectProperty<Dimension2D> sizeProperty() {
        return size.getReadOnlyProperty();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            size.set(new Dimension2D(w, h));
        }
        overlay.resizeRelocate(0, 0, w, h);
    }
}
