package org.nineplus.ui.advisor;

import javafx.collections.ObservableList;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The stages, left to right, each with its verdict in colour and words, its basic score and the reason. */
final class StageList extends VBox {

    private final ObservableList<StageRow> rows;

    StageList(AdvisorViewModel model) {
        super(6);
        setId("advisorStages");
        rows = model.stageRows();
        rows.addListener((ListChangeListener<StageRow>) change -> show());
        show();
    }

    /** Reuses the row views: an edit usually changes a label or two, not the number of stages. */
    private void show() {
        var children = getChildren();
        if (rows.isEmpty()) {
            Label none = new Label(AdvisorTexts.TEXTS.get("noJourney"));
            none.getStyleClass().add(AdvisorStyles.MUTED);
            children.setAll(none);
            return;
        }
        children.removeIf(n -> !(n instanceof RowView));
        while (children.size() > rows.size()) {
            children.remove(children.size() - 1);
        }
        while (children.size() < rows.size()) {
            children.add(new RowView());
        }
        for (int i = 0; i < rows.size(); i++) {
            ((RowView) children.get(i)).show(rows.get(i));
        }
    }

    private static final class RowView extends VBox {
        private final Label name = new Label();
        private final Label score = new Label();
        private final Label verdict = new Label();
        private final Label peak = mark(AdvisorTexts.TEXTS.get("stage.peak"), AdvisorStyles.MARK_PEAK);
        private final Label end = mark(AdvisorTexts.TEXTS.get("stage.end"), AdvisorStyles.MARK_END);
        private final Label reason = new Label();
        private String verdictStyle;

        RowView() {
            super(3);
            getStyleClass().add(AdvisorStyles.STAGE_ROW);
            name.getStyleClass().add(AdvisorStyles.STAGE_NAME);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            score.getStyleClass().add(AdvisorStyles.STAGE_SCORE);
            score.setMinWidth(Region.USE_PREF_SIZE);
            verdict.getStyleClass().add(AdvisorStyles.BADGE);
            verdict.setMinWidth(Region.USE_PREF_SIZE);
            reason.getStyleClass().add(AdvisorStyles.REASON);
            reason.setWrapText(true);
            reason.setMinHeight(Region.USE_PREF_SIZE);
            HBox top = new HBox(8, name, score);
            top.setAlignment(Pos.BASELINE_LEFT);
            HBox marks = new HBox(6, verdict, peak, end);
            marks.setAlignment(Pos.CENTER_LEFT);
            getChildren().addAll(top, marks, reason);
        }

        private static Label mark(String text, String style) {
            Label label = new Label(text);
            label.getStyleClass().addAll(AdvisorStyles.BADGE, style);
            label.setMinWidth(Region.USE_PREF_SIZE);
            return label;
        }

        void show(StageRow row) {
            setId("advisorStage-" + row.stageId());
            name.setText(row.name());
            score.setText(AdvisorTexts.TEXTS.get("stage.basics", row.score()));
            verdict.setText(row.verdictText());
            String style = AdvisorStyles.verdict(row.verdict());
            if (!style.equals(verdictStyle)) {
                getStyleClass().remove(verdictStyle);
                verdict.getStyleClass().remove(verdictStyle);
                getStyleClass().add(style);
                verdict.getStyleClass().add(style);
                verdictStyle = style;
            }
            peak.setVisible(row.peak());
            peak.setManaged(row.peak());
            end.setVisible(row.end());
            end.setManaged(row.end());
            reason.setText(row.reason());
        }
    }
}
