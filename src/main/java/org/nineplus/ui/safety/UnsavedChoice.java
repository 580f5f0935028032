package org.nineplus.ui.safety;

import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

import org.nineplus.ui.Dialogs;

/**
 * Closing the window while the last edits could not be saved: save them elsewhere as a workshop file, keep the window
 * open and keep trying, or quit and lose them. "Keep trying" is the default, so Enter or Esc loses nothing.
 */
public enum UnsavedChoice {
    SAVE_AS_FILE, KEEP_TRYING, QUIT_LOSING_EDITS;

    /** Asks and waits. FX thread. {@code problem} is why saving fails, as the editor's bar shows it. */
    public static UnsavedChoice ask(Window owner, List<String> stylesheets, String workshopTitle, String problem) {
        ButtonType save = new ButtonType(SafetyTexts.text("unsaved.save"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(SafetyTexts.text("unsaved.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType quit = new ButtonType(SafetyTexts.text("unsaved.quit"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", save, keep, quit);
        DialogPane pane = Dialogs.prepare(alert, owner, stylesheets, "unsavedDialog", SafetyTexts.text("unsaved.title"),
                SafetyTexts.text("unsaved.question", workshopTitle));
        pane.setContentText(problem);
        pane.lookupButton(save).setId("unsavedSaveButton");
        pane.lookupButton(keep).setId("unsavedKeepButton");
        pane.lookupButton(quit).setId("unsavedQuitButton");
        pane.lookupButton(quit).getStyleClass().add("danger");
        ButtonType answer = alert.showAndWait().orElse(keep);
        return answer == save ? SAVE_AS_FILE : answer == quit ? QUIT_LOSING_EDITS : KEEP_TRYING;
    }
}
