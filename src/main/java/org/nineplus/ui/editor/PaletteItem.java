package org.nineplus.ui.editor;

import javafx.scene.input.DataFormat;

/** The kinds of card the palette offers; dragged onto the canvas as {@link #DATA_FORMAT} with the enum name. */
public enum PaletteItem {
    /** An element of today's service, to be scored. */
    EXISTING("Existing element"),
    /** An improvement idea, with cost and expected score. */
    IDEA("Idea"),
    /** A free note, e.g. in a NOTES lane. */
    NOTE("Note");

    /** The drag-and-drop format: the content is the item's {@link #name()}. */
    public static final DataFormat DATA_FORMAT = new DataFormat("application/x-nineplus-palette-item");

    private final String label;

    PaletteItem(String label) {
        this.label = label;
    }

    public String label() {
        return org.nineplus.model.Texts.of("org.nineplus.ui.editor.messages").get("palette." + name());
    }
}
