package org.nineplus.ui.advisor;

/**
 * How the budget splits between the basic (7+) and distinctive (9+) layers, and what is left; the amounts are also
 * given as the locale writes them.
 *
 * @param budget the budget, or 0 when there is none
 */
public record BudgetSplit(double budget, double basic, double distinctive, double left, String basicText,
                          String distinctiveText, String leftText) {

    /** Whether there is a budget to split; without one the panel shows a hint instead of the bar. */
    public boolean hasBudget() {
        return budget > 0;
    }

    public double fraction(double part) {
        return budget > 0 ? part / budget : 0;
    }
}
