package org.nineplus.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.nineplus.render.MapFont;

/**
 * The map font of one PDF document: both Liberation Sans faces loaded from the bundled TTFs as Type 0 fonts that
 * PDFBox embeds as subsets (only the glyphs used) with a ToUnicode map, so the text can be selected and searched.
 * A character the font has no glyph for is shown as '?', never a failed export.
 */
final class PdfFonts {

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final BitSet[] missing = {new BitSet(), new BitSet()};
    private final BitSet[] present = {new BitSet(), new BitSet()};

    PdfFonts(PDDocument document) throws IOException {
        regular = load(document, false);
        bold = load(document, true);
    }

    private static PDType0Font load(PDDocument document, boolean bold) throws IOException {
        try (InputStream in = MapFont.openTtf(bold)) {
            return PDType0Font.load(document, in, true);
        }
    }

    PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The text with every character the face cannot show replaced by '?', and controls by spaces. */
    String printable(String text, boolean isBold) {
        int face = isBold ? 1 : 0;
        StringBuilder result = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement = null;
            if (Character.isISOControl(cp)) {
                replacement = " ";
            } else if (!shows(cp, face)) {
                replacement = "?";
            }
            if (replacement != null && result == null) {
                result = new StringBuilder(text.substring(0, i));
            }
            if (result != null) {
                result.append(replacement != null ? replacement : text.substring(i, next));
            }
            i = next;
        }
        return result == null ? text : result.toString();
    }

    private boolean shows(int cp, int face) {
        if (present[face].get(cp)) {
            return true;
        }
        if (missing[face].get(cp)) {
            return false;
        }
        try {
            font(face == 1).encode(new String(Character.toChars(cp)));
            present[face].set(cp);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            missing[face].set(cp);
            return false;
        }
    }
}
