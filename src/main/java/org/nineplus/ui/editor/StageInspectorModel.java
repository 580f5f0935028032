package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.nineplus.edit.StageCommands;
import org.nineplus.model.GoldenRule;
import org.nineplus.model.Stage;
import org.nineplus.model.TimeKind;

/** The stage inspector's state: the selected stage and its values, each change one command. FX thread only. */
public final class StageInspectorModel {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    private final EditorSession session;
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage");
    private final ValidatedField<String> name;

    public StageInspectorModel(EditorSession session) {
        this.session = Objects.requireNonNull(session, "session");
        name = new ValidatedField<>(FieldFormats.required(TEXTS.get("stage.nameNeeded")), s -> s,
                () -> stage.get() == null ? null : stage.get().name(),
                value -> update(stage.get().withName(value), TEXTS.get("stage.rename")));
        session.workshopProperty().addListener((obs, old, now) -> refresh());
        session.journeyIdProperty().addListener((obs, old, now) -> refresh());
        session.selectedStageProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Stage before = stage.get();
        Stage now = session.journey().flatMap(j -> j.stage(session.selectedStageProperty().get())).orElse(null);
        stage.set(now);
        if (now != null) {
            name.reload(before == null || !before.id().equals(now.id()));
        }
    }

    private void update(Stage changed, String what) {
        session.execute(StageCommands.update(session.journeyIdProperty().get(), changed, what));
    }

    public void setMomentOfTruth(boolean value) {
        Stage current = stage.get();
        if (current != null && current.momentOfTruth() != value) {
            update(current.withMomentOfTruth(value), TEXTS.get(value ? "stage.markMoment" : "stage.unmarkMoment"));
        }
    }

    public void setTime(TimeKind value) {
        Stage current = stage.get();
        if (current != null && value != null && current.time() != value) {
            update(current.withTime(value), TEXTS.get("stage.markTime", value.name()));
        }
    }

    /** −3 to +3, or null for not judged. */
    public void setEmotion(Integer value) {
        Stage current = stage.get();
        if (value != null && !FieldFormats.isEmotion(value)) {
            throw new IllegalArgumentException(TEXTS.get("stage.emotionRange"));
        }
        if (current != null && !Objects.equals(current.emotion(), value)) {
            update(current.withEmotion(value), TEXTS.get("stage.changeEmotion"));
        }
    }

    public void setRuleFailing(GoldenRule rule, boolean failing) {
        Stage current = stage.get();
        if (current == null || current.failingRules().contains(rule) == failing) {
            return;
        }
        List<GoldenRule> rules = new ArrayList<>();
        for (GoldenRule each : GoldenRule.values()) {
            if (each == rule ? failing : current.failingRules().contains(each)) {
                rules.add(each);
            }
        }
        update(current.withFailingRules(rules), TEXTS.get(failing ? "stage.ruleFailing" : "stage.ruleKept"));
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ValidatedField<String> name() {
        return name;
    }
}
