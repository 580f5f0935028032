package org.nineplus.ui;

import java.util.Objects;
import java.util.Optional;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * The window's first frame at start-up: a plain scene with only the program's name, shown before anything heavier is
 * built (see {@link Workbench#showFirstFrame}), in a window placed by {@link WindowFrame} (where the user left it, or
 * at the standard place when the caller has not placed it).
 */
final class FirstFrame {

    /** Pulses between showing the first scene and building the workbench. */
    private static final int PULSES = 3;

    private FirstFrame() {
    }

    static void show(Stage stage, Runnable build) {
        Objects.requireNonNull(build, "build");
        if (Double.isNaN(stage.getWidth()) || Double.isNaN(stage.getHeight())) {
            WindowFrame.place(stage, Optional.empty());
        }
        // A plain Text, not a Label: no control on the first frame, so no stylesheet is parsed before it shows.
        Text name = new Text("NinePlus");
        name.setFont(Font.font(28));
        name.setFill(Color.web("#57606a"));
        // No size of its own: the window keeps the bounds it was placed at.
        Scene first = new Scene(new StackPane(name), Color.WHITE);
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
