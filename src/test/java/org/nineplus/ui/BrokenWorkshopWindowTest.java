package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.store.LibrarySql;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.library.LibraryViewModel.Phase;
import org.nineplus.ui.safety.SafetyTexts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workshop whose rows in the library were changed by SQL so that they break the rules (a score of 42), opened in
 * the real window: the library opens and lists it, Enter shows the library's one sentence in the error bar with
 * "Restore a backup…" beside it and no editor; the other workshop opens as usual; the offered restore brings the
 * workshop back as it was in the backup.
 */
@ExtendWith(ApplicationExtension.class)
class BrokenWorkshopWindowTest {

    private static final String BROKEN = "Claims journey workshop";
    private static final String GOOD = "Untouched";

    @TempDir
    Path folder;

    private final ChosenFiles files = new ChosenFiles();
    private Stage stage;
    private Workbench workbench;
    private long brokenId;

    private Path library() {
        return folder.resolve("library.mv.db");
    }

    /** Two workshops, a daily backup of them (from a second open a day later), then a score of 42 set by SQL. */
    private void libraryWithABrokenWorkshop() throws Exception {
        Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC);
        try (H2WorkshopStore store = H2WorkshopStore.open(library(), yesterday)) {
            brokenId = store.create(TestWorkshops.workedExample());
            store.create(TestWorkshops.workedExample().withTitle(GOOD));
            store.markSampleOffered();
        }
        H2WorkshopStore.open(library()).close();
        LibrarySql.run(library(), "UPDATE card SET score = 42 WHERE card_id = 'e1' AND snapshot_id = "
                + LibrarySql.live(brokenId));
    }

    private void start(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage = new Stage();
            workbench = new Workbench(TestServices.services(), files, org.nineplus.ui.canvas.JourneyCanvas::new);
            workbench.start(stage, library());
        });
        WindowSteps.awaitLibrary(workbench);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (workbench != null) {
            WindowSteps.closeWindow(robot, stage, workbench);
        }
    }

    private Node find(String id) {
        return stage.getScene().getRoot().lookup(id);
    }

    private boolean shown(String id) throws Exception {
        return onFx(() -> find(id) != null && find(id).isVisible());
    }

    private List<String> titles() throws Exception {
        return onFx(() -> workbench.library().workshops().stream().map(WorkshopSummary::title).toList());
    }

    /** Selects the broken workshop, presses Enter, and waits for the error. */
    private void openTheBrokenOne(FxRobot robot) throws Exception {
        WindowSteps.pressEnterOn(robot, BROKEN);
        waitUntil(() -> !workbench.library().errorProperty().get().isEmpty()
                && !workbench.library().busyProperty().get());
    }

    @Test
    void openingItShowsTheOneSentenceAndTheRestoreChoiceWhileTheOtherWorkshopStillOpens(FxRobot robot)
            throws Exception {
        libraryWithABrokenWorkshop();
        start(robot);
        assertThat(titles()).containsExactlyInAnyOrder(BROKEN, GOOD);
        assertThat(shown("#errorRestoreButton")).isFalse();

        openTheBrokenOne(robot);

        assertThat(onFx(() -> ((Labeled) find("#errorLabel")).getText())).isEqualTo("The workshop \"" + BROKEN
                + "\" (id " + brokenId + ") in the library " + library() + " breaks a rule of a workshop and was not "
                + "opened: journey \"Home insurance claim\" (id \"j1\"), card \"e1\", field score: must be between 1 "
                + "and 10, was 42. Nothing was changed.");
        assertThat(shown("#errorBar")).isTrue();
        assertThat(shown("#errorRestoreButton")).isTrue();
        assertThat(onFx(() -> ((Button) find("#errorRestoreButton")).getText()))
                .isEqualTo(SafetyTexts.text("damaged.restore"));
        // beside the long sentence the button keeps its whole text (not "…"), also in a laptop-sized window
        robot.interact(() -> stage.setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> {
            Button restore = (Button) find("#errorRestoreButton");
            return restore.getWidth() >= restore.prefWidth(-1) - 0.5;
        })).as("the restore button is as wide as its text").isTrue();
        assertThat(onFx(() -> workbench.editorSession().isPresent())).as("no editor on a broken workshop").isFalse();
        assertThat(titles()).as("still listed").containsExactlyInAnyOrder(BROKEN, GOOD);

        robot.clickOn(find("#dismissErrorButton"));
        assertThat(shown("#errorRestoreButton")).isFalse();

        WindowSteps.openInEditor(robot, workbench, GOOD);
        assertThat(onFx(() -> workbench.editorSession().get().current()))
                .isEqualTo(TestWorkshops.workedExample().withTitle(GOOD));
    }

    @Test
    void theOfferedRestoreBringsTheWorkshopBackAsItWasInTheBackup(FxRobot robot) throws Exception {
        libraryWithABrokenWorkshop();
        start(robot);
        openTheBrokenOne(robot);

        robot.clickOn(find("#errorRestoreButton"));
        waitUntil(() -> robot.lookup("#backupDialog").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#backupList").queryAs(ListView.class);
        assertThat(onFx(() -> list.getItems().size())).isEqualTo(1);
        robot.clickOn("#restoreBackupButton");
        waitUntil(() -> workbench.library().phaseProperty().get() == Phase.READY
                && !workbench.library().busyProperty().get() && !workbench.library().noticeProperty().get().isEmpty());
        assertThat(shown("#errorRestoreButton")).isFalse();

        WindowSteps.openInEditor(robot, workbench, BROKEN);
        assertThat(onFx(() -> workbench.editorSession().get().current())).isEqualTo(TestWorkshops.workedExample());
    }
}
