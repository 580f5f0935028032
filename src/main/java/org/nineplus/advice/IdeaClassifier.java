package org.nineplus.advice;

import org.nineplus.model.Card;

/** The class of a candidate idea before funding (domain.md, "Idea class"; first match wins). */
final class IdeaClassifier {

    private IdeaClassifier() {
    }

    static IdeaClass classify(Candidate candidate) {
        Card card = candidate.card;
        if (card.savingsOnly()) {
            return IdeaClass.NO_CX_POTENTIAL;
        }
        if (card.cost() == null || card.expectedScore() == null) {
            return IdeaClass.UNESTIMATED;
        }
        if (notAboveImproved(candidate)) {
            return IdeaClass.NO_CX_POTENTIAL;
        }
        boolean basicsPass = candidate.stage.basicsPass();
        if (candidate.isBasic()) {
            return basicsPass ? IdeaClass.OVER_POLISH : IdeaClass.FIX_BASICS;
        }
        return distinctiveClass(basicsPass, candidate.stage.stage.momentOfTruth());
    }

    /** For a distinctive-lane idea: PREMATURE until the basics pass, then by moment of truth. */
    static IdeaClass distinctiveClass(boolean basicsPass, boolean momentOfTruth) {
        if (!basicsPass) {
            return IdeaClass.PREMATURE;
        }
        return momentOfTruth ? IdeaClass.NINE_PLUS : IdeaClass.OFF_MOMENT;
    }

    /** Rule 3: the expected score is not above the score of the card it improves (when that card has one). */
    static boolean notAboveImproved(Candidate candidate) {
        Card improved = candidate.improved;
        return improved != null && improved.score() != null
                && candidate.card.expectedScore() <= improved.score();
    }
}
