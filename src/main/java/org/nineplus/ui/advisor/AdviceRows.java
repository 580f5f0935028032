package org.nineplus.ui.advisor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nineplus.advice.Advice;
import org.nineplus.advice.IdeaAdvice;
import org.nineplus.advice.IdeaClass;
import org.nineplus.advice.Kano;
import org.nineplus.advice.PeakEnd;
import org.nineplus.advice.StageAdvice;
import org.nineplus.advice.Totals;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.Stage;

/** Turns one {@link Advice} on a journey into the rows the panel shows. Plain Java: no JavaFX. */
final class AdviceRows {

    /** The order of the idea groups: where the money goes first, then what is not funded and why. */
    static final List<IdeaClass> GROUP_ORDER = List.of(IdeaClass.FIX_BASICS, IdeaClass.NINE_PLUS,
            IdeaClass.OFF_MOMENT, IdeaClass.OVER_POLISH, IdeaClass.PREMATURE, IdeaClass.UNESTIMATED,
            IdeaClass.NO_CX_POTENTIAL);

    private static final String DASH = "\u2013";

    private final Journey journey;
    private final Advice advice;
    private final Money money;
    private final Map<String, Card> cards = new HashMap<>();
    private final Map<String, String> stageNames = new HashMap<>();
    private final Map<String, String> laneNames = new HashMap<>();

    AdviceRows(Journey journey, Advice advice, Money money) {
        this.journey = journey;
        this.advice = advice;
        this.money = money;
        journey.cards().forEach(c -> cards.putIfAbsent(c.id(), c));
        journey.stages().forEach(s -> stageNames.putIfAbsent(s.id(), name(s)));
        journey.lanes().forEach(l -> laneNames.putIfAbsent(l.id(), name(l)));
    }

    /** The stage of the peak: the largest absolute emotion, the later stage on a tie (domain.md); null without stages. */
    static String peakStageId(Journey journey) {
        return org.nineplus.export.AdviceMarks.peakStageId(journey);
    }

    static String endStageId(Journey journey) {
        return org.nineplus.export.AdviceMarks.endStageId(journey);
    }

    List<StageRow> stages(String peakId, String endId) {
        List<StageRow> rows = new ArrayList<>(advice.stages().size());
        for (StageAdvice s : advice.stages()) {
            String score = s.basicScore() == null ? DASH : money.decimal(s.basicScore());
            rows.add(new StageRow(s.stageId(), stageNames.getOrDefault(s.stageId(), s.stageId()), s.verdict(),
                    AdvisorTexts.verdict(s.verdict()), score, s.reason(), s.stageId().equals(peakId),
                    s.stageId().equals(endId)));
        }
        return rows;
    }

    /** Headings and ideas, grouped by final class; in a group the funded ideas first in funding order, then file order. */
    List<IdeaEntry> ideas() {
        Map<String, Integer> fundedAt = new HashMap<>();
        for (int i = 0; i < advice.fundingOrder().size(); i++) {
            fundedAt.put(advice.fundingOrder().get(i), i);
        }
        Map<IdeaClass, List<IdeaAdvice>> groups = new EnumMap<>(IdeaClass.class);
        for (IdeaAdvice idea : advice.ideas()) {
            groups.computeIfAbsent(idea.finalClass(), k -> new ArrayList<>()).add(idea);
        }
        List<IdeaEntry> entries = new ArrayList<>(advice.ideas().size() + GROUP_ORDER.size());
        for (IdeaClass ideaClass : GROUP_ORDER) {
            List<IdeaAdvice> group = groups.getOrDefault(ideaClass, List.of());
            if (group.isEmpty()) {
                continue;
            }
            List<IdeaAdvice> ordered = new ArrayList<>(group); // stable: file order among the unfunded
            ordered.sort((a, b) -> Integer.compare(fundedAt.getOrDefault(a.cardId(), Integer.MAX_VALUE),
                    fundedAt.getOrDefault(b.cardId(), Integer.MAX_VALUE)));
            entries.add(new IdeaEntry.Header(ideaClass, AdvisorTexts.ideaClass(ideaClass), group.size()));
            ordered.forEach(idea -> entries.add(idea(idea)));
        }
        return entries;
    }

    private IdeaEntry.Idea idea(IdeaAdvice idea) {
        Card card = cards.get(idea.cardId());
        String title = card == null || card.title().isBlank() ? idea.cardId() : card.title();
        String where = card == null ? "" : stageNames.getOrDefault(card.stage(), card.stage()) + " \u00B7 "
                + laneNames.getOrDefault(card.lane(), card.lane());
        String cost = card == null || card.cost() == null ? AdvisorTexts.TEXTS.get("noCost") : money.format(card.cost());
        String uplift = idea.uplift() == null ? DASH
                : (idea.uplift() >= 0 ? "+" : "\u2212") + money.decimal(Math.abs(idea.uplift()));
        return new IdeaEntry.Idea(idea.cardId(), title, idea.finalClass(), where, cost, uplift, idea.funded(),
                !idea.unlockedBy().isEmpty(), idea.reason());
    }

    BudgetSplit split() {
        Totals totals = advice.totals();
        double budget = advice.budget() == null ? 0 : advice.budget();
        return new BudgetSplit(budget, totals.basic(), totals.distinctive(), totals.left(),
                money.format(totals.basic()), money.format(totals.distinctive()), money.format(totals.left()));
    }

    PeakEndSummary peakEnd(String peakId, String endId) {
        PeakEnd pe = advice.peakEnd();
        if (journey.stages().isEmpty()) {
            return PeakEndSummary.NONE;
        }
        String index = (pe.index() < 0 ? "\u2212" : pe.index() > 0 ? "+" : "") + money.decimal(Math.abs(pe.index()));
        return new PeakEndSummary(index, at(pe.peak(), peakId), at(pe.end(), endId),
                pe.hints().stream().map(AdvisorTexts::hint).toList());
    }

    private String at(int emotion, String stageId) {
        return AdvisorTexts.TEXTS.get("at", AdvisorTexts.signed(emotion), stageNames.getOrDefault(stageId, stageId));
    }

    /** The ideas with survey counts whose Better and Worse are defined, in file order. */
    List<KanoPoint> kano() {
        List<KanoPoint> points = new ArrayList<>();
        for (IdeaAdvice idea : advice.ideas()) {
            Card card = cards.get(idea.cardId());
            if (card == null || card.kanoSurvey() == null) {
                continue;
            }
            Kano kano = Kano.fromSurvey(card.kanoSurvey());
            if (kano.better() == null || kano.worse() == null) {
                continue;
            }
            String category = kano.category() == null ? ""
                    : AdvisorTexts.TEXTS.get("kano." + kano.category().name());
            points.add(new KanoPoint(card.id(), card.title().isBlank() ? card.id() : card.title(), kano.worse(),
                    kano.better(), category));
        }
        return points;
    }

    List<WarningRow> warnings() {
        return advice.warnings().stream()
                .map(w -> new WarningRow(w.kind(), AdvisorTexts.warningKind(w.kind()), w.cardId(), w.message()))
                .toList();
    }

    private static String name(Stage stage) {
        return stage.name().isBlank() ? stage.id() : stage.name();
    }

    private static String name(Lane lane) {
        return lane.name().isBlank() ? lane.id() : lane.name();
    }
}
