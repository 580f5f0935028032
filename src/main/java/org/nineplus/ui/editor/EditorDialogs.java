package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.nineplus.ui.ConfirmDelete;
import org.nineplus.ui.Dialogs;
import org.nineplus.ui.UiWords;

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
        DialogPane pane = Dialogs.prepare(dialog, owner, stylesheets, "editorDialog", heading, heading);
        TextField name = new TextField(initial);
        name.setId("nameField");
        name.setPrefColumnCount(28);
        BooleanBinding blank = Bindings.createBooleanBinding(() -> name.getText().isBlank(), name.textProperty());
        pane.setContent(new VBox(8, new Label(TEXTS.get("dialog.name")), name,
                Dialogs.hint(TEXTS.get("dialog.nameNeeded"), blank)));
        Dialogs.okCancel(dialog, okText, UiWords.cancel(), blank, () -> name.getText().strip()).setId("nameOkButton");
        Dialogs.focusSelected(name);
        return dialog.showAndWait();
    }

    /** Asks whether to go ahead with a delete; Cancel is the default button. */
    public boolean confirmDelete(String heading, String question, String details) {
        return ConfirmDelete.ask(owner, stylesheets, "editorDialog", heading, question, details);
    }
}
