package org.nineplus.model;

import java.util.List;
import java.util.Objects;

/**
 * A column of the journey map.
 *
 * @param emotion the team's reading of how the customer feels here, -3 to +3 (checked by {@link WorkshopRules}),
 *        or null when not yet judged
 * @param failingRules golden rules the team judged as failing in this stage
 */
public record Stage(String id, String name, boolean momentOfTruth, TimeKind time, Integer emotion,
                    List<GoldenRule> failingRules) {

    public static final int MIN_EMOTION = -3;
    public static final int MAX_EMOTION = 3;

    public Stage {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        time = time == null ? TimeKind.SAVE : time;
        failingRules = failingRules == null ? List.of() : List.copyOf(failingRules);
    }

    public Stage(String id, String name) {
        this(id, name, false, TimeKind.SAVE, null, List.of());
    }

    /** The emotion for arithmetic: a stage without an emotion counts as 0. */
    public int emotionOrZero() {
        return emotion == null ? 0 : emotion;
    }

    public Stage withName(String newName) {
        return new Stage(id, newName, momentOfTruth, time, emotion, failingRules);
    }

    public Stage withMomentOfTruth(boolean value) {
        return new Stage(id, name, value, time, emotion, failingRules);
    }

    public Stage withTime(TimeKind value) {
        return new Stage(id, name, momentOfTruth, value, emotion, failingRules);
    }

    public Stage withEmotion(Integer value) {
        return new Stage(id, name, momentOfTruth, time, value, failingRules);
    }

    public Stage withFailingRules(List<GoldenRule> value) {
        return new Stage(id, name, momentOfTruth, time, emotion, value);
    }
}
