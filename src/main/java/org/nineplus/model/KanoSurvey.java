package org.nineplus.model;

/**
 * Kano survey counts for one idea: attractive, one-dimensional, must-be, indifferent, reverse, questionable.
 * Counts are never negative in a valid workshop ({@link WorkshopRules} reports where one is).
 */
public record KanoSurvey(int attractive, int oneDimensional, int mustBe, int indifferent, int reverse,
                         int questionable) {

    public int total() {
        return attractive + oneDimensional + mustBe + indifferent + reverse + questionable;
    }
}
