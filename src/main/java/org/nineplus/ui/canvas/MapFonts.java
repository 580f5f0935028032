package org.nineplus.ui.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import javafx.scene.text.Font;

import org.nineplus.render.MapFont;

/**
 * The bundled map font as JavaFX fonts, one per size and weight. Each face is loaded into JavaFX once from the very
 * TTF the layout measures with (JavaFX copies it to a temporary file, so this is IO: {@link #preload()} may run off
 * the FX thread); every size is then made by the loaded face's name, which resolves to that embedded font, so the
 * screen draws the glyphs and advance widths the layout measured, whatever fonts the system has.
 */
final class MapFonts {

    private static final class Faces {
        static final Font REGULAR = load(false);
        static final Font BOLD = load(true);
    }

    private final Map<Double, Font> regular = new HashMap<>();
    private final Map<Double, Font> bold = new HashMap<>();

    /** Loads both faces now. */
    static void preload() {
        if (Faces.REGULAR == null || Faces.BOLD == null) {
            throw new IllegalStateException("bundled font missing");
        }
    }

    Font font(double size, boolean isBold) {
        return (isBold ? bold : regular).computeIfAbsent(size,
                s -> new Font((isBold ? Faces.BOLD : Faces.REGULAR).getName(), s));
    }

    /** A size the cache should not keep, e.g. an editor's font at the current zoom. */
    static Font sized(double size, boolean isBold) {
        return new Font((isBold ? Faces.BOLD : Faces.REGULAR).getName(), size);
    }

    private static Font load(boolean isBold) {
        try (InputStream in = MapFont.openTtf(isBold)) {
            Font font = Font.loadFont(in, 1);
            if (font == null) {
                throw new IllegalStateException("JavaFX refused the bundled font " + MapFont.FAMILY);
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font", e);
        }
    }
}
