package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Texts;
import org.nineplus.ui.library.LibraryViewModel.Phase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A data folder the library cannot be written in at start: a file stands where the folder should be (as when
 * {@code XDG_DATA_HOME} names a file; this works even for root, unlike permissions). The window says so in one
 * sentence naming the file in the way, offers to choose another library, and creates nothing.
 */
@ExtendWith(ApplicationExtension.class)
class UnwritableDataFolderWindowTest {

    @TempDir
    Path folder;

    private Stage stage;
    private Workbench workbench;

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (workbench != null) {
            WindowSteps.closeWindow(robot, stage, workbench);
        }
    }

    @Test
    void aFileWhereTheDataFolderShouldBeGivesOneClearMessageNamingIt(FxRobot robot) throws Exception {
        Path data = Files.writeString(folder.resolve("data"), "not a folder");
        Path library = data.resolve("NinePlus").resolve("library.mv.db");
        robot.interact(() -> {
            stage = new Stage();
            workbench = new Workbench(TestServices.services(), new ChosenFiles(),
                    org.nineplus.ui.canvas.JourneyCanvas::new);
            workbench.start(stage, library);
        });
        waitUntil(() -> workbench.library().phaseProperty().get() == Phase.FAILED);

        Label reason = (Label) stage.getScene().getRoot().lookup("#failureLabel");
        String shown = onFx(reason::getText);
        assertThat(shown).isEqualTo(Texts.of("org.nineplus.store.h2.messages").get("folderIsFile",
                library.toString(), data.toString()));
        assertThat(shown).contains(data + " is a file, not a folder").doesNotContain("Exception")
                .doesNotContain("\n");
        assertThat(onFx(() -> reason.isVisible() && robot.lookup("#failurePane").query().isVisible())).isTrue();
        assertThat(onFx(() -> robot.lookup("#chooseLibraryButton").query().isVisible())).isTrue();
        assertThat(Files.readString(data)).as("the file in the way is left alone").isEqualTo("not a folder");
        try (var created = Files.list(folder)) {
            assertThat(created).as("nothing else was created").containsExactly(data);
        }
    }
}
