package org.nineplus.model;

/**
 * Kano survey counts for one idea: attractive, one-dimensional, must-be, indifferent, reverse, questionable.
 */
public record KanoSurvey(int attractive, int oneDimensional, int mustBe, int indifferent, int reverse,
                         int questionable) {

    public KanoSurvey {
        if (attractive < 0 || oneDimensional < 0 || mustBe < 0 || indifferent < 0 || reverse < 0 || questionable < 0) {
            throw new IllegalArgumentException("Kano survey counts cannot be negative");
        }
    }

    public int total() {
        return attractive + oneDimensional + mustBe + indifferent + reverse + questionable;
    }
}
