package org.nineplus.render;

import org.nineplus.model.LaneKind;

/** The colour role of a lane band: each pyramid layer its own, basic (7+) versus distinctive (9+). */
public enum LaneRole {
    CORE, COMPLAINTS, INDIVIDUAL, SURPRISE, EMOTION, NOTES;

    public static LaneRole of(LaneKind kind) {
        return switch (kind) {
            case CORE -> CORE;
            case COMPLAINTS -> COMPLAINTS;
            case INDIVIDUAL -> INDIVIDUAL;
            case SURPRISE -> SURPRISE;
            case EMOTION -> EMOTION;
            case NOTES -> NOTES;
        };
    }

    public boolean isBasic() {
        return this == CORE || this == COMPLAINTS;
    }

    public boolean isDistinctive() {
        return this == INDIVIDUAL || this == SURPRISE;
    }
}
