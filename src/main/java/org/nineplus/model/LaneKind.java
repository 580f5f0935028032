package org.nineplus.model;

/** The kind of a lane (row). The four pyramid layers are always present, bottom layer first. */
public enum LaneKind {
    CORE(1, true),
    COMPLAINTS(2, true),
    INDIVIDUAL(3, false),
    SURPRISE(4, false),
    /** Holds the emotion curve; at most one per journey, never holds cards. */
    EMOTION(0, false),
    /** A free lane: customer actions, channels, backstage, pain points, notes. */
    NOTES(0, false);

    private final int pyramidLayer;
    private final boolean basic;

    LaneKind(int pyramidLayer, boolean basic) {
        this.pyramidLayer = pyramidLayer;
        this.basic = basic;
    }

    /** 1 to 4 for the pyramid layers (CORE is 1), 0 for the free lanes. */
    public int pyramidLayer() {
        return pyramidLayer;
    }

    public boolean isPyramid() {
        return pyramidLayer > 0;
    }

    /** CORE and COMPLAINTS: the basic (7+) half of the pyramid. */
    public boolean isBasic() {
        return basic;
    }

    /** INDIVIDUAL and SURPRISE: the distinctive (9+) half of the pyramid. */
    public boolean isDistinctive() {
        return isPyramid() && !basic;
    }

    public static final java.util.List<LaneKind> PYRAMID = java.util.List.of(CORE, COMPLAINTS, INDIVIDUAL, SURPRISE);
}
