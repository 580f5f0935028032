package org.nineplus.ui.present;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The round timer as the room sees it: large mm:ss digits, red once the time is up, and small buttons for start or
 * pause, one more minute, reset and the round length. A {@link Timeline} on the FX thread redraws the digits a few
 * times a second while it is shown; the counting itself is the {@link RoundTimer}'s.
 */
final class TimerPanel extends HBox {

    static final String OVER = "timer-over";
    static final String RUNNING = "timer-running";
    static final Duration TICK = Duration.millis(200);

    private final RoundTimer timer;
    private final PresentTexts texts;
    private final Label digits = new Label();
    private final Button startPause;
    private final Timeline ticks;

    TimerPanel(RoundTimer timer, PresentTexts texts, Runnable askLength) {
        this.timer = timer;
        this.texts = texts;
        setId("presentationTimer");
        getStyleClass().add("presentation-timer");
        setAlignment(Pos.CENTER_RIGHT);
        setSpacing(12);
        setPickOnBounds(false);
        digits.setId("timerDigits");
        digits.getStyleClass().add("timer-digits");
        startPause = button("timerStartButton", "", "timer.start.tooltip", MaterialDesignP.PLAY, this::toggle);
        Button more = button("timerMinuteButton", texts.text("timer.addMinute"), "timer.addMinute.tooltip",
                MaterialDesignP.PLUS, this::addMinute);
        Button reset = button("timerResetButton", texts.text("timer.reset"), "timer.reset.tooltip",
                MaterialDesignR.RESTART, this::reset);
        Button length = button("timerLengthButton", texts.text("timer.length"), "timer.length.tooltip",
                MaterialDesignT.TIMER_OUTLINE, askLength);
        VBox buttons = new VBox(4, new HBox(4, startPause, more), new HBox(4, reset, length));
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setFillWidth(false);
        getChildren().addAll(buttons, digits);
        ticks = new Timeline(new KeyFrame(TICK, e -> refresh()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        refresh();
    }

    private Button button(String id, String text, String tooltipKey, Ikon icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add("timer-button");
        button.setFocusTraversable(false);
        button.setMnemonicParsing(false);
        Tooltip tooltip = new Tooltip(texts.text(tooltipKey));
        tooltip.setShowDelay(Duration.millis(300));
        button.setTooltip(tooltip);
        button.setAccessibleText(texts.text(tooltipKey));
        button.setOnAction(e -> action.run());
        return button;
    }

    void toggle() {
        timer.toggle();
        refresh();
    }

    void addMinute() {
        timer.addMinute();
        refresh();
    }

    void reset() {
        timer.reset();
        refresh();
    }

    /** Starts redrawing the digits (when presentation mode starts). */
    void show() {
        refresh();
        ticks.play();
    }

    /** Stops redrawing; the timer itself keeps its state (and keeps counting if it runs). */
    void hide() {
        ticks.stop();
    }

    /** The digits, their colour and the start/pause button as the timer is now. */
    void refresh() {
        digits.setText(timer.display());
        boolean over = timer.isOver();
        boolean running = timer.isRunning();
        setStyleClass(OVER, over);
        setStyleClass(RUNNING, running);
        digits.setAccessibleText(over ? texts.text("timer.over")
                : texts.text(running ? "timer.running" : "timer.paused") + " " + timer.display());
        startPause.setText(texts.text(running ? "timer.pause" : "timer.start"));
        ((FontIcon) startPause.getGraphic()).setIconCode(running ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY);
        startPause.setDisable(over);
    }

    private void setStyleClass(String styleClass, boolean on) {
        if (on && !digits.getStyleClass().contains(styleClass)) {
            digits.getStyleClass().add(styleClass);
        } else if (!on) {
            digits.getStyleClass().remove(styleClass);
        }
    }

    Label digits() {
        return digits;
    }
}
