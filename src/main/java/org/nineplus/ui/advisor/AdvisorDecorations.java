package org.nineplus.ui.advisor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

import org.nineplus.advice.IdeaClass;
import org.nineplus.advice.Verdict;
import org.nineplus.export.AdviceMarks;
import org.nineplus.render.CardBadge;
import org.nineplus.render.MapDecorations;
import org.nineplus.render.Rgb;
import org.nineplus.ui.editor.CanvasView;

/**
 * The advice as map decorations for the canvas, made by {@link AdviceMarks} as the exports make them: each stage's
 * verdict as a tint of its header and basic cells, each idea's final class as a short badge, and the peak and end
 * stages.
 *
 * <p>{@link #decorations()} is a lazy binding over the view model's maps and stage ids: the many single changes of
 * one recomputation only invalidate it, and it is rebuilt once when the canvas paints.
 */
public final class AdvisorDecorations {

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
        return AdviceMarks.of(model.stageVerdicts(), model.ideaClasses(), model.peakStageIdProperty().get(),
                model.endStageIdProperty().get());
    }

    /** The tint of a verdict ({@link AdviceMarks#tint}). */
    public static Rgb tint(Verdict verdict) {
        return AdviceMarks.tint(verdict);
    }

    /** The badge of an idea's class ({@link AdviceMarks#badge}). */
    public static CardBadge badge(IdeaClass ideaClass) {
        return AdviceMarks.badge(ideaClass);
    }
}
