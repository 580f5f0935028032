package org.nineplus.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one font of the map: Liberation Sans (SIL Open Font License), bundled through the openpdf-fonts-extra jar.
 * Loaded once. The resource paths are public so that the ui can load the same TTF into JavaFX and the PDF writer can
 * embed it: every surface draws with the same glyphs and the same advance widths.
 */
public final class MapFont {

    /** Class-path resource of the regular face (absolute, for {@code Class.getResourceAsStream}). */
    public static final String REGULAR_RESOURCE = "/liberation/LiberationSans-Regular.ttf";

    /** Class-path resource of the bold face. */
    public static final String BOLD_RESOURCE = "/liberation/LiberationSans-Bold.ttf";

    /** The family name the TTFs declare. */
    public static final String FAMILY = "Liberation Sans";

    private static final class Holder {
        static final Font REGULAR = load(REGULAR_RESOURCE);
        static final Font BOLD = load(BOLD_RESOURCE);
    }

    private MapFont() {
    }

    /** The regular face at 1 pt; derive the size you need. */
    public static Font regular() {
        return Holder.REGULAR;
    }

    /** The bold face at 1 pt; derive the size you need. */
    public static Font bold() {
        return Holder.BOLD;
    }

    public static Font face(boolean bold) {
        return bold ? bold() : regular();
    }

    /** Opens a stream on the TTF of a face; the caller closes it. */
    public static InputStream openTtf(boolean bold) {
        String path = bold ? BOLD_RESOURCE : REGULAR_RESOURCE;
        InputStream in = MapFont.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the bundled font " + path + " is not on the class path "
                    + "(dependency com.github.librepdf:openpdf-fonts-extra)");
        }
        return in;
    }

    private static Font load(String path) {
        try (InputStream in = openTtf(path.equals(BOLD_RESOURCE))) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(1f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + path, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + path + " is not a TrueType font", e);
        }
    }
}
