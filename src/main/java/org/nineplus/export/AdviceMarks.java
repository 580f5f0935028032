package org.nineplus.export;

import java.util.HashMap;
import java.util.Map;

import org.nineplus.advice.Advice;
import org.nineplus.advice.IdeaClass;
import org.nineplus.advice.Verdict;
import org.nineplus.model.Journey;
import org.nineplus.model.Stage;
import org.nineplus.render.CardBadge;
import org.nineplus.render.MapDecorations;
import org.nineplus.render.Palette;
import org.nineplus.render.Rgb;

/**
 * The advice drawn on a map, the same on the canvas and in every export: each stage's verdict as a tint, each idea's
 * final class as a short badge, and the peak and end stages of the emotion curve. The colours are the advisor
 * panel's (AtlantaFX Primer's danger, success, accent, warning and neutral), so a badge on the map and its group in
 * the panel match.
 */
public final class AdviceMarks {

    static final Rgb FIX = Rgb.hex(0xCF222E);
    static final Rgb NINE = Rgb.hex(0x2DA44E);
    static final Rgb SEVEN = Rgb.hex(0x0969DA);
    static final Rgb WAIT = Rgb.hex(0xBF8700);
    static final Rgb POLISH = Rgb.hex(0xBBDFFF);
    static final Rgb UNKNOWN = Rgb.hex(0xD0D7DE);
    static final Rgb NONE = Rgb.hex(0x6E7781);

    private AdviceMarks() {
    }

    /** The marks of {@code advice} on {@code journey}'s map. */
    public static MapDecorations of(Journey journey, Advice advice) {
        Map<String, Verdict> verdicts = new HashMap<>();
        advice.stages().forEach(s -> verdicts.put(s.stageId(), s.verdict()));
        Map<String, IdeaClass> classes = new HashMap<>();
        advice.ideas().forEach(i -> classes.put(i.cardId(), i.finalClass()));
        return of(verdicts, classes, peakStageId(journey), endStageId(journey));
    }

    /** Marks from verdicts per stage id and classes per card id (what the advisor panel keeps). */
    public static MapDecorations of(Map<String, Verdict> verdicts, Map<String, IdeaClass> classes, String peakStageId,
                                    String endStageId) {
        Map<String, Rgb> tints = new HashMap<>();
        verdicts.forEach((stage, verdict) -> {
            Rgb tint = tint(verdict);
            if (tint != null) {
                tints.put(stage, tint);
            }
        });
        Map<String, CardBadge> badges = new HashMap<>();
        classes.forEach((card, ideaClass) -> badges.put(card, badge(ideaClass)));
        return new MapDecorations(tints, badges, peakStageId, endStageId);
    }

    /** The tint of a verdict: fix the basics red, ready for 9+ green, good enough blue, unrated none (null). */
    public static Rgb tint(Verdict verdict) {
        return switch (verdict) {
            case FIX_BASICS -> FIX;
            case READY_FOR_9PLUS -> NINE;
            case GOOD_ENOUGH -> SEVEN;
            case UNRATED -> null;
        };
    }

    /** The badge of an idea's class: a word or sign short enough for a card's footer (in the user's language), in the class's colour. */
    public static CardBadge badge(IdeaClass ideaClass) {
        return switch (ideaClass) {
            case FIX_BASICS -> new CardBadge(AdvisorSummary.TEXTS.get("badge.FIX_BASICS"), FIX, Palette.ON_BADGE);
            case NINE_PLUS -> new CardBadge("9+", NINE, Palette.ON_BADGE);
            case OFF_MOMENT -> new CardBadge(AdvisorSummary.TEXTS.get("badge.OFF_MOMENT"), SEVEN, Palette.ON_BADGE);
            case OVER_POLISH -> new CardBadge(AdvisorSummary.TEXTS.get("badge.OVER_POLISH"), POLISH, Palette.INK);
            case PREMATURE -> new CardBadge(AdvisorSummary.TEXTS.get("badge.PREMATURE"), WAIT, Palette.INK);
            case UNESTIMATED -> new CardBadge("?", UNKNOWN, Palette.INK);
            case NO_CX_POTENTIAL -> new CardBadge("\u2013", NONE, Palette.ON_BADGE);
        };
    }

    /** The stage whose emotion is furthest from zero (the last of equals), or null without stages. */
    public static String peakStageId(Journey journey) {
        Stage peak = null;
        for (Stage stage : journey.stages()) {
            if (peak == null || Math.abs(stage.emotionOrZero()) >= Math.abs(peak.emotionOrZero())) {
                peak = stage;
            }
        }
        return peak == null ? null : peak.id();
    }

    /** The last stage, or null without stages. */
    public static String endStageId(Journey journey) {
        return journey.stages().isEmpty() ? null : journey.stages().get(journey.stages().size() - 1).id();
    }
}
