package org.nineplus.ui;

import static org.nineplus.testing.FxWait.waitUntil;
import static org.nineplus.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.edit.CardCommands;
import org.nineplus.model.Card;
import org.nineplus.model.Workshop;
import org.nineplus.store.VersionInfo;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.nineplus.ui.editor.EditorSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Versions → Save version…, Versions…, compare and restore, headless on a real library with the sample workshop. */
@ExtendWith(ApplicationExtension.class)
class VersionsWindowTest {

    @TempDir
    Path folder;

    private final SampleWindow window = new SampleWindow();

    @Start
    void start(Stage stage) {
        // Far beyond the test: only "Save version…" itself can write the edits made before it.
        window.start(stage, folder.resolve("library.mv.db"), Duration.ofHours(1));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        window.close(robot);
    }

    private EditorSession session() {
        return window.session();
    }

    private Card c01() throws Exception {
        return onFx(() -> session().journey().orElseThrow().card("c01").orElseThrow());
    }

    private void edit(Card changed) throws Exception {
        onFx(() -> session().execute(CardCommands.update(session().journey().orElseThrow().id(), changed, "Edit")));
    }

    private void choose(String menuItemId) throws Exception {
        WindowSteps.chooseMenuItem(window.stage, menuItemId);
    }

    private void openSample(FxRobot robot) throws Exception {
        window.openSample(robot);
    }

    @Test
    void aSavedVersionComparesWithTheEditsSinceAndRestoresAsOneUndoStep(FxRobot robot) throws Exception {
        openSample(robot);
        Card original = c01();
        assertThat(original.score()).isNotNull().isNotEqualTo(2.0);
        edit(original.withTitle("Before the version"));
        Workshop atSave = onFx(() -> session().current());

        choose("saveVersionMenu");
        assertThat(robot.lookup("#nameOkButton").queryButton().isDisabled()).as("a label is needed").isTrue();
        robot.clickOn("#nameField").write("round 1").push(KeyCode.ENTER);
        waitUntil(() -> !window.workbench.library().busyProperty().get());

        edit(c01().withScore(2.0));
        Workshop edited = onFx(() -> session().current());

        choose("versionsMenu");
        @SuppressWarnings("unchecked")
        ListView<VersionInfo> list = robot.lookup("#versionList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(onFx(() -> list.getItems().get(0).label())).isEqualTo("round 1");
        onFx(() -> {
            list.getSelectionModel().select(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#versionList .list-cell").queryAllAs(ListCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).startsWith("round 1 — ").hasSizeGreaterThan(12));

        robot.clickOn("#compareVersionButton");
        @SuppressWarnings("unchecked")
        ListView<String> changes = robot.lookup("#versionDiffList").queryAs(ListView.class);
        waitUntil(() -> !changes.getItems().isEmpty());
        // The title edit made just before saving is in the version, so only the score differs.
        assertThat(onFx(() -> changes.getItems().stream().toList())).containsExactly(
                String.format(java.util.Locale.ROOT, "Re-scored: 'Before the version' %.1f → 2.0",
                        original.score()));

        robot.clickOn("#restoreVersionButton");
        waitUntil(() -> session().current().equals(atSave));
        assertThat(c01().score()).isEqualTo(original.score());
        assertThat(c01().title()).isEqualTo("Before the version");
        assertThat(onFx(() -> session().undoTextProperty().get())).isEqualTo("Undo Restore version 'round 1'");
        assertThat(robot.lookup("#versionsDialog").tryQuery()).as("the dialog closes on restore").isEmpty();

        onFx(() -> {
            robot.lookup("#journeyCanvas").query().requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> session().current())).isEqualTo(edited);
    }

    @Test
    void twoSavedVersionsCompareWithEachOther(FxRobot robot) throws Exception {
        openSample(robot);
        String cardTitle = c01().title();
        choose("saveVersionMenu");
        robot.clickOn("#nameField").write("round 1").push(KeyCode.ENTER);
        edit(c01().withScore(2.0));
        choose("saveVersionMenu");
        robot.clickOn("#nameField").write("round 2").push(KeyCode.ENTER);
        edit(c01().withScore(3.0));

        choose("versionsMenu");
        @SuppressWarnings("unchecked")
        ListView<VersionInfo> list = robot.lookup("#versionList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 2);
        assertThat(onFx(() -> list.getItems().stream().map(VersionInfo::label).toList()))
                .as("newest first").containsExactly("round 2", "round 1");
        @SuppressWarnings("unchecked")
        ComboBox<Object> against = robot.lookup("#compareAgainst").queryAs(ComboBox.class);
        assertThat(onFx(() -> against.getValue().toString())).isEqualTo("the workshop now");
        onFx(() -> {
            list.getSelectionModel().select(1);
            against.setValue(against.getItems().stream().filter(a -> a.toString().startsWith("round 2"))
                    .findFirst().orElseThrow());
            return null;
        });
        robot.clickOn("#compareVersionButton");
        @SuppressWarnings("unchecked")
        ListView<String> changes = robot.lookup("#versionDiffList").queryAs(ListView.class);
        waitUntil(() -> !changes.getItems().isEmpty());
        Double original = window.services.importer().read(window.services.sampleBytes().get(), "sample")
                .journeys().get(0).card("c01").orElseThrow().score();
        assertThat(onFx(() -> changes.getItems().stream().toList())).containsExactly(String.format(
                java.util.Locale.ROOT, "Re-scored: '%s' %.1f → 2.0", cardTitle, original));

        onFx(() -> {
            list.getSelectionModel().select(0);
            return null;
        });
        robot.clickOn("#compareVersionButton");
        waitUntil(() -> changes.getItems().size() == 1 && changes.getItems().get(0).equals("No changes."));
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void aVersionOpensReadOnlyInAWindowOfItsOwn(FxRobot robot) throws Exception {
        openSample(robot);
        Card original = c01();
        choose("saveVersionMenu");
        robot.clickOn("#nameField").write("round 1").push(KeyCode.ENTER);
        edit(original.withTitle("Changed after the version"));
        Workshop edited = onFx(() -> session().current());

        choose("versionsMenu");
        @SuppressWarnings("unchecked")
        ListView<VersionInfo> list = robot.lookup("#versionList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 1);
        onFx(() -> {
            list.getSelectionModel().select(0);
            return null;
        });
        int before = window.sessions.size();
        robot.clickOn("#openVersionButton");
        waitUntil(() -> window.sessions.size() == before + 1 && Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().endsWith("(read-only)")));
        EditorSession viewer = window.sessions.get(window.sessions.size() - 1);
        assertThat(viewer.isReadOnly()).isTrue();
        assertThat(onFx(() -> viewer.journey().orElseThrow().card("c01").orElseThrow())).isEqualTo(original);

        // The canvas's own Delete goes through the read-only session: refused, with the reason under the map.
        onFx(() -> {
            viewer.selectedCards().add("c01");
            return null;
        });
        Window viewerWindow = onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().endsWith("(read-only)")).findFirst().orElseThrow());
        assertThat(onFx(() -> ((Stage) viewerWindow).getTitle())).contains("Version 'round 1'");
        JourneyCanvas canvas = window.canvas();
        assertThat(onFx(() -> viewerWindow.getScene().getRoot().lookup("#journeyCanvas"))).isNotNull();
        assertThat(onFx(canvas::deleteSelection)).isFalse();
        assertThat(onFx(() -> viewer.current().journeys().get(0).card("c01"))).isPresent();
        assertThat(onFx(() -> ((javafx.scene.control.Label) viewerWindow.getScene().getRoot()
                .lookup("#versionViewerProblem")).getText())).isEqualTo(EditorSession.READ_ONLY);
        assertThat(onFx(() -> session().current())).as("the open workshop is untouched").isEqualTo(edited);

        onFx(() -> {
            ((Stage) viewerWindow).close();
            return null;
        });
        robot.push(KeyCode.ESCAPE);
    }
}
