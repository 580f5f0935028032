package org.nineplus.advice;

import java.util.List;
import java.util.Objects;

/**
 * The peak–end memory index of a journey: {@code index = (peak + end) / 2}.
 *
 * @param peak the emotion with the largest absolute value (the later stage on a tie)
 * @param end the emotion of the last stage
 * @param hints IMPROVE_ENDING and CREATE_PEAK, in that order, when they apply
 */
public record PeakEnd(int peak, int end, double index, List<PeakEndHint> hints) {

    public PeakEnd {
        hints = List.copyOf(Objects.requireNonNull(hints, "hints"));
    }
}
