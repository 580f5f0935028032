package org.nineplus.ui.voting;

/**
 * One participant on the voting bar: how many dots the round gives and how many are left on the journey on screen.
 */
public record VoterChip(String name, int dotsLeft, int dotsPerParticipant) {

    /** Up to this many dots are drawn as ● and ○; more as "3 of 12". */
    static final int DRAWN = 10;

    /** "●●○": the dots left filled, the used ones hollow; null when there are too many to draw. */
    String dots() {
        if (dotsPerParticipant > DRAWN) {
            return null;
        }
        return "\u25CF".repeat(dotsLeft) + "\u25CB".repeat(Math.max(0, dotsPerParticipant - dotsLeft));
    }
}
