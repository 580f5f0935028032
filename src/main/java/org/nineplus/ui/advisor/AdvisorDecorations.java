package org.nineplus.ui.advisor;

import java.util.HashMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

import org.nineplus.advice.IdeaClass;
import org.nineplus.advice.Verdict;
import org.nineplus.render.CardBadge;
import org.nineplus.render.MapDecorations;
import org.nineplus.render.Palette;
import org.nineplus.render.Rgb;
import org.nineplus.ui.editor.CanvasView;

/**
 * The advice as map decorations for the canvas (and, later, the exports): each stage's verdict as a tint of its
 * header and basic cells, each idea's final class as a short badge, and the peak and end stages. The colours are
 * the panel's (nineplus.css, "advisor": AtlantaFX Primer's danger, success, accent, warning and neutral), so a
 * badge on the map and its group in the panel match.
 *
 * <p>{@link #decorations()} is a lazy binding over the view model's maps and stage ids: the many single changes of
 * one recomputation only invalidate it, and it is rebuilt once when the canvas paints.
 */
public final class AdvisorDecorations {

    static final Rgb FIX = Rgb.hex(0xCF222E);
    static final Rgb NINE = Rgb.hex(0x2DA44E);
    static final Rgb SEVEN = Rgb.hex(0x0969DA);
    static final Rgb WAIT = Rgb.hex(0xBF8700);
    static final Rgb POLISH = Rgb.hex(0xBBDFFF);
    static final Rgb UNKNOWN = Rgb.hex(0xD0D7DE);
    static final Rgb NONE = Rgb.hex(0x6E7781);

    private final ObjectBinding<MapDecorations> decorations;

    public AdvisorDecorations(AdvisorViewModel model) {
        decorations = Bindings.createObjectBinding(() -> build(model), model.stageVerdicts(), model.ideaClasses(),
                model.peakStageIdProperty(), model.endStageIdProperty());
    }

    /**
     * Connects an advisor to the canvas beside it: the canvas draws the advice's decorations and scrolls to a card
     * chosen in the panel. The window calls this once per open session.
     */
    public static void connect(AdvisorViewModel model, CanvasView canvas) {
        canvas.decorationsProperty().bind(new AdvisorDecorations(model).decorations());
        model.setOnCardChosen(canvas::revealCard);
    }

    /** The decorations of the current advice; bind the canvas's decorations property to it. */
    public ObjectBinding<MapDecorations> decorations() {
        return decorations;
    }

    private static MapDecorations build(AdvisorViewModel model) {
        Map<String, Rgb> tints = new HashMap<>();
        model.stageVerdicts().forEach((stage, verdict) -> {
            Rgb tint = tint(verdict);
            if (tint != null) {
                tints.put(stage, tint);
            }
        });
        Map<String, CardBadge> badges = new HashMap<>();
        model.ideaClasses().forEach((card, ideaClass) -> badges.put(card, badge(ideaClass)));
        return new MapDecorations(tints, badges, model.peakStageIdProperty().get(), model.endStageIdProperty().get());
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

    /** The badge of an idea's class: a word or sign short enough for a card's footer, in the class's colour. */
    public static CardBadge badge(IdeaClass ideaClass) {
        return switch (ideaClass) {
            case FIX_BASICS -> new CardBadge(AdvisorTexts.TEXTS.get("badge.FIX_BASICS"), FIX, Palette.ON_BADGE);
            case NINE_PLUS -> new CardBadge("9+", NINE, Palette.ON_BADGE);
            case OFF_MOMENT -> new CardBadge(AdvisorTexts.TEXTS.get("badge.OFF_MOMENT"), SEVEN, Palette.ON_BADGE);
            case OVER_POLISH -> new CardBadge(AdvisorTexts.TEXTS.get("badge.OVER_POLISH"), POLISH, Palette.INK);
            case PREMATURE -> new CardBadge(AdvisorTexts.TEXTS.get("badge.PREMATURE"), WAIT, Palette.INK);
            case UNESTIMATED -> new CardBadge("?", UNKNOWN, Palette.INK);
            case NO_CX_POTENTIAL -> new CardBadge("\u2013", NONE, Palette.ON_BADGE);
        };
    }
}
