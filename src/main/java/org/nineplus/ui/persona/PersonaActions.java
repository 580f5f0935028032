package org.nineplus.ui.persona;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.nineplus.ui.Command;
import org.nineplus.ui.FileDialogs;

/**
 * The persona feature of an open workshop: the Workshop menu's "Personas…" (Ctrl+Shift+P), which opens the persona
 * editor, and the persona picker the window puts into the journey inspector.
 */
public final class PersonaActions {

    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final PersonasModel model;
    private final Window owner;
    private final List<String> stylesheets;
    private final FileDialogs files;
    private final Command personas;
    private PersonasDialog dialog;

    /** @param files asks for a picture's image file */
    public PersonaActions(PersonasModel model, Window owner, List<String> stylesheets, FileDialogs files) {
        this.model = Objects.requireNonNull(model, "model");
        this.owner = owner;
        this.stylesheets = List.copyOf(stylesheets);
        this.files = Objects.requireNonNull(files, "files");
        personas = new Command("personas", PersonaTexts.text("menu.personas"), null,
                MaterialDesignA.ACCOUNT_MULTIPLE_OUTLINE, SHORTCUT, null, this::showPersonas);
    }

    private Optional<Path> chooseImage() {
        return files.chooseImageFile(owner, PersonaTexts.text("file.title"), PersonaTexts.text("file.filter"));
    }

    public Menu menu() {
        Menu menu = new Menu(PersonaTexts.text("menu.workshop"));
        menu.setId("workshopMenu");
        menu.getItems().add(personas.menuItem());
        return menu;
    }

    /** The journey inspector's persona choice. */
    public Node picker() {
        PersonaPicker picker = new PersonaPicker(model, this::showPersonas);
        // Leaving the workshop takes the inspector out of the window: the editor of its personas closes with it.
        picker.sceneProperty().addListener((obs, old, now) -> {
            if (old != null && now == null) {
                closeEditor();
            }
        });
        return picker;
    }

    /** Closes the persona editor if it is open, keeping what was typed. */
    public void closeEditor() {
        if (dialog != null && dialog.isShowing()) {
            dialog.close();
        }
    }

    public PersonasModel model() {
        return model;
    }

    /** Opens the persona editor, or brings it forward when it is open. */
    public void showPersonas() {
        if (dialog != null && dialog.isShowing()) {
            dialog.toFront();
            return;
        }
        dialog = new PersonasDialog(model, owner, stylesheets, this::chooseImage);
        dialog.show();
    }
}
