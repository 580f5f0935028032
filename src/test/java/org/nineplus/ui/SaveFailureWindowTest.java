package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Label;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.edit.Command;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.store.WorkshopStore;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.safety.SafetyTexts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Saves that fail (a full disk): a lasting message naming the problem and the library, the edits kept and saving
 * retried until it works, and closing the window asks instead of losing them. Also the message after an unclean end.
 */
@ExtendWith(ApplicationExtension.class)
class SaveFailureWindowTest {

    @TempDir
    Path folder;

    private final ChosenFiles files = new ChosenFiles();
    private RefusingStore store;
    private final SampleWindow window = new SampleWindow();

    private Path library() {
        return folder.resolve("library.mv.db");
    }

    private void start(FxRobot robot) throws Exception {
        window.startInNewWindow(robot, RefusingStore.services(opened -> store = opened), files, library(),
                Duration.ofMillis(50));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (window.workbench != null && onFx(window.stage::isShowing)) {
            store.refuseSaves = false;
            robot.interact(() -> window.stage.close());
        }
        if (window.workbench != null) {
            assertThat(window.workbench.awaitClosed(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    private EditorSession openTheSampleAndRefuseSaves(FxRobot robot) throws Exception {
        robot.interact(() -> window.workbench.library().openSelected());
        waitUntil(() -> window.workbench.editorSession().isPresent());
        store.refuseSaves = true;
        return onFx(() -> window.workbench.editorSession().get());
    }

    private void edit(EditorSession session, String title) throws Exception {
        onFx(() -> session.execute(Command.of("Rename the workshop", w -> w.withTitle(title))));
    }

    private Label problemLabel() {
        return (Label) window.stage.getScene().getRoot().lookup("#editorProblemLabel");
    }

    private void waitForTheProblem() throws Exception {
        waitUntil(() -> problemLabel().getParent().isVisible() && !problemLabel().getText().isEmpty());
    }

    @Test
    void aFailedSaveShowsALastingMessageKeepsTheEditsAndGoesAwayOnceASaveWorks(FxRobot robot) throws Exception {
        start(robot);
        EditorSession session = openTheSampleAndRefuseSaves(robot);

        edit(session, "Edited while the disk is full");
        waitForTheProblem();

        String message = onFx(() -> problemLabel().getText());
        assertThat(message).contains("No space left on device").contains(library().toString())
                .contains("5");
        assertThat(onFx(() -> session.dirtyProperty().get())).as("the edits are kept, not marked saved").isTrue();
        assertThat(onFx(() -> session.current().title())).isEqualTo("Edited while the disk is full");

        // Closing now asks; "Keep trying" leaves the window open with the edits.
        Platform.runLater(window.workbench::requestClose);
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        robot.clickOn("#unsavedKeepButton");
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isEmpty());
        assertThat(onFx(window.stage::isShowing)).isTrue();

        // The disk has room again: the retry saves, the message goes.
        store.refuseSaves = false;
        waitUntil(() -> !session.dirtyProperty().get());
        assertThat(onFx(() -> problemLabel().getParent().isVisible())).isFalse();
        WindowSteps.closeWindow(robot, window.stage, window.workbench);
        try (WorkshopStore check = H2WorkshopStore.open(library())) {
            assertThat(check.list()).extracting(s -> s.title()).contains("Edited while the disk is full");
        }
    }

    @Test
    void closingWhileSavesFailCanSaveTheWorkshopAsAFileElsewhere(FxRobot robot) throws Exception {
        start(robot);
        EditorSession session = openTheSampleAndRefuseSaves(robot);
        edit(session, "Rescued to a file");
        waitForTheProblem();

        Path rescue = folder.resolve("rescued.json");
        files.next = rescue;
        Platform.runLater(window.workbench::requestClose);
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        robot.clickOn("#unsavedSaveButton");

        waitUntil(() -> !window.stage.isShowing());
        assertThat(Files.exists(rescue)).isTrue();
        assertThat(new WorkshopJson().read(rescue).title()).isEqualTo("Rescued to a file");
    }

    @Test
    void afterAnUncleanEndTheWindowSaysWhatWasRecovered(FxRobot robot) throws Exception {
        try (WorkshopStore earlier = H2WorkshopStore.open(library())) {
            earlier.create(org.nineplus.testing.TestWorkshops.workedExample().withTitle("Claims journey"));
            earlier.markSampleOffered();
        }
        // What a dead battery leaves: the marker of a session that never closed.
        Files.createFile(folder.resolve("library.session"));

        start(robot);

        Label notice = (Label) window.stage.getScene().getRoot().lookup("#noticeLabel");
        String text = onFx(notice::getText);
        assertThat(onFx(() -> notice.getParent().isVisible())).isTrue();
        java.time.Instant saved = onFx(() -> window.workbench.library().workshops().get(0).lastChanged());
        String at = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                .withZone(java.time.ZoneId.systemDefault()).format(saved);
        assertThat(text).isEqualTo(SafetyTexts.text("recovery.message",
                SafetyTexts.text("recovery.workshop", "Claims journey", at)));
        assertThat(text).contains("Claims journey").contains(at);
        robot.clickOn("#dismissNoticeButton");
        assertThat(onFx(() -> notice.getParent().isVisible())).isFalse();
    }
}
