package org.nineplus.advice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.KanoCategory;
import org.nineplus.model.KanoSurvey;
import org.nineplus.model.Lane;
import org.nineplus.model.Stage;

/**
 * The advisor: a pure function from a journey and a budget to an {@link Advice} (the arithmetic of domain.md).
 * Linear in the number of cards apart from sorting the candidates of each funding round, so it can run on every edit.
 *
 * <p>Cards whose stage or lane is not in the journey (only possible in a journey that breaks
 * {@link org.nineplus.model.WorkshopRules}) are left out. An idea that improves a card that cannot be found, or a
 * card without a score, has no uplift; in a value round it comes after every idea with one.
 */
public final class Advisor {

    private Advisor() {
    }

    /** Advice with English reasons. A budget of null or 0 funds nothing. */
    public static Advice advise(Journey journey, Double budget) {
        return advise(journey, budget, Locale.ENGLISH);
    }

    /**
     * Advice with reasons in {@code locale} (English when there is no translation).
     *
     * @throws IllegalArgumentException when the budget is negative or not a finite number
     */
    public static Advice advise(Journey journey, Double budget, Locale locale) {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(locale, "locale");
        if (budget != null && (budget.isNaN() || budget.isInfinite() || budget < 0)) {
            throw new IllegalArgumentException("the budget must be a finite number of 0 or more, was " + budget);
        }
        Reasons reasons = Reasons.forLocale(locale);

        Map<String, Lane> lanes = new HashMap<>();
        journey.lanes().forEach(l -> lanes.putIfAbsent(l.id(), l));
        Map<String, StageFacts> stages = new LinkedHashMap<>();
        journey.stages().forEach(s -> stages.putIfAbsent(s.id(), new StageFacts(s)));

        Map<String, Card> existing = new HashMap<>();
        for (Card card : journey.cards()) {
            if (card.isExisting()) {
                existing.putIfAbsent(card.id(), card);
                Lane lane = lanes.get(card.lane());
                StageFacts stage = stages.get(card.stage());
                if (lane != null && stage != null && lane.kind().isBasic()) {
                    stage.addBasicCard(card);
                }
            }
        }
        stages.values().forEach(StageFacts::judge);

        List<Candidate> candidates = new ArrayList<>();
        List<Card> cards = journey.cards();
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            Lane lane = lanes.get(card.lane());
            StageFacts stage = stages.get(card.stage());
            if (card.isIdea() && lane != null && lane.kind().isPyramid() && stage != null) {
                Card improved = card.improves() == null ? null : existing.get(card.improves());
                Candidate candidate = new Candidate(card, lane, i, stage, improved);
                candidate.initialClass = IdeaClassifier.classify(candidate);
                candidates.add(candidate);
            }
        }

        BigDecimal money = budget == null ? null : BigDecimal.valueOf(budget);
        Funding funding = Funding.run(candidates, stages.values(), money);

        List<StageAdvice> stageAdvice = new ArrayList<>(stages.size());
        for (StageFacts facts : stages.values()) {
            stageAdvice.add(new StageAdvice(facts.stage.id(), facts.basicScore, facts.verdict, reasons.stage(facts)));
        }
        List<IdeaAdvice> ideaAdvice = new ArrayList<>(candidates.size());
        List<Warning> warnings = new ArrayList<>();
        for (Candidate c : candidates) {
            ideaAdvice.add(new IdeaAdvice(c.card.id(), c.initialClass, c.finalClass, c.funded(), c.unlockedBy,
                    c.uplift == null ? null : c.uplift.doubleValue(), reasons.idea(c)));
            warn(c, reasons, warnings);
        }
        List<Stage> stageList = stages.values().stream().map(f -> f.stage).toList();
        return new Advice(journey.id(), budget, stageAdvice, ideaAdvice, funding.order(), funding.totals(),
                PeakEndRule.of(stageList), warnings);
    }

    /**
     * Misplaced-layer and unestimated warnings. The Kano category is the card's own when the team set one (their
     * judgement, possibly after reading the survey), else the survey's largest count.
     */
    private static void warn(Candidate c, Reasons reasons, List<Warning> warnings) {
        KanoCategory category = c.card.kano();
        KanoSurvey survey = null;
        if (category == null && c.card.kanoSurvey() != null) {
            survey = c.card.kanoSurvey();
            category = Kano.fromSurvey(survey).category();
        }
        boolean misplaced = category == KanoCategory.MUST_BE && c.lane.kind().isDistinctive()
                || category == KanoCategory.ATTRACTIVE && c.isBasic();
        if (misplaced) {
            warnings.add(new Warning(Warning.Kind.MISPLACED_LAYER, c.card.id(), reasons.misplaced(c, category, survey)));
        }
        if (c.initialClass == IdeaClass.UNESTIMATED) {
            warnings.add(new Warning(Warning.Kind.UNESTIMATED, c.card.id(), reasons.unestimated(c.card)));
        }
    }
}
