package org.nineplus.ui.canvas;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Dimension2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The canvas node: two javafx {@link Canvas}es exactly the size of the view (never of the whole map), with a layer
 * above them for in-place editors. The base canvas holds the map with its selection, hover and decorations and is
 * repainted only when one of those, the layout, the zoom, the pan or the size changes; the transparent overlay canvas
 * above it holds a gesture's preview (dragged cards, drop target, rubber band, ...), so a drag frame redraws only the
 * overlay and JavaFX composites the unchanged base texture. JavaFX gives the canvas a backing store at the screen's output scale (NGCanvas sizes its
 * texture by the highest render scale of the screens), so the map is drawn at device resolution on HiDPI screens
 * without scaling here.
 */
final class MapPane extends Region {

    static final String STYLE_CLASS = "journey-canvas";

    private final Canvas canvas = new Canvas();
    private final Canvas previews = new Canvas();
    private final Pane overlay = new Pane();
    private final ReadOnlyObjectWrapper<Dimension2D> size = new ReadOnlyObjectWrapper<>(new Dimension2D(0, 0));

    MapPane() {
        getStyleClass().add(STYLE_CLASS);
        setId("journeyCanvas");
        setFocusTraversable(true);
        overlay.setPickOnBounds(false);
        overlay.setManaged(false);
        previews.setMouseTransparent(true);
        getChildren().addAll(canvas, previews, overlay);
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

    /** The transparent canvas over the base for gesture previews; the painter sizes and places it. */
    Canvas previewCanvas() {
        return previews;
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
