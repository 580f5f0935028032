package org.nineplus.advice;

import java.util.Objects;

import org.nineplus.model.KanoCategory;
import org.nineplus.model.KanoSurvey;

/**
 * What a Kano survey says about an idea.
 *
 * @param category the answer with the largest count, ties broken M &gt; O &gt; A &gt; I &gt; R &gt; Q; null when the
 *        survey has no answers, or when questionable answers (Q, which is no quality category) have the largest count
 * @param questionable whether questionable answers have the largest count
 * @param better Better = (A+O)/(A+O+M+I), or null when A+O+M+I is 0
 * @param worse Worse = −(O+M)/(A+O+M+I), or null when A+O+M+I is 0
 */
public record Kano(KanoCategory category, boolean questionable, Double better, Double worse) {

    /** Reads the category and the Better/Worse coefficients from survey counts. */
    public static Kano fromSurvey(KanoSurvey survey) {
        Objects.requireNonNull(survey, "survey");
        // In order of precedence: on a tie the earlier one wins.
        int[] counts = {survey.mustBe(), survey.oneDimensional(), survey.attractive(), survey.indifferent(),
            survey.reverse(), survey.questionable()};
        KanoCategory[] categories = {KanoCategory.MUST_BE, KanoCategory.ONE_DIMENSIONAL, KanoCategory.ATTRACTIVE,
            KanoCategory.INDIFFERENT, KanoCategory.REVERSE, null};
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        boolean anyAnswer = counts[best] > 0;
        boolean questionable = anyAnswer && best == counts.length - 1;
        KanoCategory category = anyAnswer ? categories[best] : null;
        int denominator = survey.attractive() + survey.oneDimensional() + survey.mustBe() + survey.indifferent();
        if (denominator <= 0) {
            return new Kano(category, questionable, null, null);
        }
        double better = (double) (survey.attractive() + survey.oneDimensional()) / denominator;
        double worse = (double) -(survey.oneDimensional() + survey.mustBe()) / denominator; // never -0.0
        return new Kano(category, questionable, better, worse);
    }
}
