package org.nineplus.ui.library;

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
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.nineplus.exchange.Templates.Template;
import org.nineplus.ui.ConfirmDelete;

/** The small questions the library asks: a title, a template and a title, and whether a delete is meant. */
final class LibraryDialogs {

    private final Window owner;
    private final List<String> stylesheets;

    LibraryDialogs(Window owner, List<String> stylesheets) {
        this.owner = owner;
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** Asks for a workshop title; OK stays disabled while the title is blank. Empty when cancelled. */
    Optional<String> askTitle(String heading, String okText, String initial) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(heading);
        DialogPane pane = prepare(dialog);
        pane.setHeaderText(heading);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(ok, org.nineplus.ui.UiWords.cancel());

        TextField title = new TextField(initial);
        title.setId("titleField");
        title.setPromptText(Messages.TEXTS.get("dialog.titlePrompt"));
        title.setPrefColumnCount(28);
        Label hint = new Label(Messages.TEXTS.get("dialog.titleNeeded"));
        hint.getStyleClass().add("hint");
        BooleanBinding invalid = Bindings.createBooleanBinding(
                () -> !WorkshopTitles.isValid(title.getText()), title.textProperty());
        hint.visibleProperty().bind(title.textProperty().isEmpty().not().and(invalid));
        VBox content = new VBox(8, new Label(Messages.TEXTS.get("dialog.title")), title, hint);
        pane.setContent(content);
        pane.lookupButton(ok).disableProperty().bind(invalid);
        dialog.setResultConverter(button -> button == ok ? title.getText().strip() : null);
        Platform.runLater(() -> {
            title.requestFocus();
            title.selectAll();
        });
        return dialog.showAndWait();
    }

    /** A template and the title of the workshop to make from it. */
    record TemplateChoice(Template template, String title) {
    }

    /**
     * Asks which template to start from and the new workshop's title (the template's title to begin with); Create
     * stays disabled until a template is chosen and the title is not blank. Empty when cancelled.
     */
    Optional<TemplateChoice> askTemplate(List<Template> templates) {
        Dialog<TemplateChoice> dialog = new Dialog<>();
        dialog.setTitle(Messages.TEXTS.get("dialog.fromTemplate"));
        DialogPane pane = prepare(dialog);
        pane.setHeaderText(Messages.TEXTS.get("dialog.fromTemplate"));
        ButtonType ok = new ButtonType(Messages.TEXTS.get("dialog.create"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(ok, org.nineplus.ui.UiWords.cancel());

        ListView<Template> list = new ListView<>();
        list.setId("templateList");
        list.getItems().setAll(templates);
        list.setFixedCellSize(32);
        list.setPrefHeight(Math.min(10, Math.max(3, templates.size())) * 32.0 + 4);
        TextField title = new TextField();
        title.setId("titleField");
        title.setPromptText(Messages.TEXTS.get("dialog.titlePrompt"));
        title.setPrefColumnCount(28);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && (title.getText().isBlank() || old != null && title.getText().equals(old.title()))) {
                title.setText(chosen.title());
            }
        });
        list.getSelectionModel().selectFirst();
        BooleanBinding invalid = Bindings.createBooleanBinding(
                () -> list.getSelectionModel().getSelectedItem() == null
                        || !WorkshopTitles.isValid(title.getText()),
                title.textProperty(), list.getSelectionModel().selectedItemProperty());
        pane.setContent(new VBox(8, new Label(Messages.TEXTS.get("dialog.template")), list, new Label(Messages.TEXTS.get("dialog.title")), title));
        pane.lookupButton(ok).disableProperty().bind(invalid);
        dialog.setResultConverter(button -> button == ok
                ? new TemplateChoice(list.getSelectionModel().getSelectedItem(), title.getText().strip()) : null);
        Platform.runLater(list::requestFocus);
        return dialog.showAndWait();
    }

    /** Asks whether to delete the named workshop; the safe answer is the default. */
    boolean confirmDelete(String workshopTitle) {
        return ConfirmDelete.ask(owner, stylesheets, "libraryDialog", Messages.TEXTS.get("dialog.delete"),
                Messages.TEXTS.get("dialog.deleteQuestion", workshopTitle), Messages.TEXTS.get("dialog.deleteDetails"));
    }

    private DialogPane prepare(Dialog<?> dialog) {
        dialog.initOwner(owner);
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().addAll(stylesheets);
        pane.setId("libraryDialog");
        return pane;
    }
}
