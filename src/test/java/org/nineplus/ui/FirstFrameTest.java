package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app's start-up path: the window is shown with an empty scene first, the workbench is built after. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    private Stage stage;

    /** A window of its own, never shown before (TestFX's primary stage keeps the size of earlier tests). */
    @Start
    void start(Stage primary) {
        this.stage = new Stage();
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void theWindowIsShownBeforeTheWorkbenchIsBuiltAndTheBuildRunsOnceAfterTheFirstFrame() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        AtomicReference<Boolean> showingWhenBuilt = new AtomicReference<>();
        boolean[] atOnce = onFx(() -> {
            Workbench.showFirstFrame(stage, () -> {
                showingWhenBuilt.set(stage.isShowing());
                builds.incrementAndGet();
            });
            return new boolean[] {stage.isShowing(), builds.get() == 0,
                    stage.getScene().getRoot() instanceof StackPane first && first.getChildren().size() == 1
                            && first.getChildren().get(0) instanceof javafx.scene.text.Text name
                            && name.getText().equals("NinePlus")};
        });

        assertThat(atOnce).as("shown, not yet built, a first scene with only the name").containsExactly(true, true, true);
        waitUntil(() -> builds.get() == 1);
        assertThat(showingWhenBuilt.get()).isTrue();
        assertThat(onFx(stage::getTitle)).isEqualTo("NinePlus");
        assertThat(onFx(() -> new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()}))
                .as("a window nobody placed opens at the standard place of the 1920 x 1080 screen")
                .containsExactly(144, 81, 1632, 918);
        assertThat(onFx(() -> stage.getScene().getWidth())).isEqualTo(1632);
    }

    @Test
    void theRealWorkbenchReplacesTheFirstSceneInTheSameWindow() throws Exception {
        AtomicReference<Workbench> built = new AtomicReference<>();
        java.nio.file.Path library = folder.resolve("library.mv.db");
        onFx(() -> {
            Workbench.showFirstFrame(stage, () -> {
                Workbench workbench = new Workbench(TestServices.services(), new ChosenFiles(),
                        org.nineplus.ui.canvas.JourneyCanvas::new);
                workbench.start(stage, library);
                built.set(workbench);
            });
            return null;
        });

        waitUntil(() -> built.get() != null);
        assertThat(onFx(() -> stage.getScene().getRoot().getId())).isEqualTo("workbench");
        assertThat(onFx(() -> new double[] {stage.getWidth(), stage.getHeight()}))
                .as("the workbench keeps the first frame's window size").containsExactly(1632, 918);
        assertThat(onFx(stage::isShowing)).isTrue();
        onFx(() -> {
            built.get().close();
            return null;
        });
        assertThat(built.get().awaitClosed(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
}
