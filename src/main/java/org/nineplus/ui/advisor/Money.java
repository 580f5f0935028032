package org.nineplus.ui.advisor;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Money in the panel's locale: the currency symbol, amounts as the locale writes them, and the budget typed by the
 * user read back with the locale's grouping ("60.000" in nl-NL, "60,000" in en-US). Plain Java, no JavaFX.
 */
final class Money {

    /** What the user typed, read: an amount (null when the field is empty), or why it could not be read. */
    record Parsed(Double amount, String problem) {

        boolean valid() {
            return problem == null;
        }
    }

    private final Locale locale;
    private final String symbol;
    private final NumberFormat amounts;
    private final NumberFormat decimals;
    private final Pattern strict;
    private final char grouping;
    private final char decimal;

    Money(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        NumberFormat currency = NumberFormat.getCurrencyInstance(locale);
        currency.setCurrency(org.nineplus.model.Money.currencyFor(locale));
        this.symbol = currency.getCurrency().getSymbol(locale);
        currency.setMinimumFractionDigits(0);
        currency.setMaximumFractionDigits(2);
        this.amounts = currency;
        this.decimals = NumberFormat.getNumberInstance(locale);
        decimals.setMinimumFractionDigits(1);
        decimals.setMaximumFractionDigits(2);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.grouping = symbols.getGroupingSeparator();
        this.decimal = symbols.getDecimalSeparator();
        String g = Pattern.quote(String.valueOf(grouping));
        String d = Pattern.quote(String.valueOf(decimal));
        // Either no grouping at all, or a group separator before every three digits; up to two decimals.
        this.strict = Pattern.compile("(\\d+|\\d{1,3}(" + g + "\\d{3})+)(" + d + "\\d{1,2})?");
    }

    String symbol() {
        return symbol;
    }

    /** "€ 20.000" in nl-NL, "$20,000" in en-US; cents only when there are some. */
    String format(double amount) {
        return amounts.format(amount);
    }

    /** A score or uplift as the locale writes decimals: "6.0" in en-US, "6,0" in nl-NL. */
    String decimal(double value) {
        return decimals.format(value);
    }

    /** Reads a budget. Empty means no budget; a currency symbol and spaces around it are allowed. */
    Parsed parse(String text) {
        String typed = text == null ? "" : text.strip();
        String bare = typed.replace(symbol, "").strip();
        if (bare.isEmpty()) {
            return typed.isEmpty() ? new Parsed(null, null) : new Parsed(null, notAnAmount(typed));
        }
        if (Character.isSpaceChar(grouping)) {
            bare = bare.replaceAll("\\s", String.valueOf(grouping)); // "60 000" for a no-break-space locale
        }
        if (bare.startsWith("-") || bare.startsWith("\u2212")) {
            return new Parsed(null, AdvisorTexts.TEXTS.in(locale).get("budget.negative"));
        }
        if (!strict.matcher(bare).matches()) {
            return new Parsed(null, notAnAmount(typed));
        }
        String plain = bare.replace(String.valueOf(grouping), "").replace(decimal, '.');
        return new Parsed(new BigDecimal(plain).doubleValue(), null);
    }

    private String notAnAmount(String typed) {
        DecimalFormat example = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        return AdvisorTexts.TEXTS.in(locale).get("budget.notAmount", typed, example.format(60_000),
                example.format(60_000.5).replace(decimal + "5", decimal + "50"));
    }
}
