package org.nineplus.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nineplus.model.KanoCategory;
import org.nineplus.model.KanoSurvey;

/** Kano category (largest count, ties M &gt; O &gt; A &gt; I &gt; R &gt; Q) and Better/Worse from survey counts. */
class KanoTest {

    @ParameterizedTest(name = "A{0} O{1} M{2} I{3} R{4} Q{5} -> {6}")
    @CsvSource(nullValues = "-", value = {
        // A, O,  M, I, R, Q, category,        questionable, better, worse
        "1,  9,  4, 2, 0, 0, ONE_DIMENSIONAL, false, 0.625,  -0.8125",
        "1,  4, 12, 3, 0, 0, MUST_BE,         false, 0.25,   -0.8",
        "13, 3,  0, 4, 0, 0, ATTRACTIVE,      false, 0.8,    -0.15",
        "4,  2,  1, 12, 1, 0, INDIFFERENT,    false, 0.3157894736842105, -0.15789473684210525",
        "2,  1,  1, 5, 9, 2, REVERSE,         false, 0.3333333333333333, -0.2222222222222222",
        "5,  5,  5, 5, 0, 0, MUST_BE,         false, 0.5,    -0.5",
        "5,  5,  0, 0, 0, 0, ONE_DIMENSIONAL, false, 1.0,    -0.5",
        "3,  0,  0, 3, 0, 0, ATTRACTIVE,      false, 0.5,    0.0",
        "0,  0,  0, 4, 4, 4, INDIFFERENT,     false, 0.0,    0.0",
        "0,  0,  0, 0, 3, 3, REVERSE,         false, -,      -",
        "0,  0,  0, 0, 1, 2, -,               true,  -,      -",
        "0,  0,  0, 0, 0, 0, -,               false, -,      -",
    })
    void categoryAndCoefficients(int a, int o, int m, int i, int r, int q, KanoCategory category,
                                 boolean questionable, Double better, Double worse) {
        Kano kano = Kano.fromSurvey(new KanoSurvey(a, o, m, i, r, q));
        assertThat(kano.category()).isEqualTo(category);
        assertThat(kano.questionable()).isEqualTo(questionable);
        if (better == null) {
            assertThat(kano.better()).isNull();
            assertThat(kano.worse()).isNull();
        } else {
            assertThat(kano.better()).isCloseTo(better, within(1e-12));
            assertThat(kano.worse()).isCloseTo(worse, within(1e-12));
            assertThat(kano.better()).isBetween(0.0, 1.0);
            assertThat(kano.worse()).isBetween(-1.0, 0.0);
        }
    }
}
