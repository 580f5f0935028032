package org.nineplus.ui.persona;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.nineplus.model.Persona;
import org.nineplus.ui.Dialogs;
import org.nineplus.ui.UiWords;

import atlantafx.base.theme.Styles;

/**
 * Workshop → Personas…: the workshop's personas on the left (add with Ctrl+N or the button, delete with Delete),
 * the selected one's form on the right. It does not block the window: the map's header follows every change, and
 * the window's undo takes changes back one by one.
 */
final class PersonasDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final PersonaForm form;

    PersonasDialog(PersonasModel model, Window owner, List<String> stylesheets,
                   Supplier<Optional<Path>> chooseFile) {
        DialogPane pane = Dialogs.prepare(dialog, owner, stylesheets, "personasDialog",
                PersonaTexts.text("dialog.title"), PersonaTexts.text("dialog.header"));
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        pane.getButtonTypes().setAll(UiWords.close());

        ListView<Persona> list = new ListView<>(model.personas());
        list.setId("personaList");
        list.setPrefWidth(220);
        list.setPlaceholder(new Label(PersonaTexts.text("list.empty")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Persona item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name().isBlank() ? PersonaTexts.text("list.unnamed")
                        : item.name());
                setGraphic(empty || item == null ? null : PersonaImages.view(item.picture(), 28));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedIdProperty().set(now.id());
            }
        });
        model.selectedIdProperty().addListener((obs, old, now) -> select(list, model));
        model.personas().addListener((javafx.collections.ListChangeListener<Persona>) c -> select(list, model));

        Button add = new Button(PersonaTexts.text("button.add"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
        add.setId("addPersonaButton");
        add.setTooltip(new Tooltip(PersonaTexts.text("button.addTip")));
        add.setOnAction(e -> model.add());
        Button delete = new Button(PersonaTexts.text("button.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("deletePersonaButton");
        delete.setTooltip(new Tooltip(PersonaTexts.text("button.deleteTip")));
        delete.disableProperty().bind(model.selectedIdProperty().isNull());
        delete.setOnAction(e -> model.selected().ifPresent(p -> model.delete(p.id())));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                delete.fire();
                e.consume();
            }
        });
        pane.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.N && e.isShortcutDown()) {
                add.fire();
                e.consume();
            }
        });

        Label problem = new Label();
        problem.setId("personaProblemLabel");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());

        form = new PersonaForm(model, chooseFile);
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setPrefSize(460, 520);
        VBox left = new VBox(8, list, new HBox(6, add, delete));
        VBox.setVgrow(list, Priority.ALWAYS);
        BorderPane content = new BorderPane(formScroll, null, null, problem, left);
        BorderPane.setMargin(formScroll, new Insets(0, 0, 0, 12));
        BorderPane.setMargin(problem, new Insets(8, 0, 0, 0));
        HBox.setHgrow(formScroll, Priority.ALWAYS);
        pane.setContent(content);
        dialog.setOnCloseRequest(e -> form.commitAll());
        if (model.selectedIdProperty().get() == null && !model.personas().isEmpty()) {
            model.selectedIdProperty().set(model.personas().get(0).id());
        }
        select(list, model);
    }

    private static void select(ListView<Persona> list, PersonasModel model) {
        Persona selected = model.selected().orElse(null);
        if (selected != null && !selected.equals(list.getSelectionModel().getSelectedItem())) {
            list.getSelectionModel().select(selected);
        }
    }

    void show() {
        dialog.show();
    }

    void toFront() {
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (window != null) {
            window.requestFocus();
        }
    }

    void close() {
        form.commitAll();
        dialog.close();
    }

    boolean isShowing() {
        return dialog.isShowing();
    }
}
