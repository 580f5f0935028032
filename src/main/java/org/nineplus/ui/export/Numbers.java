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
        return ExportDialogModel.TEXTS.get("numbers.dpi", String.valueOf(PngOptions.MIN_DPI), String.valueOf(PngOptions.MAX_DPI));
    }

    static String scaleProblem(String text) {
        double scale = number(text);
        return scale > 0 && scale <= MAX_SCALE ? ""
                : ExportDialogModel.TEXTS.get("numbers.scale", String.valueOf((int) MAX_SCALE));
    }

    static String overlapProblem(String text) {
        double overlap = number(text);
        return overlap >= 0 && overlap <= MAX_OVERLAP_MM ? ""
                : ExportDialogModel.TEXTS.get("numbers.overlap", String.valueOf((int) MAX_OVERLAP_MM));
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
