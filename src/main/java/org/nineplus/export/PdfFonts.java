package org.nineplus.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.nineplus.render.MapFont;

/**
 * The map font of one PDF document: both Liberation Sans faces loaded from the bundled TTFs as Type 0 fonts that
 * PDFBox embeds as subsets (only the glyphs used) with a ToUnicode map, so the text can be selected and searched.
 * Glyph substitution (GSUB: ligatures and the like) is switched off, so the PDF shows exactly the glyphs whose
 * advances {@link org.nineplus.render.TextMeasurer} summed, as Java2D draws them; it also spares PDFBox compiling
 * regular expressions on every line of text. A character the font has no glyph for is shown as '?', never a failed
 * export. Close it after the document is saved (subsetting reads the fonts while saving).
 */
final class PdfFonts implements Closeable {

    private final TrueTypeFont regularTtf;
    private final TrueTypeFont boldTtf;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final BitSet[] missing = {new BitSet(), new BitSet()};
    private final BitSet[] present = {new BitSet(), new BitSet()};

    private final PDDocument document;

    PdfFonts(PDDocument document) throws IOException {
        this.document = document;
        regularTtf = parse(false);
        boldTtf = parse(true);
        regular = PDType0Font.load(document, regularTtf, true);
        bold = PDType0Font.load(document, boldTtf, true);
    }

    /** The document the fonts belong to (pictures are embedded into it too). */
    PDDocument document() {
        return document;
    }

    private static TrueTypeFont parse(boolean bold) throws IOException {
        try (InputStream in = MapFont.openTtf(bold)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            return ttf;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            regularTtf.close();
        } finally {
            boldTtf.close();
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
