package org.nineplus.ui.advisor;

import org.nineplus.advice.IdeaClass;
import org.nineplus.advice.PeakEndHint;
import org.nineplus.advice.Verdict;
import org.nineplus.advice.Warning;

/** The words of the panel (English; the advice layer's reasons carry their own translations). */
final class AdvisorTexts {

    static final String NO_BUDGET_HINT = "Enter a budget to see what gets funded";
    static final String NO_JOURNEY = "Open a journey to see the advice.";
    static final String NO_IDEAS = "No ideas in the pyramid lanes yet.";
    static final String NO_WARNINGS = "No warnings.";
    static final String NO_KANO = "No idea has Kano survey counts yet.";

    private AdvisorTexts() {
    }

    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case UNRATED -> "Not rated yet";
            case FIX_BASICS -> "Fix the basics";
            case READY_FOR_9PLUS -> "Ready for 9+";
            case GOOD_ENOUGH -> "Good enough at 7+";
        };
    }

    /** The heading of a group of ideas. */
    static String ideaClass(IdeaClass ideaClass) {
        return switch (ideaClass) {
            case FIX_BASICS -> "Fix the basics (7+)";
            case NINE_PLUS -> "9+ moments";
            case OFF_MOMENT -> "Off-moment";
            case OVER_POLISH -> "Over-polish";
            case PREMATURE -> "Premature";
            case UNESTIMATED -> "Unestimated";
            case NO_CX_POTENTIAL -> "No CX potential";
        };
    }

    static String hint(PeakEndHint hint) {
        return switch (hint) {
            case IMPROVE_ENDING -> "Improve the ending";
            case CREATE_PEAK -> "Create a positive peak at a moment of truth";
        };
    }

    static String warningKind(Warning.Kind kind) {
        return switch (kind) {
            case MISPLACED_LAYER -> "Misplaced layer";
            case UNESTIMATED -> "Unestimated";
        };
    }

    /** An emotion with its sign: "+1", "−2", "0". */
    static String signed(int emotion) {
        return emotion > 0 ? "+" + emotion : emotion < 0 ? "\u2212" + (-emotion) : "0";
    }
}
