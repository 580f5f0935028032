package org.nineplus.advice;

import java.math.BigDecimal;
import java.util.List;

import org.nineplus.model.Card;
import org.nineplus.model.Lane;

/** One candidate idea while the advisor works on it. Mutable; only {@link Advisor} hands out values. */
final class Candidate {

    /** Why a candidate was or was not funded. */
    enum Outcome { FUNDED, DOES_NOT_FIT, NO_BUDGET, NEVER }

    final Card card;
    final Lane lane;
    /** Position in the journey's card list: the last tie-breaker. */
    final int order;
    final StageFacts stage;
    /** The EXISTING card it improves, or null for a new element (or when the improved card cannot be found). */
    final Card improved;
    final BigDecimal cost;
    /** Exact decimal uplift, or null when not computable. */
    final BigDecimal uplift;

    IdeaClass initialClass;
    IdeaClass finalClass;
    Outcome outcome = Outcome.NEVER;
    /** The money left when a candidate that did not fit was considered. */
    BigDecimal leftWhenConsidered;
    List<String> unlockedBy = List.of();

    Candidate(Card card, Lane lane, int order, StageFacts stage, Card improved) {
        this.card = card;
        this.lane = lane;
        this.order = order;
        this.stage = stage;
        this.improved = improved;
        this.cost = card.cost() == null ? null : BigDecimal.valueOf(card.cost());
        this.uplift = uplift(card, improved);
    }

    private static BigDecimal uplift(Card card, Card improved) {
        if (card.expectedScore() == null) {
            return null;
        }
        Double base;
        if (card.improves() == null) {
            base = StageFacts.BASIC_THRESHOLD;
        } else {
            base = improved == null ? null : improved.score();
        }
        // BigDecimal.valueOf reads the shortest decimal, so 8.6 - 7.6 is exactly 1.0 and ties stay ties.
        return base == null ? null : BigDecimal.valueOf(card.expectedScore()).subtract(BigDecimal.valueOf(base));
    }

    boolean funded() {
        return outcome == Outcome.FUNDED;
    }

    boolean isBasic() {
        return lane.kind().isBasic();
    }
}
