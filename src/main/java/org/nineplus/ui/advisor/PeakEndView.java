package org.nineplus.ui.advisor;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The peak–end memory index, the peak and the end, and what to do about them. */
final class PeakEndView extends VBox {

    private final Label index = value("advisorPeakEndIndex");
    private final Label peak = value("advisorPeak");
    private final Label end = value("advisorEnd");
    private final VBox hints = new VBox(4);

    PeakEndView(AdvisorViewModel model) {
        super(8);
        index.getStyleClass().add(AdvisorStyles.PEAK_INDEX);
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        facts.addRow(0, name(AdvisorTexts.TEXTS.get("peakEnd.index")), index);
        facts.addRow(1, name(AdvisorTexts.TEXTS.get("peakEnd.peak")), peak);
        facts.addRow(2, name(AdvisorTexts.TEXTS.get("peakEnd.end")), end);
        hints.setId("advisorPeakEndHints");
        getChildren().addAll(facts, hints);
        model.peakEndProperty().addListener((obs, old, summary) -> show(summary));
        show(model.peakEndProperty().get());
    }

    private static Label name(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(AdvisorStyles.MUTED);
        return label;
    }

    private static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    private void show(PeakEndSummary summary) {
        index.setText(summary.index());
        peak.setText(summary.peak());
        end.setText(summary.end());
        hints.getChildren().setAll(summary.hints().stream().map(text -> {
            Label hint = new Label(text, new FontIcon(MaterialDesignL.LIGHTBULB_ON_OUTLINE));
            hint.getStyleClass().add(AdvisorStyles.HINT);
            hint.setWrapText(true);
            return hint;
        }).toList());
    }
}
