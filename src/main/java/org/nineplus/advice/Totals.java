package org.nineplus.advice;

/**
 * Where the budget goes.
 *
 * @param basic money on funded ideas in the CORE and COMPLAINTS lanes
 * @param distinctive money on funded ideas in the INDIVIDUAL and SURPRISE lanes
 * @param left the budget not spent; 0 without a budget
 */
public record Totals(double basic, double distinctive, double left) {
}
