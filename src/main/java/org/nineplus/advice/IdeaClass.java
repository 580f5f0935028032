package org.nineplus.advice;

/** What kind of investment an idea is (domain.md, "Idea class"). */
public enum IdeaClass {
    /** Saves the organisation money only, or does not raise the score of the card it improves. Never funded. */
    NO_CX_POTENTIAL,
    /** Cost or expected score not filled in yet. Listed, never funded. */
    UNESTIMATED,
    /** A basic-lane idea in a stage whose basics fail or are unrated. */
    FIX_BASICS,
    /** A basic-lane idea in a stage whose basics already pass. */
    OVER_POLISH,
    /** A distinctive-lane idea in a stage whose basics fail or are unrated. Never funded. */
    PREMATURE,
    /** A distinctive-lane idea at a moment of truth with its basics in order. */
    NINE_PLUS,
    /** A distinctive-lane idea with its basics in order, but not at a moment of truth. */
    OFF_MOMENT
}
