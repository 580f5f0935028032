package org.nineplus.ui.canvas;

import java.util.function.Consumer;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;

import org.nineplus.render.Rect;

/**
 * A wrapping text field laid over a card or a stage header at the current zoom, in the map font at the zoomed size.
 * Enter or leaving the field commits, Esc cancels; the owner decides what a commit does. One at a time.
 */
final class InPlaceEditor {

    static final String STYLE_CLASS = "canvas-in-place-editor";

    private final Pane layer;
    private final CanvasTransform transform;
    private final Runnable refocus;
    private TextArea area;
    private Rect mapRect;
    private double fontSize;
    private boolean bold;
    private Consumer<String> onCommit;

    InPlaceEditor(Pane layer, CanvasTransform transform, Runnable refocus) {
        this.layer = layer;
        this.transform = transform;
        this.refocus = refocus;
    }

    void open(Rect rect, String text, double size, boolean isBold, Consumer<String> commit) {
        commit();
        mapRect = rect;
        fontSize = size;
        bold = isBold;
        onCommit = commit;
        TextArea field = new TextArea(text);
        field.setId("inPlaceEditor");
        field.getStyleClass().add(STYLE_CLASS);
        field.setWrapText(true);
        // Unmanaged: the layer (a Pane) would otherwise size it back to a text area's preferred 40 x 10 characters
        // on its next layout, over the neighbouring cards; place() gives it the card's bounds.
        field.setManaged(false);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                commit();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && field == area) {
                commit();
            }
        });
        area = field;
        layer.getChildren().add(field);
        place();
        field.requestFocus();
        field.selectAll();
    }

    boolean isOpen() {
        return area != null;
    }

    TextArea field() {
        return area;
    }

    /** Follows zoom and pan. */
    void place() {
        if (area == null) {
            return;
        }
        Rect r = transform.toScreen(mapRect);
        area.setFont(MapFonts.sized(fontSize * transform.zoom(), bold));
        area.resizeRelocate(r.x() - 2, r.y() - 2, Math.max(r.width() + 4, 80), Math.max(r.height() + 4, 36));
    }

    /** Closes the field and hands its text over; nothing when no field is open. */
    void commit() {
        close(true);
    }

    void cancel() {
        close(false);
    }

    private void close(boolean keep) {
        TextArea field = area;
        if (field == null) {
            return;
        }
        area = null;
        String text = field.getText();
        Consumer<String> commit = onCommit;
        onCommit = null;
        layer.getChildren().remove(field);
        refocus.run();
        if (keep && commit != null) {
            commit.accept(text);
        }
    }
}
