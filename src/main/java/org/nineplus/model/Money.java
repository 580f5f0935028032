package org.nineplus.model;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Money as people read it: the currency of their locale, or euros when the locale names no country. */
public final class Money {

    private Money() {
    }

    /** The locale's currency; euros when the locale names no country (NinePlus workshops are Dutch first). */
    public static Currency currencyFor(Locale locale) {
        try {
            return Currency.getInstance(locale);
        } catch (IllegalArgumentException noCountry) {
            return Currency.getInstance("EUR");
        }
    }

    /** "€20,000" or "€ 20.000": whole amounts without cents, otherwise up to two decimals. */
    public static String format(double amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currencyFor(locale));
        format.setMinimumFractionDigits(amount == Math.rint(amount) ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
