package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import org.nineplus.ui.settings.WindowPlacement;

/**
 * The main window opens where it was left and follows the user's moves: a real window on the headless 1920 × 1080
 * screen, moved, resized, maximised and put in full screen.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFrameTest {

    private Stage stage;

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            if (stage != null) {
                stage.close();
            }
            return null;
        });
    }

    private WindowFrame showPlaced(Optional<WindowPlacement> stored) throws Exception {
        WindowFrame frame = onFx(() -> {
            stage = new Stage();
            WindowFrame placed = WindowFrame.place(stage, stored);
            stage.setScene(new Scene(new StackPane()));
            stage.show();
            return placed;
        });
        waitUntil(() -> onFx(stage::isShowing));
        return frame;
    }

    private double[] bounds() throws Exception {
        return onFx(() -> new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()});
    }

    @Test
    void aStoredPlacementIsWhereTheWindowOpens() throws Exception {
        WindowPlacement left = new WindowPlacement(200, 50, 1400, 900, false);

        WindowFrame frame = showPlaced(Optional.of(left));

        assertThat(bounds()).containsExactly(200, 50, 1400, 900);
        assertThat(onFx(frame::placement)).isEqualTo(left);
    }

    @Test
    void nothingStoredOpensAtTheStandardPlace() throws Exception {
        WindowFrame frame = showPlaced(Optional.empty());

        assertThat(bounds()).containsExactly(144, 81, 1632, 918);
        assertThat(onFx(frame::placement)).isEqualTo(new WindowPlacement(144, 81, 1632, 918, false));
    }

    @Test
    void aPlacementOnAScreenThatIsGoneOpensAtTheStandardPlace() throws Exception {
        showPlaced(Optional.of(new WindowPlacement(2400, 100, 1200, 800, false)));

        assertThat(bounds()).containsExactly(144, 81, 1632, 918);
    }

    @Test
    void movesAndResizesAreFollowed() throws Exception {
        WindowFrame frame = showPlaced(Optional.of(new WindowPlacement(200, 50, 1400, 900, false)));

        onFx(() -> {
            stage.setX(300);
            stage.setY(120);
            stage.setWidth(1000);
            stage.setHeight(700);
            return null;
        });

        WindowPlacement moved = new WindowPlacement(300, 120, 1000, 700, false);
        waitUntil(() -> onFx(frame::placement).equals(moved));
    }

    @Test
    void aMaximisedWindowKeepsTheBoundsItReturnsTo() throws Exception {
        WindowFrame frame = showPlaced(Optional.of(new WindowPlacement(200, 50, 1400, 900, false)));

        onFx(() -> {
            stage.setMaximized(true);
            return null;
        });
        waitUntil(() -> onFx(stage::isMaximized) && onFx(stage::getWidth) == 1920);
        onFx(() -> null); // let the frame look at the settled bounds

        assertThat(onFx(frame::placement)).isEqualTo(new WindowPlacement(200, 50, 1400, 900, true));
    }

    @Test
    void aWindowStoredMaximisedOpensMaximised() throws Exception {
        WindowFrame frame = showPlaced(Optional.of(new WindowPlacement(200, 50, 1400, 900, true)));

        waitUntil(() -> onFx(stage::isMaximized));
        assertThat(onFx(frame::placement)).isEqualTo(new WindowPlacement(200, 50, 1400, 900, true));
    }

    @Test
    void fullScreenPresentationDoesNotBecomeTheWindowsPlace() throws Exception {
        WindowFrame frame = showPlaced(Optional.of(new WindowPlacement(200, 50, 1400, 900, false)));

        onFx(() -> {
            stage.setFullScreen(true);
            return null;
        });
        waitUntil(() -> onFx(stage::isFullScreen) && onFx(stage::getWidth) == 1920);
        onFx(() -> null);

        assertThat(onFx(frame::placement)).isEqualTo(new WindowPlacement(200, 50, 1400, 900, false));
    }
}
