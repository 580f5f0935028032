package org.nineplus.ui.advisor;

import java.util.Objects;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import atlantafx.base.controls.CustomTextField;

/**
 * The budget: the locale's currency symbol beside a field whose text reaches the view model on Enter or when the
 * field loses focus (so half-typed amounts are not judged). Invalid text gets a red border and a message.
 */
final class BudgetField extends VBox {

    private final CustomTextField field = new CustomTextField();
    private final Label problem = new Label();

    BudgetField(AdvisorViewModel model) {
        super(4);
        Label symbol = new Label(model.currencySymbol());
        symbol.getStyleClass().add(AdvisorStyles.MUTED);
        field.setId("advisorBudgetField");
        field.getStyleClass().add(AdvisorStyles.BUDGET_FIELD);
        field.setLeft(symbol);
        field.setPromptText(AdvisorTexts.TEXTS.get("budget.prompt"));
        field.setTooltip(new Tooltip(AdvisorTexts.TEXTS.get("budget.tooltip")));
        field.setText(model.budgetTextProperty().get());
        field.setOnAction(e -> model.budgetTextProperty().set(field.getText()));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.budgetTextProperty().set(field.getText());
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(model.budgetTextProperty().get());
            }
        });
        model.budgetTextProperty().addListener((obs, old, text) -> {
            if (!Objects.equals(text, field.getText())) {
                field.setText(text);
            }
        });

        problem.setId("advisorBudgetProblem");
        problem.getStyleClass().add(AdvisorStyles.BUDGET_PROBLEM);
        problem.setWrapText(true);
        problem.textProperty().bind(model.budgetProblemProperty());
        problem.visibleProperty().bind(model.budgetProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        model.budgetProblemProperty().addListener((obs, old, text) ->
                field.pseudoClassStateChanged(AdvisorStyles.INVALID, !text.isEmpty()));
        getChildren().addAll(field, problem);
    }
}
