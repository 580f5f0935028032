package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import atlantafx.base.theme.Styles;

/**
 * The editor below the toolbar: journey tabs over the canvas in the middle, the palette on the left, a side panel
 * on the right, and a bar for refused edits and failed saves on top. Only lays out and binds.
 *
 * <p>The side panel has two tabs, Inspector and Advisor, one at a time at full height: at 1280×720 neither fits
 * beside the other without squeezing the map, and the facilitator works in one mode at a time (rate and edit, then
 * discuss where to invest). The tab headers show which is open; Ctrl+Shift+A or the toolbar's Advisor button
 * switches. Cards chosen in the advisor are selected on the canvas either way.
 */
public final class EditorScreen extends BorderPane {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    private final CanvasView canvas;
    private final VBox middle;

    static final double SIDE_WIDTH = 400;
    static final double SIDE_MIN_WIDTH = 320;

    private final InspectorPane inspector;

    /** @param advisor the advisor panel of this session, shown in the side panel's Advisor tab */
    public EditorScreen(EditorSession session, CanvasView canvas, EditorActions actions, AutosaveBinding autosave,
                        Node advisor) {
        this.canvas = canvas;
        setId("editorScreen");
        JourneyTabs tabs = new JourneyTabs(session, actions.addJourneyCommand(), actions.journeyTabCommands());
        Node canvasNode = canvas.node();
        CanvasContextMenu.install(actions, canvas);
        StackPane holder = new StackPane(canvasNode);
        holder.setId("canvasHolder");
        holder.getStyleClass().add("canvas-holder");
        holder.setMinSize(0, 0);
        middle = new VBox(tabs, holder);
        VBox.setVgrow(holder, Priority.ALWAYS);
        setCenter(middle);
        setLeft(new Palette(canvas::addCard));
        inspector = new InspectorPane(session, FieldFormats.forUser(), actions.selectionCommands());
        setRight(sidePanel(inspector, advisor, actions.advisorShownProperty()));
        setTop(notificationBar(session, autosave));
        // The map's selection commands are accelerators of the whole window. A text field handles most of their
        // keys itself (Ctrl+C copies its text), but not all: F2 would open the canvas's editor and Ctrl+D duplicate
        // the selected card while the person is typing in the inspector. Typed in a text field, they stop here.
        List<KeyCombination> mapKeys = actions.mapSelectionShortcuts();
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl && mapKeys.stream().anyMatch(k -> k.match(e))) {
                e.consume();
            }
        });
    }

    private static TabPane sidePanel(Node inspector, Node advisor, BooleanProperty advisorShown) {
        Tab inspectorTab = new Tab(TEXTS.get("screen.inspector"), inspector);
        inspectorTab.setId("inspectorTab");
        inspectorTab.setGraphic(new FontIcon(MaterialDesignT.TUNE_VARIANT));
        Tab advisorTab = new Tab(TEXTS.get("screen.advisor"), advisor);
        advisorTab.setId("advisorTab");
        advisorTab.setGraphic(new FontIcon(MaterialDesignL.LIGHTBULB_ON_OUTLINE));
        TabPane side = new TabPane(inspectorTab, advisorTab);
        side.setId("sidePanel");
        side.getStyleClass().add("side-panel");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setTabMinWidth(120);
        side.setPrefWidth(SIDE_WIDTH);
        side.setMinWidth(SIDE_MIN_WIDTH);
        side.getSelectionModel().select(advisorShown.get() ? advisorTab : inspectorTab);
        side.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> advisorShown.set(
                tab == advisorTab));
        advisorShown.addListener((obs, old, shown) -> side.getSelectionModel().select(shown ? advisorTab
                : inspectorTab));
        return side;
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
        close.setAccessibleText(TEXTS.get("screen.dismiss"));
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

    /** Adds a section to the journey inspector (shown when nothing on the map is selected). */
    public void addJourneyInspectorSection(Node section) {
        inspector.addJourneySection(section);
    }

    /** Places a bar (e.g. the voting bar) between the journey tabs and the canvas. */
    public void showAboveCanvas(Node bar) {
        middle.getChildren().add(middle.getChildren().size() - 1, bar);
    }

    /** Gives the keyboard to the canvas, so the shortcuts act on the map. */
    public void focusCanvas() {
        canvas.focusCanvas();
    }
}
