package org.nineplus.advice;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.nineplus.model.Card;
import org.nineplus.model.GoldenRule;
import org.nineplus.model.KanoCategory;
import org.nineplus.model.KanoSurvey;
import org.nineplus.model.Money;
import org.nineplus.model.Stage;

/**
 * Every text the advisor gives, built from the data with the patterns of {@code org/nineplus/advice/reasons.properties}
 * (English; Dutch in reasons_nl.properties beside it). One instance per locale and thread: {@link MessageFormat} is not thread-safe,
 * and parsing a pattern costs more than using it, so the parsed patterns are kept.
 */
final class Reasons {

    private static final String BUNDLE = "org.nineplus.advice.reasons";
    private static final ThreadLocal<Map<Locale, Reasons>> CACHE = ThreadLocal.withInitial(HashMap::new);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    private Reasons(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Reasons forLocale(Locale locale) {
        return CACHE.get().computeIfAbsent(locale, Reasons::new);
    }

    private String text(String key, Object... args) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale)).format(args);
    }

    private String money(Number amount) {
        return Money.format(amount.doubleValue(), locale);
    }

    // Stages

    String stage(StageFacts facts) {
        String name = facts.stage.name();
        return switch (facts.verdict) {
            case UNRATED -> text("stage.UNRATED", name);
            case FIX_BASICS -> facts.stage.momentOfTruth() ? text("stage.FIX_BASICS.mot", failing(facts))
                    : text("stage.FIX_BASICS", failing(facts), name);
            case READY_FOR_9PLUS -> text("stage.READY_FOR_9PLUS", facts.basicScore, name);
            case GOOD_ENOUGH -> text("stage.GOOD_ENOUGH", facts.basicScore, name);
        };
    }

    /** Why a stage's basics fail before funding: the lowest card below 7.0, the failing golden rules, or both. */
    private String failing(StageFacts facts) {
        String rules = rules(facts.stage);
        boolean lowScore = facts.basicScore != null && facts.basicScore < StageFacts.BASIC_THRESHOLD;
        String score = lowScore ? text("cond.score", facts.lowest.title(), facts.basicScore) : null;
        if (rules == null) {
            return score != null ? score : text("cond.unrated");
        }
        return score == null ? rules : text("cond.both", score, rules);
    }

    private String rules(Stage stage) {
        List<GoldenRule> failing = stage.failingRules();
        if (failing.isEmpty()) {
            return null;
        }
        String list = text("rule." + failing.get(0).name());
        for (int i = 1; i < failing.size(); i++) {
            list = text("list.pair", list, text("rule." + failing.get(i).name()));
        }
        return text("cond.rules", list, failing.size());
    }

    // Ideas

    String idea(Candidate c) {
        String why = ideaClass(c);
        return switch (c.outcome) {
            case FUNDED -> text("join", why, c.uplift == null ? text("funding.funded.noUplift", money(c.cost))
                    : text("funding.funded", c.uplift, money(c.cost)));
            case DOES_NOT_FIT -> text("join", why, text("funding.noFit", money(c.cost), money(c.leftWhenConsidered)));
            case NO_BUDGET -> text("join", why, text("funding.noBudget"));
            case NEVER -> why;
        };
    }

    private String ideaClass(Candidate c) {
        StageFacts stage = c.stage;
        String name = stage.stage.name();
        return switch (c.finalClass) {
            case NO_CX_POTENTIAL -> c.card.savingsOnly() ? text("idea.NO_CX_POTENTIAL.savings")
                    : text("idea.NO_CX_POTENTIAL.notAbove", c.card.expectedScore(), c.improved.score(),
                            c.improved.title());
            case UNESTIMATED -> text("idea.UNESTIMATED", missing(c.card));
            case FIX_BASICS -> text("idea.FIX_BASICS", name, failing(stage), effect(c));
            case OVER_POLISH -> text("idea.OVER_POLISH", name, stage.basicScore);
            case PREMATURE -> stage.fundedFixes.isEmpty() ? text("idea.PREMATURE", name, failing(stage))
                    : text("idea.PREMATURE.after", name, stillFailing(stage));
            case NINE_PLUS, OFF_MOMENT -> c.unlockedBy.isEmpty() ? text("idea." + c.finalClass.name(), name)
                    : text("idea." + c.finalClass.name() + ".unlocked", titles(stage.fundedFixes),
                            stage.fundedFixes.size(), name, stage.projectedScore);
        };
    }

    /** What a basic fix does to the stage's cards. */
    private String effect(Candidate c) {
        double expected = c.card.expectedScore();
        if (c.improved == null) {
            return text("effect.new", expected);
        }
        Double score = c.improved.score();
        return score == null ? text("effect.rates", c.improved.title(), expected)
                : text("effect.improves", c.improved.title(), score, expected);
    }

    /** Why a stage with funded fixes still does not pass: its golden rules, or a projected score below 7.0. */
    private String stillFailing(StageFacts stage) {
        String rules = rules(stage.stage);
        if (rules != null) {
            return rules;
        }
        return stage.projectedScore == null ? text("cond.unrated") : text("cond.projected", stage.projectedScore);
    }

    private String titles(List<Candidate> ideas) {
        String list = text("title", ideas.get(0).card.title());
        for (int i = 1; i < ideas.size(); i++) {
            list = text("list.pair", list, text("title", ideas.get(i).card.title()));
        }
        return list;
    }

    private String missing(Card card) {
        if (card.cost() == null) {
            return text(card.expectedScore() == null ? "missing.both" : "missing.cost");
        }
        return text("missing.expected");
    }

    // Warnings

    String unestimated(Card card) {
        return text("warning.unestimated", card.title(), missing(card));
    }

    /** A misplaced-layer warning; {@code survey} is the survey the category was read from, or null for the card's. */
    String misplaced(Candidate c, KanoCategory category, KanoSurvey survey) {
        String source = survey == null ? text("source.card")
                : text("source.survey", largestCount(survey, category), survey.total());
        String key = c.isBasic() ? "warning.misplaced.basic" : "warning.misplaced.distinctive";
        return text(key, c.card.title(), text("kano." + category.name()), source, c.lane.name());
    }

    private static int largestCount(KanoSurvey survey, KanoCategory category) {
        return category == KanoCategory.MUST_BE ? survey.mustBe() : survey.attractive();
    }
}
