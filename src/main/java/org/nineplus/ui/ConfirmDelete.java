package org.nineplus.ui;

import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** The one way NinePlus asks before deleting something: Delete in red, Cancel the default so Enter is safe. */
public final class ConfirmDelete {

    private ConfirmDelete() {
    }

    /** Shows the question and waits; true when the person chose Delete. FX thread. */
    public static boolean ask(Window owner, List<String> stylesheets, String dialogId, String heading,
                              String question, String details) {
        ButtonType delete = new ButtonType(UiWords.TEXTS.get("delete"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = UiWords.cancel();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", delete, cancel);
        DialogPane pane = Dialogs.prepare(alert, owner, stylesheets, dialogId, heading, question);
        pane.setContentText(details);
        pane.lookupButton(delete).getStyleClass().add("danger");
        pane.lookupButton(delete).setId("confirmDeleteButton");
        ((Button) pane.lookupButton(delete)).setDefaultButton(false);
        ((Button) pane.lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(delete::equals).isPresent();
    }
}
