package org.nineplus.ui.persona;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.nineplus.model.Journey;
import org.nineplus.model.Persona;

/**
 * The journey inspector's persona: a choice of the workshop's personas or none. Choosing is one undo step; the
 * header of the map then shows that persona instead of the free-text line. The button opens the persona editor.
 */
final class PersonaPicker extends VBox {

    /** One entry of the choice: a persona, or (null) none. */
    record Choice(Persona persona) {
        String id() {
            return persona == null ? null : persona.id();
        }

        @Override
        public String toString() {
            return persona == null ? PersonaTexts.text("picker.none")
                    : persona.name().isBlank() ? PersonaTexts.text("list.unnamed") : persona.name();
        }
    }

    private final PersonasModel model;
    private final ComboBox<Choice> choices = new ComboBox<>();
    private boolean updating;

    PersonaPicker(PersonasModel model, Runnable openEditor) {
        super(4);
        this.model = model;
        setId("personaPickerBox");
        choices.setId("journeyPersonaPicker");
        choices.setMaxWidth(Double.MAX_VALUE);
        choices.setTooltip(new Tooltip(PersonaTexts.text("picker.tip")));
        choices.setCellFactory(view -> new ChoiceCell());
        choices.setButtonCell(new ChoiceCell());
        choices.setOnAction(e -> {
            Choice chosen = choices.getValue();
            if (!updating && chosen != null) {
                model.session().journey().ifPresent(j -> model.pick(j.id(), chosen.id()));
            }
        });
        Button edit = new Button(null, new FontIcon(MaterialDesignA.ACCOUNT_EDIT_OUTLINE));
        edit.setId("editPersonasButton");
        String editTip = PersonaTexts.text("picker.edit");
        edit.setTooltip(new Tooltip(editTip));
        edit.setAccessibleText(editTip);
        edit.setOnAction(e -> openEditor.run());
        Label caption = new Label(PersonaTexts.text("picker.caption"));
        caption.setLabelFor(choices);
        HBox row = new HBox(6, choices, edit);
        HBox.setHgrow(choices, Priority.ALWAYS);
        getChildren().addAll(caption, row);
        model.session().workshopProperty().addListener((obs, old, now) -> refresh());
        model.session().journeyIdProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        List<Choice> items = new ArrayList<>();
        items.add(new Choice(null));
        model.personas().forEach(p -> items.add(new Choice(p)));
        String picked = model.session().journey().map(Journey::personaId).orElse(null);
        updating = true;
        try {
            if (!items.equals(choices.getItems())) {
                choices.getItems().setAll(items);
            }
            choices.setValue(items.stream().filter(c -> Objects.equals(c.id(), picked)).findFirst()
                    .orElse(items.get(0)));
        } finally {
            updating = false;
        }
    }

    private static final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
            setGraphic(empty || item == null || item.persona() == null ? null
                    : PersonaImages.view(item.persona().picture(), 20));
        }
    }
}
