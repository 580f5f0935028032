package org.nineplus.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The peak–end memory index and its hints. */
class PeakEndTest {

    @ParameterizedTest(name = "emotions [{0}] -> peak {1}, end {2}, index {3}, hints [{4}]")
    @CsvSource(delimiter = '|', nullValues = "~", value = {
        "            |  0 |  0 |  0.0 | ",
        "1 -2 1      | -2 |  1 | -0.5 | CREATE_PEAK",
        "1           |  1 |  1 |  1.0 | CREATE_PEAK",
        "2 -2        | -2 | -2 | -2.0 | IMPROVE_ENDING",
        "-2 2        |  2 |  2 |  2.0 | ",
        "-3 -2 -3 1 0 1 2 | -3 | 2 | -0.5 | ",
        "- -         |  0 |  0 |  0.0 | IMPROVE_ENDING CREATE_PEAK",
        "3 -         |  3 |  0 |  1.5 | IMPROVE_ENDING",
        "- -1 1 -    |  1 |  0 |  0.5 | IMPROVE_ENDING CREATE_PEAK",
        "- 1 -1 -    | -1 |  0 | -0.5 | IMPROVE_ENDING CREATE_PEAK",
        "-1 1        |  1 |  1 |  1.0 | CREATE_PEAK",
    })
    void peakEnd(String emotions, int peak, int end, double index, String hints) {
        Journeys journey = Journeys.journey();
        String[] values = emotions == null ? new String[0] : emotions.trim().split("\\s+");
        for (int s = 0; s < values.length; s++) {
            journey.stageWithEmotion("s" + s, values[s].equals("-") ? null : Integer.valueOf(values[s]));
        }
        List<PeakEndHint> expectedHints = new ArrayList<>();
        if (hints != null) {
            Arrays.stream(hints.trim().split("\\s+")).map(PeakEndHint::valueOf).forEach(expectedHints::add);
        }
        PeakEnd result = Advisor.advise(journey.build(), null).peakEnd();
        assertThat(result).isEqualTo(new PeakEnd(peak, end, index, expectedHints));
    }
}
