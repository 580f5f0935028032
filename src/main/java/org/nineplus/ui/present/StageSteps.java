package org.nineplus.ui.present;

import java.util.List;
import java.util.Optional;

import org.nineplus.model.Journey;
import org.nineplus.model.Stage;

/**
 * Which stage of the journey a presentation is at: next, previous, first, last, never past either end. Plain Java;
 * the stages are the journey's, left to right, as it was when the presentation started (the map is read-only while
 * it runs).
 */
final class StageSteps {

    private final List<Stage> stages;
    private int index;

    StageSteps(Journey journey) {
        this.stages = List.copyOf(journey.stages());
    }

    /** Moves by {@code delta} stages, stopping at the first and the last; returns whether the stage changed. */
    boolean step(int delta) {
        return goTo(index + delta);
    }

    boolean first() {
        return goTo(0);
    }

    boolean last() {
        return goTo(stages.size() - 1);
    }

    /** Goes to the stage at this index (0 is the first), kept within the journey; returns whether it changed. */
    boolean goTo(int wanted) {
        int next = Math.max(0, Math.min(stages.size() - 1, wanted));
        if (stages.isEmpty() || next == index) {
            return false;
        }
        index = next;
        return true;
    }

    /** The current stage; empty for a journey without stages. */
    Optional<Stage> current() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(index));
    }

    /** 1 for the first stage (0 when there are none). */
    int number() {
        return stages.isEmpty() ? 0 : index + 1;
    }

    int count() {
        return stages.size();
    }
}
