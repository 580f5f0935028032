package org.nineplus.ui.editor;

import javafx.scene.input.DataFormat;

/** The kinds of card the palette offers; dragged onto the canvas as {@link #DATA_FORMAT} with the enum name. */
public enum PaletteItem {
    /** An element of today's service, to be scored. */
    EXISTING,
    /** An improvement idea, with cost and expected score. */
    IDEA,
    /** A free note, e.g. in a NOTES lane. */
    NOTE;

    /** The drag-and-drop format: the content is the item's {@link #name()}. */
    public static final DataFormat DATA_FORMAT = new DataFormat("application/x-nineplus-palette-item");

    /** The item's name in the user's language. */
    public String label() {
        return org.nineplus.model.Texts.of("org.nineplus.ui.editor.messages").get("palette." + name());
    }
}
