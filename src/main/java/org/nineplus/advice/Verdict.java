package org.nineplus.advice;

/** The verdict on a stage's basics, before any funding (domain.md, "Stage verdict"). */
public enum Verdict {
    /** No rated card in the CORE or COMPLAINTS lane, and no failing golden rule. */
    UNRATED,
    /** The lowest basic score is below 7.0, or a golden rule fails in the stage. */
    FIX_BASICS,
    /** Basics pass and the stage is a moment of truth: the place for 9+. */
    READY_FOR_9PLUS,
    /** Basics pass, not a moment of truth: hold it at 7+. */
    GOOD_ENOUGH
}
