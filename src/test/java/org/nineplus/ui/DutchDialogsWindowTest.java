package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.edit.Command;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.DialogLanguage;
import org.nineplus.testing.InDutch;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.present.PresentationMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs and alerts that used JavaFX's English Cancel, Close and OK or its English "Error" title, opened in the
 * Dutch window: restore from backup, personas, the round length, the versions problem and saving as a file after a
 * failed save. None shows an English word, each shows its Dutch ones, and Esc still cancels or closes it.
 */
@ExtendWith({InDutch.class, ApplicationExtension.class})
class DutchDialogsWindowTest {

    private static final String TITLE = "Schadeclaim";
    private static final String OK = UiWords.TEXTS.in(Locale.forLanguageTag("nl-NL")).get("ok");

    @TempDir
    Path folder;

    private final ChosenFiles files = new ChosenFiles();
    private RefusingStore store;
    private final SampleWindow window = new SampleWindow();

    private Path library() {
        return folder.resolve("library.mv.db");
    }

    /** A library holding one workshop, opened once more a day later so it has a daily backup; then the window. */
    private void start(FxRobot robot) throws Exception {
        Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC);
        try (H2WorkshopStore earlier = H2WorkshopStore.open(library(), yesterday)) {
            earlier.create(TestWorkshops.workedExample().withTitle(TITLE));
            earlier.markSampleOffered();
        }
        window.startInNewWindow(robot, RefusingStore.services(opened -> store = opened), files, library(),
                Duration.ofMillis(50));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (window.workbench != null) {
            store.refuseSaves = false;
            robot.interact(window.stage::close);
            assertThat(window.workbench.awaitClosed(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    private EditorSession session() {
        return window.workbench.editorSession().orElseThrow();
    }

    private PresentationMode presentation() {
        return window.workbench.presentation().orElseThrow();
    }

    private List<Path> besideTheLibrary(String part) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().contains(part)).toList();
        }
    }

    @Test
    void restoreFromBackupPersonasAndTheRoundLengthAreDutchAndEscCancelsThem(FxRobot robot) throws Exception {
        start(robot);

        WindowSteps.chooseMenuItem(window.stage, "restoreBackupMenu");
        DialogPane backups = DialogLanguage.awaitShowing("backupDialog");
        DialogLanguage.assertDutch(backups, "Back-up terugzetten", "Terugzetten", "Annuleren");
        assertThat(onFx(() -> ((ListView<?>) backups.lookup("#backupList")).getItems())).as("the daily backup")
                .hasSize(1);
        DialogLanguage.escape(robot, backups);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(besideTheLibrary(".before-restore-")).as("Esc restores nothing").isEmpty();
        assertThat(onFx(() -> window.workbench.library().workshops().get(0).title())).isEqualTo(TITLE);

        WindowSteps.openInEditor(robot, window.workbench, TITLE);
        WindowSteps.chooseMenuItem(window.stage, "personasMenu");
        DialogPane personas = DialogLanguage.awaitShowing("personasDialog");
        DialogLanguage.assertDutch(personas, "Persona's", "Sluiten");
        DialogLanguage.escape(robot, personas);

        onFx(() -> {
            window.canvas().focusCanvas();
            return null;
        });
        robot.push(KeyCode.F5);
        waitUntil(() -> window.workbench.presentation().map(PresentationMode::isActive).orElse(false));
        Duration length = onFx(() -> presentation().timer().roundLength());
        robot.push(KeyCode.L);
        DialogPane roundLength = DialogLanguage.awaitShowing("roundLengthDialog");
        DialogLanguage.assertDutch(roundLength, "Rondeduur", "Hoe lang duurt een ronde?", "Instellen", "Annuleren");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("9");
        DialogLanguage.escape(robot, roundLength);
        assertThat(onFx(() -> presentation().timer().roundLength())).as("Esc keeps the round length")
                .isEqualTo(length);
    }

    @Test
    void theVersionsProblemAndTheFailedSaveAsAFileAreDutchAndEscClosesThem(FxRobot robot) throws Exception {
        start(robot);
        WindowSteps.openInEditor(robot, window.workbench, TITLE);
        store.refuseSaves = true;

        // "Save version…" writes the last edits first: the full disk makes it fail.
        WindowSteps.chooseMenuItem(window.stage, "saveVersionMenu");
        robot.clickOn("#nameField").write("na ronde 1").push(KeyCode.ENTER);
        DialogPane versions = DialogLanguage.awaitShowing("versionProblemDialog");
        DialogLanguage.assertDutch(versions, "Versies", "Dat is niet gelukt");
        assertThat(DialogLanguage.buttons(versions)).containsExactly(OK);
        assertThat(onFx(versions::getContentText)).startsWith("De bibliotheek kon dat niet doen:")
                .contains("No space left on device");
        assertThat(onFx(versions::getStylesheets)).as("the app's stylesheet").isNotEmpty();
        DialogLanguage.escape(robot, versions);

        // An edit that cannot be saved, then closing: save it as a file in a folder that has gone.
        onFx(() -> session().execute(Command.of("Hernoemen", w -> w.withTitle("Niet opgeslagen"))));
        Label problem = (Label) window.stage.getScene().getRoot().lookup("#editorProblemLabel");
        waitUntil(() -> !problem.getText().isEmpty());
        Path gone = folder.resolve("usb-stick").resolve("gered.json");
        files.next = gone;
        Platform.runLater(window.workbench::requestClose);
        DialogPane unsaved = DialogLanguage.awaitShowing("unsavedDialog");
        DialogLanguage.assertDutch(unsaved, "Wijzigingen niet opgeslagen");
        robot.clickOn("#unsavedSaveButton");

        DialogPane failed = DialogLanguage.awaitShowing("saveFileFailedDialog");
        DialogLanguage.assertDutch(failed, "Wijzigingen niet opgeslagen",
                "Het workshopbestand " + gone + " kon niet worden opgeslagen");
        assertThat(DialogLanguage.buttons(failed)).containsExactly(OK);
        assertThat(onFx(failed::getStylesheets)).as("the app's stylesheet").isNotEmpty();
        DialogLanguage.escape(robot, failed);
        assertThat(onFx(window.stage::isShowing)).as("the window stays open with the edits").isTrue();
        assertThat(onFx(() -> session().current().title())).isEqualTo("Niet opgeslagen");
        assertThat(Files.exists(gone)).isFalse();
    }
}
