package org.nineplus.ui.canvas;

import org.nineplus.model.Texts;
import java.util.Optional;

import javafx.scene.Cursor;

import org.nineplus.edit.StageCommands;
import org.nineplus.render.EmotionCurve;
import org.nineplus.render.Palette;
import org.nineplus.render.Stroke;

/**
 * Drags a stage's point of the emotion curve up or down, snapped to whole values from −3 to +3; the preview shows
 * the point and its value, release commits one TEXTS.get("setEmotion"). A stage without an emotion gets one this way.
 */
final class EmotionGesture implements Gesture {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.canvas.messages");

    private final JourneyCanvas canvas;
    private final String stageId;
    private Integer value;

    EmotionGesture(JourneyCanvas canvas, String stageId) {
        this.canvas = canvas;
        this.stageId = stageId;
    }

    @Override
    public void drag(double mapX, double mapY) {
        value = canvas.layout().emotion().map(c -> c.snappedEmotionAt(mapY)).orElse(null);
    }

    @Override
    public void release(double mapX, double mapY) {
        drag(mapX, mapY);
        if (value == null) {
            return;
        }
        canvas.journey().ifPresent(j -> j.stage(stageId).ifPresent(stage -> {
            if (!value.equals(stage.emotion())) {
                canvas.session().execute(StageCommands.update(j.id(), stage.withEmotion(value), TEXTS.get("setEmotion")));
            }
        }));
    }

    @Override
    public void paintOver(FxSurface s, CanvasTransform t) {
        Optional<EmotionCurve> curve = canvas.layout().emotion();
        if (value == null || curve.isEmpty()) {
            return;
        }
        canvas.layout().stages().stream().filter(c -> c.stageId().equals(stageId)).findFirst().ifPresent(column -> {
            double x = column.column().centerX();
            double y = curve.get().yFor(value);
            double r = t.toMap(8);
            s.line(column.column().x() + 8, y, column.column().right() - 8, y, Palette.SELECTION,
                    Stroke.dashed(t.toMap(1.5)));
            s.fillCircle(x, y, r, Palette.SELECTION);
            String label = value > 0 ? "+" + value : Integer.toString(value);
            double size = 14 / Math.max(0.5, Math.min(2, t.zoom()));
            s.text(x + r * 1.6, y - r * 0.6, label, size, true, Palette.SELECTION);
        });
    }

    @Override
    public Cursor cursor() {
        return Cursor.V_RESIZE;
    }

    Integer value() {
        return value;
    }
}
