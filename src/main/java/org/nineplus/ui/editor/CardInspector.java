package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.nineplus.model.Card;
import org.nineplus.model.CardStatus;
import org.nineplus.model.KanoCategory;

import atlantafx.base.theme.Styles;

/** The form for one card. Binds to {@link CardInspectorModel}; every edit goes through it. */
final class CardInspector extends VBox {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    static List<String> statusLabels() {
        return List.of(TEXTS.get("card.status.existing"), TEXTS.get("card.status.idea"));
    }

    static List<String> kanoLabels() {
        return List.of(TEXTS.get("card.kano.none"), TEXTS.get("card.kano.MUST_BE"),
            TEXTS.get("card.kano.ONE_DIMENSIONAL"), TEXTS.get("card.kano.ATTRACTIVE"), TEXTS.get("card.kano.INDIFFERENT"),
            TEXTS.get("card.kano.REVERSE"));
    }

    CardInspector(CardInspectorModel model) {
        super(10);
        setId("cardInspector");
        getStyleClass().add("inspector-form");
        Label heading = new Label(TEXTS.get("card.heading"));
        heading.getStyleClass().add(Styles.TITLE_4);

        VBox status = FieldViews.choice("status", TEXTS.get("card.status"), statusLabels(), model.cardProperty(),
                () -> model.card().map(c -> c.isIdea() ? 1 : 0).orElse(-1),
                index -> model.setStatus(index == 1 ? CardStatus.IDEA : CardStatus.EXISTING));
        VBox score = FieldViews.text("score", TEXTS.get("card.score"), model.score());
        showOnlyFor(score, model, false);
        VBox expected = FieldViews.text("expectedScore", TEXTS.get("card.expected"), model.expectedScore());
        VBox cost = FieldViews.text("cost", TEXTS.get("card.cost"), model.cost());
        showOnlyFor(expected, model, true);
        showOnlyFor(cost, model, true);

        ComboBox<CardInspectorModel.Choice> improves = new ComboBox<>(model.improvesChoices());
        improves.setId("improvesChoice");
        improves.setMaxWidth(Double.MAX_VALUE);
        boolean[] syncing = {false};
        Runnable sync = () -> {
            syncing[0] = true;
            improves.getSelectionModel().select(model.improves());
            syncing[0] = false;
        };
        model.cardProperty().addListener((obs, old, now) -> sync.run());
        model.improvesChoices().addListener((javafx.collections.ListChangeListener<CardInspectorModel.Choice>) c ->
                sync.run());
        improves.setOnAction(e -> {
            if (!syncing[0] && improves.getValue() != null) {
                model.setImproves(improves.getValue());
            }
        });
        Label improvesLabel = new Label(TEXTS.get("card.improves"));
        improvesLabel.getStyleClass().add("field-caption");
        improvesLabel.setWrapText(true);
        VBox improvesBox = new VBox(4, improvesLabel, improves);
        improvesBox.setId("improvesBox");
        showOnlyFor(improvesBox, model, true);

        CheckBox savings = new CheckBox(TEXTS.get("card.savings"));
        savings.setId("savingsOnlyCheck");
        savings.setWrapText(true);
        model.cardProperty().addListener((obs, old, now) -> savings.setSelected(now != null && now.savingsOnly()));
        FieldViews.onPick(savings, model::setSavingsOnly);
        savings.visibleProperty().bind(model.ideaProperty());
        savings.managedProperty().bind(savings.visibleProperty());

        VBox kano = FieldViews.choice("kano", TEXTS.get("card.kano"), kanoLabels(), model.cardProperty(),
                () -> model.card().map(Card::kano).map(k -> k.ordinal() + 1).orElse(0),
                index -> model.setKano(index == 0 ? null : KanoCategory.values()[index - 1]));

        Label votes = new Label();
        votes.setId("votesLabel");
        votes.setWrapText(true);
        votes.textProperty().bind(model.votesProperty());
        Label votesCaption = new Label(TEXTS.get("card.votes"));
        votesCaption.getStyleClass().add("field-caption");

        getChildren().addAll(heading, FieldViews.text("title", TEXTS.get("card.title"), model.title()),
                FieldViews.area("note", TEXTS.get("card.note"), model.note()), status, score, expected, cost, improvesBox, savings,
                kano, survey(model), new VBox(4, votesCaption, votes));
        setPadding(new Insets(12));
    }

    private static void showOnlyFor(VBox box, CardInspectorModel model, boolean ideas) {
        box.visibleProperty().bind(ideas ? model.ideaProperty() : model.ideaProperty().not());
        box.managedProperty().bind(box.visibleProperty());
    }

    private static VBox survey(CardInspectorModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        List<VBox> cells = new ArrayList<>();
        int i = 0;
        for (CardInspectorModel.Answer answer : CardInspectorModel.Answer.values()) {
            VBox cell = FieldViews.text("kano" + answer, answer.name(), model.survey(answer));
            ((javafx.scene.control.TextField) cell.getChildren().get(1)).setPrefColumnCount(3);
            grid.add(cell, i % 3, i / 3);
            cells.add(cell);
            i++;
        }
        Label caption = new Label(TEXTS.get("card.survey"));
        caption.getStyleClass().add("field-caption");
        caption.setWrapText(true);
        VBox box = new VBox(4, caption, grid);
        box.setId("kanoSurveyBox");
        box.visibleProperty().bind(Bindings.isNotNull(model.cardProperty()));
        return box;
    }
}
