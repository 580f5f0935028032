package org.nineplus.advice;

import java.util.ArrayList;
import java.util.List;

import org.nineplus.model.Card;
import org.nineplus.model.Stage;

/** What the advisor knows about one stage: its basics before funding, and what funding did to them. */
final class StageFacts {

    /** Basics pass at this score or above. */
    static final double BASIC_THRESHOLD = 7.0;

    final Stage stage;
    /** The EXISTING cards in the stage's CORE and COMPLAINTS lanes, rated or not, in file order. */
    final List<Card> basicCards = new ArrayList<>();
    /** The lowest score among {@link #basicCards}; null when none is rated. */
    Double basicScore;
    /** The first card with {@link #basicScore}. */
    Card lowest;
    Verdict verdict;

    /** The funded FIX_BASICS ideas of this stage, in funding order. */
    final List<Candidate> fundedFixes = new ArrayList<>();
    /** The basic score with the funded fixes; null when nothing was funded here or nothing is rated. */
    Double projectedScore;
    /** Whether the funded fixes lifted the stage to passing basics. */
    boolean unlocked;

    StageFacts(Stage stage) {
        this.stage = stage;
    }

    void addBasicCard(Card card) {
        basicCards.add(card);
        Double score = card.score();
        if (score != null && (basicScore == null || score < basicScore)) {
            basicScore = score;
            lowest = card;
        }
    }

    /** Verdict, first match wins (domain.md, "Stage verdict"). */
    void judge() {
        boolean ruleFails = !stage.failingRules().isEmpty();
        if (basicScore == null && !ruleFails) {
            verdict = Verdict.UNRATED;
        } else if (ruleFails || basicScore < BASIC_THRESHOLD) {
            verdict = Verdict.FIX_BASICS;
        } else if (stage.momentOfTruth()) {
            verdict = Verdict.READY_FOR_9PLUS;
        } else {
            verdict = Verdict.GOOD_ENOUGH;
        }
    }

    boolean basicsPass() {
        return verdict == Verdict.READY_FOR_9PLUS || verdict == Verdict.GOOD_ENOUGH;
    }
}
