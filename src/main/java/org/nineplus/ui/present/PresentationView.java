package org.nineplus.ui.present;

import java.net.URL;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.nineplus.render.Rect;

/**
 * The screen of presentation mode: the journey canvas filling it, a translucent layer over it that dims every stage
 * but the current one, the stage counter at the top left, the round timer at the top right and a small leave button
 * with the keys at the bottom. Only lays out; {@link PresentationMode} drives it.
 */
final class PresentationView extends StackPane {

    static final String STYLESHEET = "/org/nineplus/ui/present/present.css";
    /** The dimming over the stages that are not current: dark enough to recede on a projector, light enough to read. */
    static final Color DIM = Color.rgb(18, 22, 28, 0.62);

    private final Pane dimLayer = new Pane();
    private final Label counter = new Label();
    private final TimerPanel timer;

    PresentationView(TimerPanel timer, PresentTexts texts, Runnable leave) {
        this.timer = timer;
        setId("presentationView");
        getStyleClass().add("presentation");
        URL css = PresentationView.class.getResource(STYLESHEET);
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        setFocusTraversable(true);
        dimLayer.setId("presentationDim");
        dimLayer.setMouseTransparent(true);
        dimLayer.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(dimLayer.widthProperty());
        clip.heightProperty().bind(dimLayer.heightProperty());
        dimLayer.setClip(clip);
        counter.setId("presentationCounter");
        counter.getStyleClass().add("presentation-counter");
        counter.setMaxWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(16, counter, spacer, timer);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("presentation-bar");
        top.setPadding(new Insets(8, 20, 8, 20));

        Button leaveButton = new Button(texts.text("leave"), new FontIcon(MaterialDesignE.EXIT_TO_APP));
        leaveButton.setId("leavePresentationButton");
        leaveButton.getStyleClass().add("timer-button");
        leaveButton.setFocusTraversable(false);
        leaveButton.setMnemonicParsing(false);
        leaveButton.setTooltip(new Tooltip(texts.text("leave.tooltip")));
        leaveButton.setAccessibleText(texts.text("leave.tooltip"));
        leaveButton.setOnAction(e -> leave.run());
        Label keys = new Label(texts.text("keys"));
        keys.getStyleClass().add("presentation-keys");
        HBox bottom = new HBox(12, leaveButton, keys);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPickOnBounds(false);
        bottom.setMaxWidth(Region.USE_PREF_SIZE);

        BorderPane hud = new BorderPane();
        hud.setPickOnBounds(false);
        BorderPane.setMargin(bottom, new Insets(0, 20, 16, 20));
        hud.setTop(top);
        hud.setBottom(bottom);
        getChildren().addAll(dimLayer, hud);
    }

    /** Puts the canvas under the dimming and the controls (it leaves its place in the editor). */
    void hold(Node canvas) {
        getChildren().add(0, canvas);
    }

    void release(Node canvas) {
        getChildren().remove(canvas);
    }

    /** Dims these screen rectangles, each tagged with the stage it covers. */
    void dim(List<Rect> rects, List<String> stageIds) {
        dimLayer.getChildren().clear();
        for (int i = 0; i < rects.size(); i++) {
            Rect r = rects.get(i);
            Rectangle shade = new Rectangle(r.x(), r.y(), r.width(), r.height());
            shade.setFill(DIM);
            shade.setUserData(stageIds.get(i));
            shade.getStyleClass().add("stage-dim");
            dimLayer.getChildren().add(shade);
        }
    }

    void setCounter(String text) {
        counter.setText(text);
    }

    Pane dimLayer() {
        return dimLayer;
    }

    TimerPanel timer() {
        return timer;
    }
}
