package org.nineplus.ui.advisor;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** How the budget splits: a bar of three segments (basic, distinctive, left) with a legend, or a hint without a budget. */
final class BudgetBar extends VBox {

    private final GridPane bar = new GridPane();
    private final ColumnConstraints[] columns = {new ColumnConstraints(), new ColumnConstraints(),
        new ColumnConstraints()};
    private final Label basic = amount("advisorBasicAmount");
    private final Label distinctive = amount("advisorDistinctiveAmount");
    private final Label left = amount("advisorLeftAmount");
    private final VBox legend;
    private final Label hint = new Label(AdvisorTexts.TEXTS.get("noBudgetHint"));

    BudgetBar(AdvisorViewModel model) {
        super(8);
        bar.setId("advisorBudgetBar");
        bar.getStyleClass().add(AdvisorStyles.BUDGET_BAR);
        bar.getColumnConstraints().setAll(columns);
        String[] styles = {AdvisorStyles.SEGMENT_BASIC, AdvisorStyles.SEGMENT_DISTINCTIVE, AdvisorStyles.SEGMENT_LEFT};
        for (int i = 0; i < styles.length; i++) {
            Region segment = new Region();
            segment.getStyleClass().add(styles[i]);
            segment.setMaxWidth(Double.MAX_VALUE);
            segment.setMinWidth(0);
            bar.add(segment, i, 0);
        }
        legend = new VBox(4, legendRow(AdvisorStyles.SEGMENT_BASIC, AdvisorTexts.TEXTS.get("budget.basic"), basic),
                legendRow(AdvisorStyles.SEGMENT_DISTINCTIVE, AdvisorTexts.TEXTS.get("budget.distinctive"), distinctive),
                legendRow(AdvisorStyles.SEGMENT_LEFT, AdvisorTexts.TEXTS.get("budget.left"), left));
        hint.setId("advisorBudgetHint");
        hint.getStyleClass().add(AdvisorStyles.MUTED);
        hint.setWrapText(true);
        getChildren().addAll(hint, bar, legend);
        model.budgetSplitProperty().addListener((obs, old, split) -> show(split));
        show(model.budgetSplitProperty().get());
    }

    private static Label amount(String id) {
        Label label = new Label();
        label.setId(id);
        return label;
    }

    private static HBox legendRow(String segmentStyle, String name, Label amount) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll(AdvisorStyles.SWATCH, segmentStyle);
        Label label = new Label(name);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, swatch, label, gap, amount);
        row.getStyleClass().add(AdvisorStyles.LEGEND);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void show(BudgetSplit split) {
        boolean funded = split != null && split.hasBudget();
        hint.setVisible(!funded);
        hint.setManaged(!funded);
        for (Node node : new Node[] {bar, legend}) {
            node.setVisible(funded);
            node.setManaged(funded);
        }
        if (!funded) {
            return;
        }
        double[] parts = {split.basic(), split.distinctive(), split.left()};
        for (int i = 0; i < parts.length; i++) {
            columns[i].setPercentWidth(100 * split.fraction(parts[i]));
        }
        basic.setText(split.basicText());
        distinctive.setText(split.distinctiveText());
        left.setText(split.leftText());
    }
}
