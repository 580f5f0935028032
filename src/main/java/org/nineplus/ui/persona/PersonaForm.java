package org.nineplus.ui.persona;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import org.nineplus.model.Persona;

/**
 * The selected persona's fields: name, description, goals and frustrations (one per line) and the picture. A field
 * commits one command when it loses the focus or on Enter (Ctrl+Enter in the multi-line ones); Esc puts the saved
 * text back. The fields follow the workshop, so undo shows at once.
 */
final class PersonaForm extends VBox {

    private final PersonasModel model;
    private final TextField name = new TextField();
    private final TextArea description = area(2);
    private final TextArea goals = area(3);
    private final TextArea frustrations = area(3);
    private final PictureChooser picture;
    private final List<Field> fields = new ArrayList<>();

    /** A text control, how it shows a persona, and how it saves its text. */
    private record Field(TextInputControl input, Function<Persona, String> value, Runnable save) {
    }

    PersonaForm(PersonasModel model, Supplier<Optional<Path>> chooseFile) {
        super(8);
        this.model = model;
        setId("personaForm");
        picture = new PictureChooser(model, chooseFile);
        getChildren().addAll(
                field("personaName", "field.name", name, model::rename, Persona::name),
                picture,
                field("personaDescription", "field.description", description, model::describe,
                        Persona::description),
                field("personaGoals", "field.goals", goals, model::goals, p -> String.join("\n", p.goals())),
                field("personaFrustrations", "field.frustrations", frustrations, model::frustrations,
                        p -> String.join("\n", p.frustrations())));
        model.selectedIdProperty().addListener((obs, old, now) -> reload(true));
        model.personas().addListener((javafx.collections.ListChangeListener<Persona>) c -> reload(false));
        reload(true);
    }

    private static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    private VBox field(String id, String captionKey, TextInputControl input, BiConsumer<String, String> commit,
                       Function<Persona, String> value) {
        input.setId(id + "Field");
        Label caption = new Label(PersonaTexts.text(captionKey));
        caption.setLabelFor(input);
        input.setTooltip(new Tooltip(PersonaTexts.text(captionKey + "Tip")));
        Runnable save = () -> model.selected().ifPresent(p -> {
            if (!input.getText().equals(value.apply(p))) {
                commit.accept(p.id(), input.getText());
            }
        });
        fields.add(new Field(input, value, save));
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                save.run();
            }
        });
        input.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && (input instanceof TextField || e.isShortcutDown())) {
                save.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.selected().ifPresent(p -> input.setText(value.apply(p)));
                e.consume();
            }
        });
        return new VBox(4, caption, input);
    }

    /** Shows the selected persona; a field being typed in keeps its text unless another persona was chosen. */
    private void reload(boolean otherPersona) {
        Persona shown = model.selected().orElse(null);
        setDisable(shown == null);
        for (Field field : fields) {
            if (otherPersona || !field.input().isFocused()) {
                field.input().setText(shown == null ? "" : field.value().apply(shown));
            }
        }
        picture.show(shown);
    }

    /** Commits any field whose text differs from the persona (before the dialog closes). */
    void commitAll() {
        fields.forEach(field -> field.save().run());
    }
}
