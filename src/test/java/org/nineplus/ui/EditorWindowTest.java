package org.nineplus.ui;

import static org.nineplus.testing.FxWait.waitUntil;
import static org.nineplus.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.store.WorkshopStore;
import org.nineplus.ui.editor.CardInspectorModel;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor window driven headless on a real library in a temporary folder, with the sample workshop. */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {

    @TempDir
    Path folder;

    private final WorkbenchServices services = TestServices.services();
    private final ChosenFiles files = new ChosenFiles();
    private Stage stage;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = newWorkbench();
        workbench.start(stage, library());
    }

    private Workbench newWorkbench() {
        Workbench created = new Workbench(services, files, JourneyCanvas::new);
        created.setAutosaveDelay(Duration.ofMillis(300));
        return created;
    }

    @AfterEach
    void closeWorkbench(FxRobot robot) throws Exception {
        closeIfOpen(robot);
    }

    private Path library() {
        return folder.resolve("library.mv.db");
    }

    // ---- helpers

    private void closeIfOpen(FxRobot robot) throws Exception {
        if (workbench != null) {
            WindowSteps.closeWindow(robot, stage, workbench);
            workbench = null;
        }
    }

    private EditorSession session() {
        return workbench.editorSession().orElseThrow();
    }

    private Journey shown() throws Exception {
        return onFx(() -> session().journey().orElseThrow());
    }

    private void openInEditor(FxRobot robot, String title) throws Exception {
        WindowSteps.openInEditor(robot, workbench, title);
    }

    private String sampleTitle() throws Exception {
        return WindowSteps.sampleTitle(services);
    }

    /** Selects as the canvas does when a card is clicked. */
    private void selectCards(String... ids) throws Exception {
        onFx(() -> {
            session().selectedStageProperty().set(null);
            session().selectedCards().clear();
            session().selectedCards().addAll(List.of(ids));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void focusCanvas(FxRobot robot) throws Exception {
        onFx(() -> {
            robot.lookup("#journeyCanvas").query().requestFocus();
            return null;
        });
    }

    private MenuItem menuItem(String id) throws Exception {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup("#menuBar");
        return onFx(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
    }

    /** Chooses a menu item; a dialog it opens is left showing. */
    private void choose(String menuItemId) throws Exception {
        MenuItem item = menuItem(menuItemId);
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void answerName(FxRobot robot, String name) {
        robot.clickOn("#nameField").push(KeyCode.CONTROL, KeyCode.A).write(name).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Card card(String id) throws Exception {
        return shown().card(id).orElseThrow();
    }

    private void typeInto(FxRobot robot, String fieldId, String text) {
        robot.clickOn(fieldId).push(KeyCode.CONTROL, KeyCode.A).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- tests

    @Test
    void openingTheSampleShowsTheEditorWithATabForEachJourney(FxRobot robot) throws Exception {
        openInEditor(robot, sampleTitle());

        TabPane tabs = robot.lookup("#journeyTabPane").queryAs(TabPane.class);
        List<String> expected = onFx(() -> session().current().journeys().stream().map(Journey::title).toList());
        assertThat(onFx(() -> tabs.getTabs().stream().map(t -> t.getText()).toList())).isEqualTo(expected);
        assertThat(onFx(() -> tabs.getTabs().get(0).getTooltip().getText())).contains(shown().persona());
        assertThat(robot.lookup("#palette").tryQuery()).isPresent();
        assertThat(robot.lookup("#journeyInspector").query().isVisible()).isTrue();
        assertThat(onFx(stage::getTitle)).isEqualTo("NinePlus — " + sampleTitle());
    }

    @Test
    void theUndoItemNamesTheLastEditAndCtrlZAndCtrlYWorkWhileTheCanvasHasFocus(FxRobot robot) throws Exception {
        openInEditor(robot, sampleTitle());
        Card before = card("c01");
        selectCards("c01");
        focusCanvas(robot);
        robot.push(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> menuItem("undoMenu").getText())).isEqualTo("Undo Duplicate card");
        int cards = shown().cards().size();

        focusCanvas(robot);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown().cards()).hasSize(cards - 1);
        assertThat(onFx(() -> menuItem("redoMenu").getText())).isEqualTo("Redo Duplicate card");

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown().cards()).hasSize(cards);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown().cards()).hasSize(cards);
        assertThat(card("c01")).isEqualTo(before);
    }

    @Test
    void theMapMenuSaysWhyAPyramidLaneCannotBeDeleted(FxRobot robot) throws Exception {
        openInEditor(robot, sampleTitle());
        String pyramid = shown().lanes().stream().filter(l -> l.kind().isPyramid()).findFirst().orElseThrow().id();
        onFx(() -> {
            session().selectedLaneProperty().set(pyramid);
            return null;
        });

        MenuItem delete = menuItem("deleteLaneMenu");
        assertThat(onFx(delete::isDisable)).isTrue();
        assertThat(onFx(delete::getText)).isEqualTo("Delete lane (pyramid lanes always stay)");
    }

    @Test
    void theInspectorRefusesAScoreOfElevenAndTakesSixAndAHalfAsOneUndoStep(FxRobot robot) throws Exception {
        openInEditor(robot, sampleTitle());
        selectCards("c01");
        Workshop before = onFx(() -> session().current());

        typeInto(robot, "#scoreField", "11");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#scoreError").queryAs(Label.class);
        assertThat(onFx(error::getText)).isEqualTo("Score must be between 1 and 10");
        assertThat(onFx(error::isVisible)).isTrue();
        assertThat(onFx(() -> robot.lookup("#scoreField").query().getPseudoClassStates().toString()))
                .contains("invalid");
        assertThat(onFx(() -> session().current())).isEqualTo(before);

        typeInto(robot, "#scoreField", "6.5");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card("c01").score()).isEqualTo(6.5);
        assertThat(onFx(error::isVisible)).isFalse();
        onFx(() -> {
            session().undo();
            return null;
        });
        assertThat(onFx(() -> session().current())).isEqualTo(before);
    }

    @Test
    void theImprovesListHoldsOnlyExistingCardsOfTheIdeasOwnCell(FxRobot robot) throws Exception {
        openInEditor(robot, sampleTitle());
        selectCards("i01");
        Card idea = card("i01");
        List<String> sameCell = shown().cards().stream().filter(c -> c.isExisting()
                && c.stage().equals(idea.stage()) && c.lane().equals(idea.lane())).map(Card::id).toList();

        @SuppressWarnings("unchecked")
        ComboBox<CardInspectorModel.Choice> improves = robot.lookup("#improvesChoice").queryAs(ComboBox.class);

        List<String> listed = onFx(() -> improves.getItems().stream().map(CardInspectorModel.Choice::id).toList());
        assertThat(listed.get(0)).isNull();
        assertThat(listed.subList(1, listed.size())).isEqualTo(sameCell);
        assertThat(onFx(() -> robot.lookup("#scoreBox").query().isVisible())).isFalse();
    }

    @Test
    void theStageInspectorTogglesTheMomentOfTruth(FxRobot robot) throws Exception {
        openInEditor(robot, sampleTitle());
        String stageId = shown().stages().get(0).id();
        boolean was = shown().stages().get(0).momentOfTruth();
        onFx(() -> {
            session().selectedStageProperty().set(stageId);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#momentOfTruthCheck");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown().stage(stageId).orElseThrow().momentOfTruth()).isEqualTo(!was);
        assertThat(onFx(() -> robot.lookup("#momentOfTruthCheck").queryAs(CheckBox.class).isSelected()))
                .isEqualTo(!was);
        assertThat(onFx(() -> session().undoTextProperty().get())).contains("moment of truth");
    }

    @Test
    void journeysAreAddedRenamedDuplicatedAndDeletedButTheLastOneStays(FxRobot robot) throws Exception {
        openInEditor(robot, sampleTitle());
        TabPane tabs = robot.lookup("#journeyTabPane").queryAs(TabPane.class);
        String original = shown().title();

        choose("addJourneyMenu");
        answerName(robot, "Motor claim");
        assertThat(shown().title()).isEqualTo("Motor claim");
        choose("renameJourneyMenu");
        answerName(robot, "Car claim");
        choose("duplicateJourneyMenu");
        assertThat(onFx(() -> tabs.getTabs().stream().map(t -> t.getText()).toList()))
                .containsExactly(original, "Car claim", "Car claim (copy)");
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem().getText())).isEqualTo("Car claim (copy)");

        onFx(() -> {
            tabs.getSelectionModel().select(0);
            return null;
        });
        assertThat(shown().title()).isEqualTo(original);
        for (int i = 0; i < 2; i++) {
            choose("deleteJourneyMenu");
            robot.clickOn("#confirmDeleteButton");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(onFx(() -> tabs.getTabs().stream().map(t -> t.getText()).toList()))
                .containsExactly("Car claim (copy)");
        assertThat(menuItem("deleteJourneyMenu").isDisable()).isTrue();
    }

    @Test
    void aCopiedCardPastesIntoAnotherJourneyAndIntoAnotherWorkshop(FxRobot robot) throws Exception {
        openInEditor(robot, sampleTitle());
        Card copied = card("c01");
        selectCards("c01");
        focusCanvas(robot);
        robot.push(KeyCode.CONTROL, KeyCode.C);
        choose("addJourneyMenu");
        answerName(robot, "Motor claim");
        choose("addStageMenu");
        answerName(robot, "Report");
        focusCanvas(robot);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown().cards()).extracting(Card::title).containsExactly(copied.title());

        robot.push(KeyCode.CONTROL, KeyCode.L);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#titleField").write("Travel insurance").push(KeyCode.ENTER);
        openInEditor(robot, "Travel insurance");
        choose("addStageMenu");
        answerName(robot, "Book");
        focusCanvas(robot);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        Card pasted = shown().cards().get(0);
        assertThat(pasted.title()).isEqualTo(copied.title());
        assertThat(pasted.score()).isEqualTo(copied.score());
        assertThat(pasted.lane()).isEqualTo("core");
    }

    @Test
    void deletingAStageWithCardsAsksWithTheCountAndUndoBringsThemBack(FxRobot robot) throws Exception {
        openInEditor(robot, sampleTitle());
        Workshop before = onFx(() -> session().current());
        String stageId = shown().stages().get(0).id();
        long count = shown().cards().stream().filter(c -> c.stage().equals(stageId)).count();
        onFx(() -> {
            session().selectedStageProperty().set(stageId);
            return null;
        });

        choose("deleteStageMenu");
        Label header = robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class);
        assertThat(onFx(header::getText)).contains("its " + count + " cards");
        robot.clickOn("#confirmDeleteButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown().stage(stageId)).isEmpty();
        assertThat(shown().cards()).noneMatch(c -> c.stage().equals(stageId));

        focusCanvas(robot);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> session().current())).isEqualTo(before);
    }

    @Test
    void theTitleShowsUnsavedChangesUntilTheAutosaveHasWrittenThem(FxRobot robot) throws Exception {
        openInEditor(robot, sampleTitle());
        selectCards("c01");
        typeInto(robot, "#titleField", "Burst pipe found");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(stage::getTitle)).isEqualTo("NinePlus — " + sampleTitle() + " •");
        waitUntil(() -> !session().dirtyProperty().get());
        assertThat(onFx(stage::getTitle)).isEqualTo("NinePlus — " + sampleTitle());
    }

    @Test
    void anEditJustBeforeTheWindowClosesIsInTheLibraryAfterwards(FxRobot robot) throws Exception {
        openInEditor(robot, sampleTitle());
        selectCards("c01");
        typeInto(robot, "#titleField", "Written on close");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> session().dirtyProperty().get())).isTrue();

        closeIfOpen(robot);

        try (WorkshopStore store = services.storeOpener().apply(library())) {
            long id = store.list().get(0).id();
            Journey journey = store.load(id).workshop().journeys().get(0);
            assertThat(journey.card("c01").orElseThrow().title()).isEqualTo("Written on close");
        }
    }
}
