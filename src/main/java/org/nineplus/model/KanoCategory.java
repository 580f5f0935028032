package org.nineplus.model;

/** Kano quality categories as written in the workshop file. */
public enum KanoCategory {
    MUST_BE,
    ONE_DIMENSIONAL,
    ATTRACTIVE,
    INDIFFERENT,
    REVERSE
}
