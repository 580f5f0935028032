package org.nineplus.ui.persona;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.nineplus.model.Persona;
import org.nineplus.render.PersonaPictures;

/**
 * The picture of the selected persona: one of the bundled illustrations, none, or an image file (scaled down and
 * embedded, so it travels with the workshop). The large preview shows what the map will show.
 */
final class PictureChooser extends VBox {

    private static final double THUMB = 36;
    private static final double PREVIEW = 72;

    private final PersonasModel model;
    private final ToggleGroup group = new ToggleGroup();
    private final ToggleButton none;
    private final ImageView preview = PersonaImages.view("", PREVIEW);

    /** @param chooseFile asks for an image file (empty when the person cancels) */
    PictureChooser(PersonasModel model, Supplier<Optional<Path>> chooseFile) {
        super(6);
        this.model = model;
        setId("personaPicture");
        FlowPane choices = new FlowPane(4, 4);
        none = toggle("", new Label(PersonaTexts.text("picture.none")), PersonaTexts.text("picture.noneTip"),
                "personaPictureNone");
        choices.getChildren().add(none);
        for (String name : PersonaPictures.BUNDLED) {
            String value = PersonaPictures.bundled(name);
            choices.getChildren().add(toggle(value, PersonaImages.view(value, THUMB),
                    PersonaTexts.text("picture." + name), "personaPicture-" + name));
        }
        Button file = new Button(PersonaTexts.text("picture.file"), new FontIcon(MaterialDesignF.FOLDER_IMAGE));
        file.setId("personaPictureFileButton");
        file.setTooltip(new Tooltip(PersonaTexts.text("picture.fileTip", PersonaPictures.MAX_EDGE)));
        file.setOnAction(e -> model.selected().ifPresent(p -> chooseFile.get()
                .ifPresent(path -> model.pictureFromFile(p.id(), path))));
        preview.setId("personaPicturePreview");
        Label caption = new Label(PersonaTexts.text("field.picture"), new FontIcon(MaterialDesignI.IMAGE_OUTLINE));
        HBox row = new HBox(12, preview, new VBox(6, choices, file));
        row.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(caption, row);
    }

    private ToggleButton toggle(String value, javafx.scene.Node graphic, String tip, String id) {
        ToggleButton button = new ToggleButton(null, graphic);
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(value);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(e -> {
            model.selected().ifPresent(p -> model.picture(p.id(), value));
            show(model.selected().orElse(null));
        });
        return button;
    }

    /** Shows the persona's picture: the matching toggle pressed, the preview drawn. */
    void show(Persona persona) {
        String picture = persona == null ? "" : persona.picture();
        group.selectToggle(group.getToggles().stream().filter(t -> picture.equals(t.getUserData())).findFirst()
                .orElse(picture.isEmpty() ? none : null));
        preview.setImage(PersonaImages.image(picture).orElse(null));
    }
}
