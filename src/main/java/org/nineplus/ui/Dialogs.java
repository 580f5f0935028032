package org.nineplus.ui;

import java.util.List;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The set-up every NinePlus dialog shares: the owner window, the app's stylesheets, an id (for tests and styling),
 * the title and the header; the OK/cancel pair of a question whose answer is read only on OK; the hint under a field;
 * a field that takes the cursor with its text selected; and the windows of their own (export, a version read-only)
 * with the same owner, title and stylesheets. FX thread.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Gives {@code dialog} (or an alert) its owner, the stylesheets, its pane's {@code id} (null for none), its title
     * and its header text (null for none), and returns its pane.
     */
    public static DialogPane prepare(Dialog<?> dialog, Window owner, List<String> stylesheets, String id, String title,
                                     String header) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().addAll(stylesheets);
        pane.setId(id);
        pane.setHeaderText(header);
        return pane;
    }

    /**
     * An alert of {@code type} that tells {@code message}, with one OK button in the user's language (the default
     * button; Enter and Esc both close it), set up as {@link #prepare} does: the owner, the stylesheets, the id, the
     * title and the header (null for none), never JavaFX's English "Error" or "Warning". Not shown yet.
     */
    public static Alert message(Alert.AlertType type, Window owner, List<String> stylesheets, String id, String title,
                                String header, String message) {
        Alert alert = new Alert(type, message, UiWords.ok());
        prepare(alert, owner, stylesheets, id, title, header);
        return alert;
    }

    /**
     * Puts an OK button ({@code okText}; the default button, so Enter chooses it) and {@code cancel} (a cancel button,
     * so Esc and the window's close button choose it) on the dialog. OK stays disabled while {@code invalid} holds.
     * The dialog's answer is {@code answer} read when OK is chosen, and empty otherwise. Returns the OK button.
     */
    public static <R> Button okCancel(Dialog<R> dialog, String okText, ButtonType cancel,
                                      ObservableValue<Boolean> invalid, Supplier<R> answer) {
        Button ok = okCancel(dialog, okText, cancel, answer);
        ok.disableProperty().bind(invalid);
        return ok;
    }

    /** As {@link #okCancel(Dialog, String, ButtonType, ObservableValue, Supplier)}, with OK always enabled. */
    public static <R> Button okCancel(Dialog<R> dialog, String okText, ButtonType cancel, Supplier<R> answer) {
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        DialogPane pane = dialog.getDialogPane();
        pane.getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(chosen -> chosen == ok ? answer.get() : null);
        return (Button) pane.lookupButton(ok);
    }

    /** A hint under a field (style class {@code hint}), visible while {@code shown} holds. */
    public static Label hint(String text, ObservableValue<Boolean> shown) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.visibleProperty().bind(shown);
        return hint;
    }

    /** Once the dialog shows, puts the cursor in {@code field} with its text selected, so typing replaces it. */
    public static void focusSelected(TextInputControl field) {
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
    }

    /**
     * A window of its own over {@code owner} showing {@code root}, with the stylesheets and the title; not shown yet.
     * A {@code width} or {@code height} of -1 takes the content's preferred size.
     */
    public static Stage window(Window owner, List<String> stylesheets, String title, Parent root, double width,
                               double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        return stage;
    }
}
