package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.nineplus.ui.Command;

import atlantafx.base.theme.Styles;

/** The right-hand panel: the card, the stage, several cards, or the journey, whichever is selected. */
public final class InspectorPane extends ScrollPane {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    /** What the inspector is showing. */
    public enum Mode { CARD, CARDS, STAGE, JOURNEY }

    private final ObjectBinding<Mode> mode;
    private final JourneyInspector journeyInspector;

    /** @param selectionCommands the common actions offered when several cards are selected */
    public InspectorPane(EditorSession session, FieldFormats formats, List<Command> selectionCommands) {
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        mode = Bindings.createObjectBinding(() -> {
            int cards = session.selectedCards().size();
            if (cards == 1) {
                return Mode.CARD;
            } else if (cards > 1) {
                return Mode.CARDS;
            }
            return session.journey().flatMap(j -> j.stage(session.selectedStageProperty().get())).isPresent()
                    ? Mode.STAGE : Mode.JOURNEY;
        }, session.selectedCards(), session.selectedStageProperty(), session.workshopProperty(),
                session.journeyIdProperty());

        Node card = new CardInspector(new CardInspectorModel(session, formats));
        Node stage = new StageInspector(new StageInspectorModel(session));
        journeyInspector = new JourneyInspector(new JourneyInspectorModel(session));
        Node journey = journeyInspector;
        Node several = several(session, selectionCommands);
        showIn(card, Mode.CARD);
        showIn(several, Mode.CARDS);
        showIn(stage, Mode.STAGE);
        showIn(journey, Mode.JOURNEY);
        setContent(new StackPane(card, several, stage, journey));
    }

    private void showIn(Node node, Mode shown) {
        node.visibleProperty().bind(mode.isEqualTo(shown));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static Node several(EditorSession session, List<Command> commands) {
        Label count = new Label();
        count.setId("selectionCountLabel");
        count.getStyleClass().add(Styles.TITLE_4);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> TEXTS.get("selection.count", session.selectedCards().size()), session.selectedCards()));
        FlowPane buttons = new FlowPane(6, 6);
        for (Command command : commands) {
            buttons.getChildren().add(command.button());
        }
        buttons.getChildren().forEach(b -> b.setId("selection" + b.getId()));
        VBox box = new VBox(12, count, buttons);
        box.setId("selectionInspector");
        box.setPadding(new Insets(12));
        return box;
    }

    /** Adds a section to what the inspector shows for the journey (a feature wired in by the window). */
    public void addJourneySection(Node section) {
        journeyInspector.addSection(section);
    }

    public ObjectBinding<Mode> modeProperty() {
        return mode;
    }
}
