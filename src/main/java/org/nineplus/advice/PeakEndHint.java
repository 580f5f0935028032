package org.nineplus.advice;

/** What the peak–end rule suggests for a journey. */
public enum PeakEndHint {
    /** The last stage's emotion is 0 or below. */
    IMPROVE_ENDING,
    /** No stage reaches +2: create a positive peak at a moment of truth. */
    CREATE_PEAK
}
