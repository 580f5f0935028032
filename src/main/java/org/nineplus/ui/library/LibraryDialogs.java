package org.nineplus.ui.library;

import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.nineplus.exchange.Templates.Template;
import org.nineplus.ui.ConfirmDelete;
import org.nineplus.ui.Dialogs;
import org.nineplus.ui.UiWords;

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
        DialogPane pane = prepare(dialog, heading);
        TextField title = titleField(initial);
        BooleanBinding invalid = Bindings.createBooleanBinding(
                () -> !WorkshopTitles.isValid(title.getText()), title.textProperty());
        Label hint = Dialogs.hint(Messages.TEXTS.get("dialog.titleNeeded"),
                title.textProperty().isEmpty().not().and(invalid));
        pane.setContent(new VBox(8, new Label(Messages.TEXTS.get("dialog.title")), title, hint));
        Dialogs.okCancel(dialog, okText, UiWords.cancel(), invalid, () -> title.getText().strip());
        Dialogs.focusSelected(title);
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
        DialogPane pane = prepare(dialog, Messages.TEXTS.get("dialog.fromTemplate"));

        ListView<Template> list = new ListView<>();
        list.setId("templateList");
        list.getItems().setAll(templates);
        list.setFixedCellSize(32);
        list.setPrefHeight(Math.min(10, Math.max(3, templates.size())) * 32.0 + 4);
        TextField title = titleField("");
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
        Dialogs.okCancel(dialog, Messages.TEXTS.get("dialog.create"), UiWords.cancel(), invalid,
                () -> new TemplateChoice(list.getSelectionModel().getSelectedItem(), title.getText().strip()));
        Platform.runLater(list::requestFocus);
        return dialog.showAndWait();
    }

    /** Asks whether to delete the named workshop; the safe answer is the default. */
    boolean confirmDelete(String workshopTitle) {
        return ConfirmDelete.ask(owner, stylesheets, "libraryDialog", Messages.TEXTS.get("dialog.delete"),
                Messages.TEXTS.get("dialog.deleteQuestion", workshopTitle), Messages.TEXTS.get("dialog.deleteDetails"));
    }

    private DialogPane prepare(Dialog<?> dialog, String heading) {
        return Dialogs.prepare(dialog, owner, stylesheets, "libraryDialog", heading, heading);
    }

    private static TextField titleField(String initial) {
        TextField title = new TextField(initial);
        title.setId("titleField");
        title.setPromptText(Messages.TEXTS.get("dialog.titlePrompt"));
        title.setPrefColumnCount(28);
        return title;
    }
}
