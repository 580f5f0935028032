package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Currency;
import java.util.Locale;

import org.nineplus.model.Card;
import org.nineplus.model.Money;
import org.nineplus.model.Stage;

/** How the inspector reads and writes numbers, scores and money in the person's locale. */
public final class FieldFormats {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    private final Locale locale;

    public FieldFormats(Locale locale) {
        this.locale = locale;
    }

    public static FieldFormats forUser() {
        return new FieldFormats(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** A required text: not blank; kept without surrounding spaces. */
    public static ValidatedField.Parser<String> required(String problem) {
        return text -> {
            if (text.isBlank()) {
                throw new IllegalArgumentException(problem);
            }
            return text.strip();
        };
    }

    public static ValidatedField.Parser<String> anyText() {
        return String::strip;
    }

    /** A score 1–10 or empty (null). */
    public ValidatedField.Parser<Double> score(String name) {
        return text -> {
            if (text.isBlank()) {
                return null;
            }
            double value = number(text, TEXTS.get("field.notNumber", name, formatScore(7.5)));
            if (value < Card.MIN_SCORE || value > Card.MAX_SCORE) {
                throw new IllegalArgumentException(TEXTS.get("field.scoreRange", name));
            }
            return value;
        };
    }

    /** Money ≥ 0 or empty (null: not estimated yet); the currency symbol may be typed or left out. */
    public ValidatedField.Parser<Double> money(String name) {
        return text -> {
            if (text.isBlank()) {
                return null;
            }
            String symbol = Money.currencyFor(locale).getSymbol(locale);
            String bare = text.replace(symbol, "").replace(Money.currencyFor(locale).getCurrencyCode(), "").strip();
            double value = number(bare, TEXTS.get("field.notMoney", name, formatMoney(1500.0)));
            if (value < 0) {
                throw new IllegalArgumentException(TEXTS.get("field.negative", name));
            }
            return value;
        };
    }

    /** A whole count ≥ 0; empty counts as 0. */
    public static ValidatedField.Parser<Integer> count(String name) {
        return text -> {
            if (text.isBlank()) {
                return 0;
            }
            try {
                int value = Integer.parseInt(text.strip());
                if (value < 0) {
                    throw new IllegalArgumentException(TEXTS.get("field.negative", name));
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(TEXTS.get("field.notWhole", name));
            }
        };
    }

    private double number(String text, String problem) {
        String clean = text.strip();
        ParsePosition position = new ParsePosition(0);
        Number parsed = NumberFormat.getNumberInstance(locale).parse(clean, position);
        if (parsed == null || position.getIndex() != clean.length()) {
            throw new IllegalArgumentException(problem);
        }
        double value = parsed.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    public String formatScore(Double score) {
        if (score == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(score);
    }

    public String formatMoney(Double amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Money.currencyFor(locale));
        return format.format(amount);
    }

    public static String formatCount(Integer count) {
        return count == null ? "0" : String.valueOf(count);
    }

    /** "+2", "0", "−3"; empty for none. */
    public static String formatEmotion(Integer emotion) {
        if (emotion == null) {
            return "";
        }
        return emotion > 0 ? "+" + emotion : String.valueOf(emotion);
    }

    public static boolean isEmotion(int value) {
        return value >= Stage.MIN_EMOTION && value <= Stage.MAX_EMOTION;
    }

}
