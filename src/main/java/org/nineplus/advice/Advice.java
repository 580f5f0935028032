package org.nineplus.advice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The advisor's judgement of one journey under a budget. An immutable value.
 *
 * @param budget the budget as given, or null when none was given
 * @param stages one entry per stage, left to right
 * @param ideas one entry per candidate idea, in file order
 * @param fundingOrder the ids of the funded ideas in the order they were funded
 * @param warnings misplaced-layer and unestimated warnings, in file order of the cards
 */
public record Advice(String journeyId, Double budget, List<StageAdvice> stages, List<IdeaAdvice> ideas,
                     List<String> fundingOrder, Totals totals, PeakEnd peakEnd, List<Warning> warnings) {

    public Advice {
        Objects.requireNonNull(journeyId, "journeyId");
        stages = List.copyOf(stages);
        ideas = List.copyOf(ideas);
        fundingOrder = List.copyOf(fundingOrder);
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(peakEnd, "peakEnd");
        warnings = List.copyOf(warnings);
    }

    public Optional<StageAdvice> stage(String stageId) {
        return stages.stream().filter(s -> s.stageId().equals(stageId)).findFirst();
    }

    public Optional<IdeaAdvice> idea(String cardId) {
        return ideas.stream().filter(i -> i.cardId().equals(cardId)).findFirst();
    }
}
