package org.nineplus.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import atlantafx.base.theme.Styles;

/**
 * The editor below the toolbar: journey tabs over the canvas in the middle, the palette on the left, the
 * inspector on the right, and a bar for refused edits and failed saves on top. Only lays out and binds.
 */
public final class EditorScreen extends BorderPane {

    private final CanvasView canvas;

    public EditorScreen(EditorSession session, CanvasView canvas, EditorActions actions, AutosaveBinding autosave) {
        this.canvas = canvas;
        setId("editorScreen");
        JourneyTabs tabs = new JourneyTabs(session, actions.addJourneyCommand(), actions.journeyTabCommands());
        Node canvasNode = canvas.node();
        StackPane holder = new StackPane(canvasNode);
        holder.setId("canvasHolder");
        holder.getStyleClass().add("canvas-holder");
        holder.setMinSize(0, 0);
        VBox middle = new VBox(tabs, holder);
        VBox.setVgrow(holder, Priority.ALWAYS);
        setCenter(middle);
        setLeft(new Palette());
        InspectorPane inspector = new InspectorPane(session, FieldFormats.forUser(), actions.selectionCommands());
        inspector.setPrefWidth(340);
        inspector.setMinWidth(280);
        setRight(inspector);
        setTop(notificationBar(session, autosave));
    }

    private static Node notificationBar(EditorSession session, AutosaveBinding autosave) {
        StringBinding message = Bindings.createStringBinding(() -> !session.problemProperty().get().isEmpty()
                ? session.problemProperty().get() : autosave.problemProperty().get(),
                session.problemProperty(), autosave.problemProperty());
        BooleanProperty dismissed = new SimpleBooleanProperty(false);
        message.addListener((obs, old, now) -> dismissed.set(false));
        Label label = new Label();
        label.setId("editorProblemLabel");
        label.setWrapText(true);
        label.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        label.textProperty().bind(message);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.setId("dismissEditorProblemButton");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setAccessibleText("Dismiss");
        close.setFocusTraversable(false);
        close.setOnAction(e -> dismissed.set(true));
        HBox bar = new HBox(8, label, close);
        bar.setId("editorProblemBar");
        bar.getStyleClass().add("error-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(Bindings.createBooleanBinding(() -> !message.get().isEmpty() && !dismissed.get(),
                message, dismissed));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Gives the keyboard to the canvas, so the shortcuts act on the map. */
    public void focusCanvas() {
        canvas.focusCanvas();
    }
}
