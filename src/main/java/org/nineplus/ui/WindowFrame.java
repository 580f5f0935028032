package org.nineplus.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.nineplus.render.Rect;
import org.nineplus.ui.settings.WindowPlacement;

/**
 * Puts the main window where the user left it and follows where it goes: the normal bounds (those a maximised or
 * full-screen window returns to) and whether it is maximised. On the FX thread; reading and writing the stored
 * placement ({@link org.nineplus.ui.settings.WindowMemory}) is the caller's, off it.
 */
public final class WindowFrame {

    private final Stage stage;
    private WindowPlacement normal;
    private boolean pending;

    private WindowFrame(Stage stage, WindowPlacement placed) {
        this.stage = stage;
        this.normal = placed;
    }

    /**
     * Places {@code stage} (before it is shown) at the stored placement fitted to today's screens, or at the standard
     * place of the primary screen, and starts following it.
     */
    public static WindowFrame place(Stage stage, Optional<WindowPlacement> stored) {
        Objects.requireNonNull(stage, "stage");
        List<Rect> screens = Screen.getScreens().stream().map(s -> rect(s.getVisualBounds())).toList();
        WindowPlacement placement = WindowPlacement.restore(stored, screens,
                rect(Screen.getPrimary().getVisualBounds()));
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
        WindowFrame frame = new WindowFrame(stage, new WindowPlacement(placement.x(), placement.y(),
                placement.width(), placement.height(), false));
        frame.follow();
        return frame;
    }

    /** The window's normal bounds now, and whether it is maximised: what the next start should restore. */
    public WindowPlacement placement() {
        record();
        return new WindowPlacement(normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized());
    }

    private void follow() {
        // A maximise may move and resize the window before it says it is maximised: look once the change settles.
        InvalidationListener moved = obs -> {
            if (!pending) {
                pending = true;
                Platform.runLater(() -> {
                    pending = false;
                    record();
                });
            }
        };
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
    }

    private void record() {
        if (stage.isMaximized() || stage.isFullScreen() || stage.isIconified()
                || !(stage.getWidth() > 0 && stage.getHeight() > 0)
                || !Double.isFinite(stage.getX()) || !Double.isFinite(stage.getY())) {
            return;
        }
        normal = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }

    private static Rect rect(Rectangle2D r) {
        return new Rect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
