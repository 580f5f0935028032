package org.nineplus.ui;

import java.util.Objects;

import javafx.animation.AnimationTimer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's first frame at start-up: a plain scene the size of the workbench with only the program's name, shown
 * before anything heavier is built (see {@link Workbench#showFirstFrame}).
 */
final class FirstFrame {

    /** Pulses between showing the first scene and building the workbench. */
    private static final int PULSES = 3;

    private FirstFrame() {
    }

    static void show(Stage stage, Runnable build) {
        Objects.requireNonNull(build, "build");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // A plain Text, not a Label: no control on the first frame, so no stylesheet is parsed before it shows.
        Text name = new Text("NinePlus");
        name.setFont(Font.font(28));
        name.setFill(Color.web("#57606a"));
        Scene first = new Scene(new StackPane(name), Math.min(Workbench.WIDTH, screen.getWidth()),
                Math.min(Workbench.HEIGHT, screen.getHeight()), Color.WHITE);
        // Build a few pulses later: the first frame is drawn and handed to the window before the FX thread is busy.
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == PULSES) {
                    stop();
                    if (stage.isShowing()) {
                        build.run();
                    }
                }
            }
        }.start();
        stage.titleProperty().unbind();
        stage.setTitle("NinePlus");
        stage.setScene(first);
        stage.show();
    }
}
