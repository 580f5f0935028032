package org.nineplus.ui.present;

import java.time.Duration;
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

import org.nineplus.ui.Dialogs;
import org.nineplus.ui.UiWords;

/** Asks for the round length ("5" or "2:30"); Set stays disabled, with the reason shown, while the text is not one. */
final class RoundLengthDialog {

    private RoundLengthDialog() {
    }

    static Optional<Duration> ask(Window owner, List<String> stylesheets, PresentTexts texts, Duration current) {
        Dialog<Duration> dialog = new Dialog<>();
        DialogPane pane = Dialogs.prepare(dialog, owner, stylesheets, "roundLengthDialog", texts.text("length.title"),
                texts.text("length.header"));
        TextField field = new TextField(RoundTimer.format(current));
        field.setId("roundLengthField");
        field.setPrefColumnCount(8);
        BooleanBinding invalid = Bindings.createBooleanBinding(
                () -> RoundTimer.parseLength(field.getText()).isEmpty(), field.textProperty());
        pane.setContent(new VBox(8, new Label(texts.text("length.label")), field,
                Dialogs.hint(texts.text("length.invalid"), invalid)));
        Dialogs.okCancel(dialog, texts.text("length.ok"), UiWords.cancel(), invalid,
                () -> RoundTimer.parseLength(field.getText()).orElse(null));
        Dialogs.focusSelected(field);
        return dialog.showAndWait();
    }
}
