package org.nineplus.advice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineplus.model.Card;

/**
 * The funding rounds of domain.md ("Funding under a budget"): FIX_BASICS, re-evaluation, NINE_PLUS, OFF_MOMENT,
 * OVER_POLISH. Sets each candidate's final class, outcome and unlocking, and each stage's projection.
 */
final class Funding {

    /** Round 1: moment-of-truth stages first, then lower basic score (unknown lowest of all), then lower cost. */
    private static final Comparator<Candidate> FIX_ORDER = Comparator
            .comparing((Candidate c) -> !c.stage.stage.momentOfTruth())
            .thenComparing(c -> c.stage.basicScore, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(c -> c.cost)
            .thenComparingInt(c -> c.order);

    /** Rounds 3 to 5: cost 0 first of all, then higher uplift per cost (unknown uplift last), then file order. */
    private static final Comparator<Candidate> VALUE_ORDER = Funding::compareValue;

    private static final List<IdeaClass> VALUE_ROUNDS = List.of(IdeaClass.NINE_PLUS, IdeaClass.OFF_MOMENT,
            IdeaClass.OVER_POLISH);

    private BigDecimal left;
    private BigDecimal basic = BigDecimal.ZERO;
    private BigDecimal distinctive = BigDecimal.ZERO;
    private final List<String> order = new ArrayList<>();

    private Funding(BigDecimal budget) {
        this.left = budget;
    }

    /** Runs every round; {@code budget} null or 0 funds nothing. */
    static Funding run(List<Candidate> candidates, Collection<StageFacts> stages, BigDecimal budget) {
        boolean noBudget = budget == null || budget.signum() == 0;
        Funding funding = new Funding(noBudget ? BigDecimal.ZERO : budget);
        Map<IdeaClass, List<Candidate>> byClass = new EnumMap<>(IdeaClass.class);
        for (Candidate c : candidates) {
            c.finalClass = c.initialClass;
            byClass.computeIfAbsent(c.initialClass, k -> new ArrayList<>()).add(c);
        }
        if (noBudget) {
            for (Candidate c : candidates) {
                if (fundable(c.finalClass)) {
                    c.outcome = Candidate.Outcome.NO_BUDGET;
                }
            }
            return funding;
        }
        List<Candidate> fixes = byClass.getOrDefault(IdeaClass.FIX_BASICS, List.of());
        funding.fundInOrder(fixes, FIX_ORDER);
        reevaluate(stages, byClass.getOrDefault(IdeaClass.PREMATURE, List.of()), byClass);
        for (IdeaClass round : VALUE_ROUNDS) {
            funding.fundInOrder(byClass.getOrDefault(round, List.of()), VALUE_ORDER);
        }
        return funding;
    }

    static boolean fundable(IdeaClass ideaClass) {
        return ideaClass == IdeaClass.FIX_BASICS || ideaClass == IdeaClass.OVER_POLISH
                || ideaClass == IdeaClass.NINE_PLUS || ideaClass == IdeaClass.OFF_MOMENT;
    }

    private void fundInOrder(List<Candidate> round, Comparator<Candidate> comparator) {
        List<Candidate> sorted = new ArrayList<>(round);
        sorted.sort(comparator);
        for (Candidate c : sorted) {
            if (c.cost.compareTo(left) <= 0) {
                left = left.subtract(c.cost);
                c.outcome = Candidate.Outcome.FUNDED;
                order.add(c.card.id());
                if (c.isBasic()) {
                    basic = basic.add(c.cost);
                } else {
                    distinctive = distinctive.add(c.cost);
                }
                if (c.finalClass == IdeaClass.FIX_BASICS) {
                    c.stage.fundedFixes.add(c);
                }
            } else {
                c.outcome = Candidate.Outcome.DOES_NOT_FIT;
                c.leftWhenConsidered = left;
            }
        }
    }

    /** Round 2: project the basics of stages with funded fixes; unlock the PREMATURE ideas of those that pass. */
    private static void reevaluate(Collection<StageFacts> stages, List<Candidate> premature,
                                   Map<IdeaClass, List<Candidate>> byClass) {
        for (StageFacts stage : stages) {
            if (!stage.fundedFixes.isEmpty()) {
                stage.projectedScore = projectedScore(stage);
                stage.unlocked = stage.projectedScore != null
                        && stage.projectedScore >= StageFacts.BASIC_THRESHOLD
                        && stage.stage.failingRules().isEmpty();
            }
        }
        for (Candidate c : premature) {
            StageFacts stage = c.stage;
            if (stage.unlocked) {
                c.finalClass = IdeaClassifier.distinctiveClass(true, stage.stage.momentOfTruth());
                c.unlockedBy = stage.fundedFixes.stream().map(f -> f.card.id()).toList();
                byClass.computeIfAbsent(c.finalClass, k -> new ArrayList<>()).add(c);
            }
        }
        // Unlocked ideas joined their new round at the end: restore file order so that ties stay in file order.
        for (IdeaClass round : VALUE_ROUNDS) {
            List<Candidate> list = byClass.get(round);
            if (list != null) {
                list.sort(Comparator.comparingInt(c -> c.order));
            }
        }
    }

    /**
     * The stage's basic score with its funded fixes: an idea that improves a card replaces that card's score (the
     * highest expected score when several improve one card); a new basic idea joins the minimum.
     */
    static Double projectedScore(StageFacts stage) {
        Map<String, Double> improvedTo = new HashMap<>();
        Double min = null;
        for (Candidate fix : stage.fundedFixes) {
            double expected = fix.card.expectedScore();
            if (fix.card.improves() != null) {
                improvedTo.merge(fix.card.improves(), expected, Math::max);
            } else {
                min = min == null ? expected : Math.min(min, expected);
            }
        }
        for (Card card : stage.basicCards) {
            Double score = improvedTo.getOrDefault(card.id(), card.score());
            if (score != null) {
                min = min == null ? score : Math.min(min, score);
            }
        }
        return min;
    }

    private static int compareValue(Candidate a, Candidate b) {
        boolean freeA = a.cost.signum() == 0;
        boolean freeB = b.cost.signum() == 0;
        if (freeA != freeB) {
            return freeA ? -1 : 1;
        }
        if (!freeA) {
            int byValue = compareUpliftPerCost(a, b);
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(a.order, b.order);
    }

    /** Higher uplift per cost first; unknown uplift after every known one. Costs are positive here. */
    private static int compareUpliftPerCost(Candidate a, Candidate b) {
        if (a.uplift == null || b.uplift == null) {
            return a.uplift == null ? (b.uplift == null ? 0 : 1) : -1;
        }
        double ra = a.uplift.doubleValue() / a.cost.doubleValue();
        double rb = b.uplift.doubleValue() / b.cost.doubleValue();
        if (Math.abs(ra - rb) > 1e-9 * Math.max(Math.abs(ra), Math.abs(rb))) {
            return Double.compare(rb, ra);
        }
        // Close: decide exactly, a.uplift / a.cost against b.uplift / b.cost by cross-multiplying.
        return b.uplift.multiply(a.cost).compareTo(a.uplift.multiply(b.cost));
    }

    Totals totals() {
        return new Totals(basic.doubleValue(), distinctive.doubleValue(), left.doubleValue());
    }

    List<String> order() {
        return List.copyOf(order);
    }
}
