package org.nineplus.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import org.nineplus.model.Texts;

/** The window's shared words ({@code org/nineplus/ui/messages*.properties}) and the buttons every dialog uses. */
public final class UiWords {

    public static final Texts TEXTS = Texts.of("org.nineplus.ui.messages");

    private UiWords() {
    }

    /** An OK button in the user's language. */
    public static ButtonType ok() {
        return new ButtonType(TEXTS.get("ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** A Close button in the user's language. */
    public static ButtonType close() {
        return new ButtonType(TEXTS.get("close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** A Cancel button in the user's language (JavaFX's own {@link ButtonType#CANCEL} is English only). */
    public static ButtonType cancel() {
        return new ButtonType(TEXTS.get("cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
