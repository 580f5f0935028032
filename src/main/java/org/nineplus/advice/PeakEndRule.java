package org.nineplus.advice;

import java.util.ArrayList;
import java.util.List;

import org.nineplus.model.Stage;

/** The peak–end memory index of a journey (domain.md, "Peak–end memory index"). */
final class PeakEndRule {

    /** An emotion at or above this is a positive peak. */
    static final int POSITIVE_PEAK = 2;

    private PeakEndRule() {
    }

    static PeakEnd of(List<Stage> stages) {
        if (stages.isEmpty()) {
            return new PeakEnd(0, 0, 0.0, List.of());
        }
        int peak = 0;
        boolean positivePeak = false;
        for (Stage stage : stages) {
            int emotion = stage.emotionOrZero();
            if (Math.abs(emotion) >= Math.abs(peak)) {
                peak = emotion; // >=: on a tie the later stage wins
            }
            positivePeak |= emotion >= POSITIVE_PEAK;
        }
        int end = stages.get(stages.size() - 1).emotionOrZero();
        List<PeakEndHint> hints = new ArrayList<>(2);
        if (end <= 0) {
            hints.add(PeakEndHint.IMPROVE_ENDING);
        }
        if (!positivePeak) {
            hints.add(PeakEndHint.CREATE_PEAK);
        }
        return new PeakEnd(peak, end, (peak + end) / 2.0, hints);
    }
}
