package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

/** What the inspector shows when nothing is selected: the journey's title and persona line. */
final class JourneyInspector extends VBox {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    JourneyInspector(JourneyInspectorModel model) {
        super(10);
        setId("journeyInspector");
        getStyleClass().add("inspector-form");
        Label heading = new Label(TEXTS.get("journey.heading"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(TEXTS.get("journey.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        getChildren().addAll(heading, FieldViews.text("journeyTitle", TEXTS.get("journey.title"), model.title()),
                FieldViews.area("persona", TEXTS.get("journey.persona"), model.persona()), hint);
        setPadding(new Insets(12));
    }

    /** Adds a section (e.g. the persona choice) above the hint. */
    void addSection(javafx.scene.Node section) {
        getChildren().add(getChildren().size() - 1, section);
    }
}
