package org.nineplus.ui.library;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.store.StoredWorkshop;

import atlantafx.base.theme.Styles;

/** The facts of the opened workshop and its journeys. The journey canvas comes later. */
final class WorkshopOverview extends StackPane {

    private final ObjectProperty<StoredWorkshop> workshop = new SimpleObjectProperty<>(this, "workshop");
    private final LibraryFormats formats;

    private final Label title = new Label();
    private final Label organisation = new Label();
    private final Label date = new Label();
    private final Label facilitator = new Label();
    private final Label participants = new Label();
    private final ListView<Journey> journeys = new ListView<>();
    private final VBox content;
    private final Label nothingOpen = new Label(Messages.TEXTS.get("overview.nothingOpen"));

    WorkshopOverview(LibraryFormats formats) {
        this.formats = formats;
        setId("workshopOverview");
        getStyleClass().add("workshop-overview");
        title.setId("overviewTitle");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        organisation.setId("overviewOrganisation");
        date.setId("overviewDate");
        facilitator.setId("overviewFacilitator");
        participants.setId("overviewParticipants");
        participants.setWrapText(true);
        participants.setMinHeight(Region.USE_PREF_SIZE);

        GridPane facts = new GridPane();
        facts.getStyleClass().add("overview-facts");
        facts.setHgap(16);
        facts.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        facts.getColumnConstraints().setAll(names, values);
        addFact(facts, 0, Messages.TEXTS.get("overview.organisation"), organisation);
        addFact(facts, 1, Messages.TEXTS.get("overview.date"), date);
        addFact(facts, 2, Messages.TEXTS.get("overview.facilitator"), facilitator);
        addFact(facts, 3, Messages.TEXTS.get("overview.participants"), participants);

        Label journeysHeading = new Label(Messages.TEXTS.get("overview.journeys"));
        journeysHeading.getStyleClass().add(Styles.TITLE_4);
        journeys.setId("overviewJourneys");
        journeys.setFocusTraversable(false);
        journeys.setCellFactory(list -> new JourneyCell());
        journeys.setPlaceholder(new Label(Messages.TEXTS.get("overview.noJourneys")));
        VBox.setVgrow(journeys, Priority.ALWAYS);

        content = new VBox(16, title, facts, journeysHeading, journeys);
        content.setPadding(new Insets(24));
        nothingOpen.setId("nothingOpenLabel");
        nothingOpen.getStyleClass().add("empty-state");
        nothingOpen.setWrapText(true);
        StackPane.setAlignment(nothingOpen, Pos.CENTER);
        getChildren().addAll(content, nothingOpen);
        workshop.addListener((obs, old, stored) -> show(stored));
        show(null);
    }

    private static void addFact(GridPane grid, int row, String name, Label value) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        value.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row, label, value);
    }

    private void show(StoredWorkshop stored) {
        content.setVisible(stored != null);
        nothingOpen.setVisible(stored == null);
        if (stored == null) {
            journeys.getItems().clear();
            return;
        }
        Workshop w = stored.workshop();
        title.setText(w.title());
        organisation.setText(orDash(w.organization()));
        date.setText(formats.date(w.date()));
        facilitator.setText(orDash(w.facilitator()));
        participants.setText(w.participants().isEmpty() ? "—" : String.join(", ", w.participants()));
        journeys.getItems().setAll(w.journeys());
    }

    private static String orDash(String text) {
        return text.isBlank() ? "—" : text;
    }

    ObjectProperty<StoredWorkshop> workshopProperty() {
        return workshop;
    }

    /** "Home insurance claim — 3 stages, 10 cards". */
    static String describe(Journey journey) {
        String name = journey.title().isBlank() ? Messages.TEXTS.get("overview.untitledJourney") : journey.title();
        return Messages.TEXTS.get("overview.journey", name, Messages.TEXTS.get("count.stages", journey.stages().size()),
                Messages.TEXTS.get("count.cards", journey.cards().size()));
    }

    private static final class JourneyCell extends javafx.scene.control.ListCell<Journey> {
        @Override
        protected void updateItem(Journey journey, boolean empty) {
            super.updateItem(journey, empty);
            setText(empty || journey == null ? null : describe(journey));
        }
    }
}
