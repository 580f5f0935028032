package org.nineplus.ui.advisor;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** Misplaced layers and unestimated ideas, each with the advisor's message; a click selects the card. */
final class WarningList extends VBox {

    private final AdvisorViewModel model;
    private final ObservableList<WarningRow> rows;
    private final Label none = new Label(AdvisorTexts.TEXTS.get("noWarnings"));

    WarningList(AdvisorViewModel model) {
        super(6);
        this.model = model;
        this.rows = model.warnings();
        setId("advisorWarnings");
        none.getStyleClass().add(AdvisorStyles.MUTED);
        rows.addListener((ListChangeListener<WarningRow>) change -> show());
        show();
    }

    private void show() {
        if (rows.isEmpty()) {
            getChildren().setAll(none);
            return;
        }
        getChildren().setAll(rows.stream().map(this::row).toList());
    }

    private Label row(WarningRow warning) {
        Label label = new Label(warning.message(), new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        label.getStyleClass().add(AdvisorStyles.WARNING_ROW);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setCursor(Cursor.HAND);
        label.setOnMouseClicked(e -> model.selectCard(warning.cardId()));
        return label;
    }
}
