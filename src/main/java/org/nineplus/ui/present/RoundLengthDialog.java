package org.nineplus.ui.present;

import java.time.Duration;
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

/** Asks for the round length ("5" or "2:30"); Set stays disabled, with the reason shown, while the text is not one. */
final class RoundLengthDialog {

    private RoundLengthDialog() {
    }

    static Optional<Duration> ask(Window owner, List<String> stylesheets, PresentTexts texts, Duration current) {
        Dialog<Duration> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.text("length.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().addAll(stylesheets);
        pane.setId("roundLengthDialog");
        pane.setHeaderText(texts.text("length.header"));
        ButtonType ok = new ButtonType(texts.text("length.ok"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(ok, ButtonType.CANCEL);
        TextField field = new TextField(RoundTimer.format(current));
        field.setId("roundLengthField");
        field.setPrefColumnCount(8);
        BooleanBinding invalid = Bindings.createBooleanBinding(
                () -> RoundTimer.parseLength(field.getText()).isEmpty(), field.textProperty());
        Label hint = new Label(texts.text("length.invalid"));
        hint.getStyleClass().add("hint");
        hint.visibleProperty().bind(invalid);
        pane.setContent(new VBox(8, new Label(texts.text("length.label")), field, hint));
        pane.lookupButton(ok).disableProperty().bind(invalid);
        dialog.setResultConverter(button -> button == ok ? RoundTimer.parseLength(field.getText()).orElse(null)
                : null);
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog.showAndWait();
    }
}
