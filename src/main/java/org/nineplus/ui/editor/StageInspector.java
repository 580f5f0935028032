package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.nineplus.model.GoldenRule;
import org.nineplus.model.Stage;
import org.nineplus.model.TimeKind;

import atlantafx.base.theme.Styles;

/** The form for the selected stage. Binds to {@link StageInspectorModel}. */
final class StageInspector extends VBox {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    static List<String> timeLabels() {
        return List.of(TEXTS.get("stage.time.SAVE"), TEXTS.get("stage.time.SPEND"));
    }

    StageInspector(StageInspectorModel model) {
        super(10);
        setId("stageInspector");
        getStyleClass().add("inspector-form");
        Label heading = new Label(TEXTS.get("stage.heading"));
        heading.getStyleClass().add(Styles.TITLE_4);

        CheckBox moment = new CheckBox(TEXTS.get("stage.moment"));
        moment.setId("momentOfTruthCheck");
        FieldViews.onPick(moment, model::setMomentOfTruth);
        VBox time = FieldViews.choice("time", TEXTS.get("stage.time"), timeLabels(), model.stageProperty(),
                () -> stage(model) == null ? -1 : stage(model).time().ordinal(),
                index -> model.setTime(TimeKind.values()[index]));
        List<String> emotions = new ArrayList<>(List.of(TEXTS.get("stage.notJudged")));
        for (int e = Stage.MIN_EMOTION; e <= Stage.MAX_EMOTION; e++) {
            emotions.add(FieldFormats.formatEmotion(e));
        }
        VBox emotion = FieldViews.choice("emotion", TEXTS.get("stage.emotion"), emotions, model.stageProperty(),
                () -> stage(model) == null || stage(model).emotion() == null ? 0
                        : stage(model).emotion() - Stage.MIN_EMOTION + 1,
                index -> model.setEmotion(index == 0 ? null : index - 1 + Stage.MIN_EMOTION));

        Label rulesCaption = new Label(TEXTS.get("stage.rules"));
        rulesCaption.getStyleClass().add("field-caption");
        VBox rules = new VBox(6, rulesCaption);
        List<CheckBox> checks = new ArrayList<>();
        for (GoldenRule rule : GoldenRule.values()) {
            CheckBox check = new CheckBox(ruleText(rule));
            check.setId("rule" + rule.name());
            check.setWrapText(true);
            FieldViews.onPick(check, failing -> model.setRuleFailing(rule, failing));
            checks.add(check);
            rules.getChildren().add(check);
        }
        model.stageProperty().addListener((obs, old, now) -> {
            moment.setSelected(now != null && now.momentOfTruth());
            for (int i = 0; i < checks.size(); i++) {
                checks.get(i).setSelected(now != null && now.failingRules().contains(GoldenRule.values()[i]));
            }
        });
        getChildren().addAll(heading, FieldViews.text("stageName", TEXTS.get("stage.name"), model.name()), moment, time, emotion,
                rules);
        setPadding(new Insets(12));
    }

    private static Stage stage(StageInspectorModel model) {
        return model.stageProperty().get();
    }

    /** BE_AVAILABLE → "Be available". */
    static String ruleText(GoldenRule rule) {
        return TEXTS.get("rule." + rule.name());
    }
}
