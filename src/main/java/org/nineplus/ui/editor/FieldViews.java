package org.nineplus.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/** Builds the inspector's labelled fields: validated text with its message, and choices that commit at once. */
final class FieldViews {

    /** Red border on a field whose text the model refuses. */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final String FIELD_ERROR = "field-error";

    private FieldViews() {
    }

    /** A label, a text field bound to {@code field}, and the problem under it. Enter or focus loss commits. */
    static VBox text(String id, String caption, ValidatedField<?> field) {
        return wrap(id, caption, new TextField(), field);
    }

    /** As {@link #text}, several lines; Ctrl+Enter or focus loss commits. */
    static VBox area(String id, String caption, ValidatedField<?> field) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        return wrap(id, caption, area, field);
    }

    private static VBox wrap(String id, String caption, TextInputControl input, ValidatedField<?> field) {
        input.setId(id + "Field");
        input.textProperty().bindBidirectional(field.textProperty());
        Label error = new Label();
        error.setId(id + "Error");
        error.getStyleClass().add(FIELD_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        field.errorProperty().addListener((obs, old, now) -> input.pseudoClassStateChanged(INVALID, !now.isEmpty()));
        input.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean enter = e.getCode() == KeyCode.ENTER && (input instanceof TextField || e.isShortcutDown());
            if (enter) {
                field.commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.revert();
                e.consume();
            }
        });
        input.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                field.commit();
            }
        });
        Label label = new Label(caption);
        label.setLabelFor(input);
        label.getStyleClass().add("field-caption");
        VBox box = new VBox(4, label, input, error);
        box.setId(id + "Box");
        return box;
    }

    /**
     * A choice among {@code labels}; shows the index {@code selected} gives and reports the person's picks only
     * (not the changes the model makes).
     */
    static VBox choice(String id, String caption, List<String> labels, ObservableValue<?> trigger,
                       java.util.function.IntSupplier selected, IntConsumer picked) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id + "Choice");
        box.getItems().setAll(labels);
        box.setMaxWidth(Double.MAX_VALUE);
        boolean[] syncing = {false};
        Runnable sync = () -> {
            syncing[0] = true;
            try {
                box.getSelectionModel().select(selected.getAsInt());
            } finally {
                syncing[0] = false;
            }
        };
        trigger.addListener((obs, old, now) -> sync.run());
        sync.run();
        box.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!syncing[0] && now.intValue() >= 0) {
                picked.accept(now.intValue());
            }
        });
        Label label = new Label(caption);
        label.setLabelFor(box);
        label.getStyleClass().add("field-caption");
        VBox wrapper = new VBox(4, label, box);
        wrapper.setId(id + "Box");
        return wrapper;
    }

    /** Runs {@code action} with the new value when the person flips a check box, not when the model does. */
    static void onPick(javafx.scene.control.CheckBox check, Consumer<Boolean> action) {
        check.setOnAction(e -> action.accept(check.isSelected()));
    }
}
