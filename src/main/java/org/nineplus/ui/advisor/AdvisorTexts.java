package org.nineplus.ui.advisor;

import org.nineplus.model.Texts;
import org.nineplus.advice.IdeaClass;
import org.nineplus.advice.PeakEndHint;
import org.nineplus.advice.Verdict;
import org.nineplus.advice.Warning;

/** The words of the panel in the user's language ({@code messages*.properties}); the advice layer's reasons carry their own. */
final class AdvisorTexts {

    static final Texts TEXTS = Texts.of("org.nineplus.ui.advisor.messages");

    private AdvisorTexts() {
    }

    static String verdict(Verdict verdict) {
        return TEXTS.get("verdict." + verdict.name());
    }

    /** The heading of a group of ideas. */
    static String ideaClass(IdeaClass ideaClass) {
        return TEXTS.get("class." + ideaClass.name());
    }

    static String hint(PeakEndHint hint) {
        return TEXTS.get("hint." + hint.name());
    }

    static String warningKind(Warning.Kind kind) {
        return TEXTS.get("warning." + kind.name());
    }

    /** An emotion with its sign: "+1", "−2", "0". */
    static String signed(int emotion) {
        return emotion > 0 ? "+" + emotion : emotion < 0 ? "\u2212" + (-emotion) : "0";
    }
}
