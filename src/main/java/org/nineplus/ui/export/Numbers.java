package org.nineplus.ui.export;

import java.math.BigDecimal;

import org.nineplus.export.PngOptions;

/** Reads the numbers typed into the export dialog and says what is wrong with them. A comma counts as a point. */
final class Numbers {

    static final double MAX_SCALE = 100;
    static final double MAX_OVERLAP_MM = 50;

    private Numbers() {
    }

    static String dpiProblem(String text) {
        try {
            int dpi = Integer.parseInt(text.strip());
            if (dpi >= PngOptions.MIN_DPI && dpi <= PngOptions.MAX_DPI) {
                return "";
            }
        } catch (NumberFormatException e) {
            // below
        }
        return "The resolution must be a whole number from " + PngOptions.MIN_DPI + " to " + PngOptions.MAX_DPI
                + " dpi.";
    }

    static String scaleProblem(String text) {
        double scale = number(text);
        return scale > 0 && scale <= MAX_SCALE ? ""
                : "The scale must be a number above 0 and at most " + (int) MAX_SCALE + " (1 is 100 %).";
    }

    static String overlapProblem(String text) {
        double overlap = number(text);
        return overlap >= 0 && overlap <= MAX_OVERLAP_MM ? ""
                : "The overlap must be 0 to " + (int) MAX_OVERLAP_MM + " mm.";
    }

    /** Call only when {@link #dpiProblem} is empty. */
    static int dpi(String text) {
        return Integer.parseInt(text.strip());
    }

    /** Call only when {@link #scaleProblem} is empty. */
    static double scale(String text) {
        return number(text);
    }

    /** Call only when {@link #overlapProblem} is empty. */
    static double overlap(String text) {
        return number(text);
    }

    /** "1", "0.5": no trailing zeros, no exponent. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static double number(String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
