package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.nineplus.ui.ConfirmDelete;

/** The small questions the editor asks: a name, and whether a delete is meant. */
public final class EditorDialogs {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    private final Window owner;
    private final List<String> stylesheets;

    public EditorDialogs(Window owner, List<String> stylesheets) {
        this.owner = owner;
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** Asks for a name; OK stays disabled while it is blank. Empty when cancelled. */
    public Optional<String> askName(String heading, String okText, String initial) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(heading);
        DialogPane pane = prepare(dialog);
        pane.setHeaderText(heading);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(ok, org.nineplus.ui.UiWords.cancel());
        TextField name = new TextField(initial);
        name.setId("nameField");
        name.setPrefColumnCount(28);
        BooleanBinding blank = Bindings.createBooleanBinding(() -> name.getText().isBlank(), name.textProperty());
        Label hint = new Label(TEXTS.get("dialog.nameNeeded"));
        hint.getStyleClass().add("hint");
        hint.visibleProperty().bind(blank);
        pane.setContent(new VBox(8, new Label(TEXTS.get("dialog.name")), name, hint));
        pane.lookupButton(ok).disableProperty().bind(blank);
        pane.lookupButton(ok).setId("nameOkButton");
        dialog.setResultConverter(button -> button == ok ? name.getText().strip() : null);
        Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        });
        return dialog.showAndWait();
    }

    /** Asks whether to go ahead with a delete; Cancel is the default button. */
    public boolean confirmDelete(String heading, String question, String details) {
        return ConfirmDelete.ask(owner, stylesheets, "editorDialog", heading, question, details);
    }

    private DialogPane prepare(Dialog<?> dialog) {
        dialog.initOwner(owner);
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().addAll(stylesheets);
        pane.setId("editorDialog");
        return pane;
    }
}
