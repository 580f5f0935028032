package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.store.BackupInfo;
import org.nineplus.store.LibraryHolder;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.library.LibraryViewModel.Phase;
import org.nineplus.ui.library.LibraryViewModel.Trouble;
import org.nineplus.ui.safety.SafetyTexts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A damaged library (truncated, random bytes), a library another process holds, and restoring a backup, driven in
 * the real window on real library files.
 */
@ExtendWith(ApplicationExtension.class)
class LibrarySafetyWindowTest {

    private static final String TITLE = "Before the damage";

    @TempDir
    Path folder;

    private final ChosenFiles files = new ChosenFiles();
    private Stage stage;
    private Workbench workbench;

    private Path library() {
        return folder.resolve("library.mv.db");
    }

    private void start(FxRobot robot) {
        robot.interact(() -> {
            stage = new Stage();
            workbench = new Workbench(TestServices.services(), files, org.nineplus.ui.canvas.JourneyCanvas::new);
            workbench.start(stage, library());
        });
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (workbench != null) {
            WindowSteps.closeWindow(robot, stage, workbench);
        }
    }

    /** A library with one workshop and, from a second open a day later, one daily backup of it. */
    private void libraryWithABackup() {
        Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC);
        try (H2WorkshopStore store = H2WorkshopStore.open(library(), yesterday)) {
            store.create(TestWorkshops.workedExample().withTitle(TITLE));
            store.markSampleOffered();
        }
        H2WorkshopStore.open(library()).close();
    }

    private Node find(String id) {
        return stage.getScene().getRoot().lookup(id);
    }

    private String text(String id) throws Exception {
        return onFx(() -> ((javafx.scene.control.Labeled) find(id)).getText());
    }

    private boolean shown(String id) throws Exception {
        return onFx(() -> find(id) != null && find(id).isVisible());
    }

    private void waitForPhase(Phase phase) throws Exception {
        waitUntil(() -> workbench.library().phaseProperty().get() == phase
                && !workbench.library().busyProperty().get());
    }

    private MenuItem restoreMenu() {
        return ((javafx.scene.control.MenuBar) find("#menuBar")).getMenus().get(0).getItems().stream()
                .filter(i -> "restoreBackupMenu".equals(i.getId())).findFirst().orElseThrow();
    }

    private List<String> titles() throws Exception {
        return onFx(() -> workbench.library().workshops().stream().map(WorkshopSummary::title).toList());
    }

    private List<Path> beside(String infix) throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.getFileName().toString().contains(infix)).toList();
        }
    }

    @Test
    void aTruncatedLibraryExplainsItselfAndANewEmptyLibraryKeepsTheDamagedFile(FxRobot robot) throws Exception {
        libraryWithABackup();
        byte[] truncated = Arrays.copyOf(Files.readAllBytes(library()), 1000);
        Files.write(library(), truncated);

        start(robot);
        waitForPhase(Phase.FAILED);

        assertThat(onFx(() -> workbench.library().troubleProperty().get())).isEqualTo(Trouble.DAMAGED);
        assertThat(text("#failureHeading")).isEqualTo(SafetyTexts.text("damaged.heading"));
        assertThat(text("#failureLabel")).contains(library().toString()).contains("library.damaged-");
        assertThat(shown("#restoreBackupChoice")).isTrue();
        assertThat(shown("#startEmptyButton")).isTrue();
        assertThat(shown("#openReadOnlyButton")).isFalse();
        assertThat(onFx(() -> ((Button) find("#restoreBackupChoice")).isDefaultButton())).isTrue();
        assertThat(Files.readAllBytes(library())).as("never overwritten").isEqualTo(truncated);

        robot.clickOn(find("#startEmptyButton"));
        waitForPhase(Phase.READY);

        assertThat(titles()).as("a new, empty library").isEmpty();
        List<Path> kept = beside(".damaged-");
        assertThat(kept).hasSize(1);
        assertThat(Files.readAllBytes(kept.get(0))).as("kept for inspection").isEqualTo(truncated);
        assertThat(text("#noticeLabel")).isEqualTo(SafetyTexts.text("notice.newLibrary", kept.get(0)));
    }

    @Test
    void aLibraryOfRandomBytesExplainsItselfAndABackupBringsTheWorkshopsBack(FxRobot robot) throws Exception {
        libraryWithABackup();
        byte[] noise = new byte[48 * 1024];
        new Random(4).nextBytes(noise);
        Files.write(library(), noise);

        start(robot);
        waitForPhase(Phase.FAILED);
        assertThat(onFx(() -> workbench.library().troubleProperty().get())).isEqualTo(Trouble.DAMAGED);
        assertThat(text("#failureHeading")).isEqualTo(SafetyTexts.text("damaged.heading"));

        robot.clickOn(find("#restoreBackupChoice"));
        restoreTheOnlyBackup(robot);
        waitForPhase(Phase.READY);

        assertThat(titles()).containsExactly(TITLE);
        List<Path> kept = beside(".damaged-");
        assertThat(kept).hasSize(1);
        assertThat(Files.readAllBytes(kept.get(0))).isEqualTo(noise);
        assertThat(text("#noticeLabel")).contains(kept.get(0).toString());
    }

    @Test
    void withoutBackupsTheDialogSaysSoAndNothingChanges(FxRobot robot) throws Exception {
        byte[] noise = new byte[16 * 1024];
        new Random(5).nextBytes(noise);
        Files.write(library(), noise);
        start(robot);
        waitForPhase(Phase.FAILED);

        robot.clickOn(find("#restoreBackupChoice"));
        waitUntil(() -> robot.lookup("#backupDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#backupDialog").queryAs(DialogPane.class);
        assertThat(onFx(pane::getHeaderText)).isEqualTo(SafetyTexts.text("backups.none"));
        assertThat(onFx(() -> pane.lookup("#restoreBackupButton").isDisabled())).isTrue();
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());

        waitForPhase(Phase.FAILED);
        assertThat(onFx(() -> workbench.library().troubleProperty().get())).isEqualTo(Trouble.DAMAGED);
        assertThat(Files.readAllBytes(library())).isEqualTo(noise);
    }

    private void restoreTheOnlyBackup(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#backupDialog").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#backupList").queryAs(ListView.class);
        assertThat(onFx(() -> list.getItems().size())).isEqualTo(1);
        assertThat(onFx(() -> ((BackupInfo) list.getSelectionModel().getSelectedItem()).reason())).isEqualTo("daily");
        robot.clickOn("#restoreBackupButton");
    }

    @Test
    void restoreFromBackupInTheFileMenuReplacesTheLibraryAndKeepsTheCurrentFile(FxRobot robot) throws Exception {
        libraryWithABackup();
        start(robot);
        waitForPhase(Phase.READY);
        robot.interact(() -> workbench.library().create("Added after the backup"));
        waitUntil(() -> titles().size() == 2 && !workbench.library().busyProperty().get());

        MenuItem restore = onFx(this::restoreMenu);
        assertThat(onFx(restore::isDisable)).isFalse();
        assertThat(onFx(restore::getText)).isEqualTo(SafetyTexts.text("menu.restore"));
        Platform.runLater(restore::fire);
        restoreTheOnlyBackup(robot);
        waitForPhase(Phase.READY);

        assertThat(titles()).containsExactly(TITLE);
        List<Path> kept = beside(".before-restore-");
        assertThat(kept).hasSize(1);
        assertThat(text("#noticeLabel")).contains(kept.get(0).toString());
        try (H2WorkshopStore store = H2WorkshopStore.open(kept.get(0))) {
            assertThat(store.list()).extracting(WorkshopSummary::title).contains("Added after the backup");
        }
    }

    @Test
    void aBackupThatCannotBeRestoredChangesNothingAndSaysWhy(FxRobot robot) throws Exception {
        libraryWithABackup();
        Path broken = folder.resolve("backups").resolve("library-29991231-000000-daily.zip");
        Files.write(broken, new byte[] {'P', 'K', 0});
        start(robot);
        waitForPhase(Phase.READY);

        Platform.runLater(restoreMenuItem()::fire);
        waitUntil(() -> robot.lookup("#backupDialog").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#backupList").queryAs(ListView.class);
        assertThat(onFx(() -> ((BackupInfo) list.getSelectionModel().getSelectedItem()).file())).isEqualTo(broken);
        robot.clickOn("#restoreBackupButton");
        waitUntil(() -> workbench.library().phaseProperty().get() == Phase.READY
                && !workbench.library().busyProperty().get() && !workbench.library().errorProperty().get().isEmpty());

        assertThat(onFx(() -> workbench.library().errorProperty().get()))
                .startsWith(SafetyTexts.text("failure.restore")).contains(broken.toString())
                .contains("The library was not changed");
        assertThat(titles()).containsExactly(TITLE);
        assertThat(beside(".before-restore-")).isEmpty();
        WindowSteps.closeWindow(robot, stage, workbench);
        workbench = null;
        try (H2WorkshopStore store = H2WorkshopStore.open(library())) {
            assertThat(store.list()).extracting(WorkshopSummary::title).containsExactly(TITLE);
        }
    }

    private MenuItem restoreMenuItem() throws Exception {
        return onFx(this::restoreMenu);
    }

    @Test
    void aLibraryOpenInAnotherProcessOffersAReadOnlyCopyOrAnotherLibrary(FxRobot robot) throws Exception {
        libraryWithABackup();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LibraryHolder.class.getName(), library().toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("OPEN"));
            assertThat(line).isEqualTo("OPEN 1");

            // Nothing moves a library another process has open: its later saves would go with the moved file.
            org.nineplus.store.LibraryFiles libraryFiles = new org.nineplus.store.h2.H2LibraryFiles();
            BackupInfo backup = libraryFiles.backups(library()).get(0);
            assertThatThrownBy(() -> libraryFiles.restore(library(), backup))
                    .isInstanceOf(org.nineplus.store.LibraryLockedException.class);
            assertThatThrownBy(() -> libraryFiles.setAside(library()))
                    .isInstanceOf(org.nineplus.store.LibraryLockedException.class);
            // (The holder itself may write to the file meanwhile, so its bytes are not compared.)
            assertThat(library()).exists();
            assertThat(beside(".damaged-")).isEmpty();
            assertThat(beside(".before-restore-")).isEmpty();
            assertThat(beside(".restoring")).isEmpty();

            start(robot);
            waitForPhase(Phase.FAILED);
            assertThat(onFx(() -> workbench.library().troubleProperty().get())).isEqualTo(Trouble.LOCKED);
            assertThat(text("#failureHeading")).isEqualTo(SafetyTexts.text("locked.heading"));
            assertThat(onFx(() -> restoreMenu().isDisable())).as("no restore over a held library").isTrue();
            assertThat(text("#failureLabel")).isEqualTo(SafetyTexts.text("locked.explanation", library()));
            assertThat(text("#chooseLibraryButton")).isEqualTo(SafetyTexts.text("locked.pick"));
            assertThat(shown("#startEmptyButton")).isFalse();
            assertThat(onFx(() -> ((Button) find("#openReadOnlyButton")).isDefaultButton())).isTrue();

            robot.clickOn(find("#openReadOnlyButton"));
            waitForPhase(Phase.READY);

            assertThat(titles()).containsExactly(TITLE);
            assertThat(shown("#readOnlyBar")).isTrue();
            assertThat(text("#readOnlyLabel")).isEqualTo(SafetyTexts.text("readOnly.banner", library()));
            assertThat(onFx(() -> ((Button) find("#newWorkshopButton")).isDisabled())).isTrue();
            assertThat(onFx(() -> ((Button) find("#deleteWorkshopButton")).isDisabled())).isTrue();
            assertThat(onFx(() -> ((Button) find("#importJsonButton")).isDisabled())).isTrue();
            assertThat(onFx(() -> restoreMenu().isDisable())).isTrue();

            robot.interact(() -> workbench.library().openSelected());
            waitUntil(() -> workbench.editorSession().isPresent());
            assertThat(onFx(() -> workbench.editorSession().get().isReadOnly())).isTrue();
            assertThat(onFx(stage::getTitle)).contains(SafetyTexts.text("readOnly.title"));
            assertThat(text("#editorReadOnlyLabel")).isEqualTo(SafetyTexts.text("readOnly.banner", library()));
            boolean changed = onFx(() -> workbench.editorSession().get().execute(
                    org.nineplus.edit.Command.of("rename", w -> w.withTitle("Changed"))));
            assertThat(changed).isFalse();
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(folder.resolve("check.mv.db"))) {
            assertThat(store.list()).isEmpty();
        }
    }

    @Test
    void pickAnotherLibraryOpensTheChosenOne(FxRobot robot) throws Exception {
        libraryWithABackup();
        try (H2WorkshopStore held = H2WorkshopStore.open(library())) {
            start(robot);
            waitForPhase(Phase.FAILED);
            assertThat(onFx(() -> workbench.library().troubleProperty().get())).isEqualTo(Trouble.LOCKED);
            files.next = folder.resolve("other.mv.db");
            robot.clickOn(find("#chooseLibraryButton"));
            waitForPhase(Phase.READY);
            assertThat(onFx(() -> workbench.library().libraryProperty().get())).isEqualTo(files.next);
            assertThat(shown("#readOnlyBar")).isFalse();
            assertThat(held.list()).extracting(WorkshopSummary::title).containsExactly(TITLE);
        }
    }
}
