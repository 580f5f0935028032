package org.nineplus.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures text in the {@link MapFont} (antialiased, fractional metrics, no kerning: the width of a string is the sum
 * of its glyph advances, which scale linearly with the size, so screen, PNG, PDF and SVG agree) and wraps it into
 * lines. Wrapping never drops text: it breaks at spaces, breaks a word that is too long by characters, and a caller
 * makes its box as tall as the lines need. Thread-safe.
 */
public final class TextMeasurer {

    /** Glyph advances are measured once at this size and scaled. */
    private static final float UNIT = 1000f;
    private static final int CACHED_CHARS = 0x3000;

    private static final TextMeasurer STANDARD = new TextMeasurer();

    private final FontRenderContext frc = new FontRenderContext(new AffineTransform(), true, true);
    private final Font regularUnit = MapFont.regular().deriveFont(UNIT);
    private final Font boldUnit = MapFont.bold().deriveFont(UNIT);
    private final float[] regularAdvance = new float[CACHED_CHARS];
    private final float[] boldAdvance = new float[CACHED_CHARS];
    private final double ascent;
    private final double descent;

    private TextMeasurer() {
        java.util.Arrays.fill(regularAdvance, Float.NaN);
        java.util.Arrays.fill(boldAdvance, Float.NaN);
        LineMetrics metrics = regularUnit.getLineMetrics("Hg", frc);
        ascent = metrics.getAscent() / UNIT;
        descent = metrics.getDescent() / UNIT;
    }

    /** The shared measurer of the bundled font. */
    public static TextMeasurer standard() {
        return STANDARD;
    }

    /** The font render context the measurer uses; a Java2D surface should draw with the same settings. */
    public FontRenderContext renderContext() {
        return frc;
    }

    /** Width of the text in points at the given size. */
    public double width(String text, double size, boolean bold) {
        float[] cache = bold ? boldAdvance : regularAdvance;
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= CACHED_CHARS || Character.isSurrogate(c)) {
                return measureWhole(text, bold) * size / UNIT;
            }
            float advance = cache[c];
            if (Float.isNaN(advance)) {
                advance = (float) (bold ? boldUnit : regularUnit).getStringBounds(String.valueOf(c), frc).getWidth();
                cache[c] = advance;
            }
            units += advance;
        }
        return units * size / UNIT;
    }

    /** Distance from the baseline up to the top of tall glyphs, at the given size. */
    public double ascent(double size) {
        return ascent * size;
    }

    public double descent(double size) {
        return descent * size;
    }

    /** Baseline-to-baseline distance of wrapped lines. */
    public double lineHeight(double size) {
        return Math.ceil(size * 1.22 * 100) / 100;
    }

    /**
     * Wraps text into lines no wider than maxWidth: breaks at whitespace (runs of spaces collapse to one; a newline
     * starts a new line), and breaks a word that does not fit on a line of its own by characters. Blank text gives
     * no lines. Every non-space character of the text appears in the lines, in order.
     */
    public List<String> wrap(String text, double maxWidth, double size, boolean bold) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        double space = width(" ", size, bold);
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            double lineWidth = 0;
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                double w = width(word, size, bold);
                if (line.length() > 0 && lineWidth + space + w <= maxWidth) {
                    line.append(' ').append(word);
                    lineWidth += space + w;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (w <= maxWidth) {
                    line.append(word);
                    lineWidth = w;
                } else {
                    String rest = breakWord(word, maxWidth, size, bold, lines);
                    line.append(rest);
                    lineWidth = width(rest, size, bold);
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** Adds full-width pieces of the word to lines and returns the last, shorter piece. */
    private String breakWord(String word, double maxWidth, double size, boolean bold, List<String> lines) {
        int start = 0;
        while (start < word.length()) {
            int end = start;
            double w = 0;
            while (end < word.length()) {
                int next = word.offsetByCodePoints(end, 1);
                double cw = width(word.substring(end, next), size, bold);
                if (end > start && w + cw > maxWidth) {
                    break;
                }
                w += cw;
                end = next;
            }
            if (end >= word.length()) {
                return word.substring(start);
            }
            lines.add(word.substring(start, end));
            start = end;
        }
        return "";
    }

    private double measureWhole(String text, boolean bold) {
        return (bold ? boldUnit : regularUnit).getStringBounds(text, frc).getWidth();
    }
}
