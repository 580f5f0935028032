package org.nineplus.ui;

import static org.nineplus.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.store.WorkshopStore;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.ui.library.LibraryViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The library screen driven as a person would, headless, on a library in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchTest {

    @TempDir
    Path folder;

    private final WorkbenchServices services = TestServices.services();
    private final ChosenFiles files = new ChosenFiles();
    private Stage stage;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = new Workbench(services, files, org.nineplus.ui.canvas.JourneyCanvas::new);
        workbench.start(stage, library());
    }

    @AfterEach
    void closeWorkbench(FxRobot robot) throws Exception {
        closeIfOpen(robot);
    }

    private Path library() {
        return folder.resolve("library.mv.db");
    }

    // ---- helpers

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private void waitForLibrary() throws TimeoutException {
        waitUntil(() -> workbench.library().phaseProperty().get() == LibraryViewModel.Phase.READY
                && !workbench.library().busyProperty().get());
    }

    private void waitForIdle() throws TimeoutException {
        waitUntil(() -> !workbench.library().busyProperty().get());
    }

    /** Looks only in the current workbench window (a closed earlier one may still be known to the robot). */
    private org.testfx.service.query.NodeQuery inWindow(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query);
    }

    private List<String> listedTitles(FxRobot robot) throws Exception {
        TableView<WorkshopSummary> table = inWindow(robot, "#workshopTable").queryTableView();
        return onFx(() -> table.getItems().stream().map(WorkshopSummary::title).toList());
    }

    private void select(FxRobot robot, String title) throws Exception {
        TableView<WorkshopSummary> table = inWindow(robot, "#workshopTable").queryTableView();
        onFx(() -> {
            table.getItems().stream().filter(w -> w.title().equals(title)).findFirst()
                    .ifPresent(w -> table.getSelectionModel().select(w));
            table.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeIfOpen(FxRobot robot) throws Exception {
        if (workbench != null) {
            WindowSteps.closeWindow(robot, stage, workbench);
            workbench = null;
        }
    }

    /** What the library holds, read from the store itself once the workbench has let go of it. */
    private List<String> storedTitles(FxRobot robot) throws Exception {
        closeIfOpen(robot);
        try (WorkshopStore store = services.storeOpener().apply(library())) {
            return store.list().stream().map(WorkshopSummary::title).toList();
        }
    }

    private String sampleTitle() throws Exception {
        return WindowSteps.sampleTitle(services);
    }

    private void typeTitleAndConfirm(FxRobot robot, String title) {
        robot.clickOn("#titleField").push(KeyCode.CONTROL, KeyCode.A).write(title).push(KeyCode.ENTER);
    }

    // ---- tests

    @Test
    void theWindowIsTitledAndTheSampleIsOpenedOnTheFirstStart(FxRobot robot) throws Exception {
        waitForLibrary();

        assertThat(stage.getTitle()).contains("NinePlus");
        assertThat(stage.getMinWidth()).isEqualTo(900);
        assertThat(stage.getIcons()).isNotEmpty();
        assertThat(listedTitles(robot)).containsExactly(sampleTitle());
        Label overviewTitle = inWindow(robot, "#overviewTitle").queryAs(Label.class);
        assertThat(onFx(overviewTitle::getText)).isEqualTo(sampleTitle());
        assertThat(onFx(() -> overviewTitle.getParent().isVisible())).isTrue();
    }

    @Test
    void theAppsFirstStartOpensTheSampleInTheEditorAndTheNextStartShowsTheList(FxRobot robot) throws Exception {
        waitForLibrary();
        closeIfOpen(robot);
        Path fresh = folder.resolve("first").resolve("library.mv.db");

        robot.interact(() -> {
            stage = new Stage();
            workbench = new Workbench(services, files, org.nineplus.ui.canvas.JourneyCanvas::new);
            workbench.editSampleOnFirstStart();
            workbench.start(stage, fresh);
        });
        waitUntil(() -> workbench.editorSession().isPresent());
        waitForIdle();

        assertThat(onFx(() -> workbench.editorSession().orElseThrow().current().title())).isEqualTo(sampleTitle());
        assertThat(inWindow(robot, "#journeyCanvas").tryQuery()).isPresent();
        closeIfOpen(robot);

        robot.interact(() -> {
            stage = new Stage();
            workbench = new Workbench(services, files, org.nineplus.ui.canvas.JourneyCanvas::new);
            workbench.editSampleOnFirstStart();
            workbench.start(stage, fresh);
        });
        waitForLibrary();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> workbench.editorSession().isPresent())).isFalse();
        assertThat(listedTitles(robot)).containsExactly(sampleTitle());
    }

    @Test
    void theSampleIsNotImportedAgainAfterItWasDeleted(FxRobot robot) throws Exception {
        waitForLibrary();
        select(robot, sampleTitle());
        robot.push(KeyCode.DELETE);
        robot.clickOn("#confirmDeleteButton");
        waitForIdle();
        closeIfOpen(robot);

        robot.interact(() -> {
            stage = new Stage();
            workbench = new Workbench(services, files, org.nineplus.ui.canvas.JourneyCanvas::new);
            workbench.start(stage, library());
        });
        waitForLibrary();

        assertThat(listedTitles(robot)).isEmpty();
        assertThat(onFx(() -> inWindow(robot, "#emptyLibraryLabel").queryAs(Label.class).getText()))
                .contains("no workshops yet");
        assertThat(storedTitles(robot)).isEmpty();
    }

    @Test
    void aWorkshopFileGivenAtStartIsImportedAndOpenedOnceTheLibraryIsOpen(FxRobot robot) throws Exception {
        waitForLibrary();
        closeIfOpen(robot);
        Path file = folder.resolve("travel.nineplus");
        org.nineplus.model.Workshop workshop = org.nineplus.testing.TestWorkshops.workedExample();
        new org.nineplus.exchange.WorkshopJson().write(workshop, file);

        robot.interact(() -> {
            stage = new Stage();
            workbench = new Workbench(services, files, org.nineplus.ui.canvas.JourneyCanvas::new);
            workbench.start(stage, library(), file);
        });
        waitUntil(() -> workbench.editorSession().isPresent());
        waitForIdle();

        assertThat(onFx(() -> workbench.editorSession().orElseThrow().current().title())).isEqualTo(workshop.title());
        assertThat(storedTitles(robot)).containsExactlyInAnyOrder(sampleTitle(), workshop.title());
    }

    @Test
    void ctrlNAsksForATitleAndStoresTheNewWorkshop(FxRobot robot) throws Exception {
        waitForLibrary();

        robot.push(KeyCode.CONTROL, KeyCode.N);
        typeTitleAndConfirm(robot, "Travel insurance");
        waitForIdle();

        assertThat(listedTitles(robot)).contains("Travel insurance");
        assertThat(onFx(() -> inWindow(robot, "#overviewTitle").queryAs(Label.class).getText()))
                .isEqualTo("Travel insurance");
        assertThat(storedTitles(robot)).containsExactlyInAnyOrder("Travel insurance", sampleTitle());
    }

    @Test
    void ctrlShiftNOffersTheTemplatesAndStoresAWorkshopMadeFromTheChosenOne(FxRobot robot) throws Exception {
        waitForLibrary();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.N).release(KeyCode.N)
                .release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#templateList").tryQuery().isPresent());
        javafx.scene.control.ListView<?> list = robot.lookup("#templateList").queryListView();
        assertThat(onFx(() -> list.getItems().stream().map(Object::toString).toList())).containsExactlyElementsOf(
                org.nineplus.exchange.Templates.list().stream().map(t -> t.title()).toList());
        robot.clickOn("Hospital visit");
        typeTitleAndConfirm(robot, "Outpatients, Utrecht");
        waitForIdle();

        assertThat(listedTitles(robot)).contains("Outpatients, Utrecht");
        assertThat(onFx(() -> inWindow(robot, "#overviewTitle").queryAs(Label.class).getText()))
                .isEqualTo("Outpatients, Utrecht");
        closeIfOpen(robot);
        try (WorkshopStore store = services.storeOpener().apply(library())) {
            long id = store.list().stream().filter(w -> w.title().equals("Outpatients, Utrecht")).findFirst()
                    .orElseThrow().id();
            assertThat(store.load(id).workshop().journeys()).isEqualTo(services.importer()
                    .read(Path.of("assets", "templates", "hospital-visit.json")).journeys());
        }
    }

    @Test
    void f2RenamesTheSelectedWorkshop(FxRobot robot) throws Exception {
        waitForLibrary();
        select(robot, sampleTitle());

        robot.push(KeyCode.F2);
        typeTitleAndConfirm(robot, "Claims, after round two");
        waitForIdle();

        assertThat(listedTitles(robot)).containsExactly("Claims, after round two");
        assertThat(storedTitles(robot)).containsExactly("Claims, after round two");
    }

    @Test
    void ctrlDDuplicatesTheSelectedWorkshop(FxRobot robot) throws Exception {
        waitForLibrary();
        select(robot, sampleTitle());

        robot.push(KeyCode.CONTROL, KeyCode.D);
        waitForIdle();

        assertThat(listedTitles(robot)).containsExactlyInAnyOrder(sampleTitle(), sampleTitle() + " (copy)");
        assertThat(storedTitles(robot)).containsExactlyInAnyOrder(sampleTitle(), sampleTitle() + " (copy)");
    }

    @Test
    void deleteAsksNamingTheWorkshopAndThenRemovesItFromTheStore(FxRobot robot) throws Exception {
        waitForLibrary();
        select(robot, sampleTitle());

        robot.push(KeyCode.DELETE);
        Label header = robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class);
        assertThat(onFx(header::getText)).contains(sampleTitle());
        robot.clickOn("#confirmDeleteButton");
        waitForIdle();

        assertThat(listedTitles(robot)).isEmpty();
        assertThat(storedTitles(robot)).isEmpty();
    }

    @Test
    void cancellingTheDeleteKeepsTheWorkshop(FxRobot robot) throws Exception {
        waitForLibrary();
        select(robot, sampleTitle());

        robot.push(KeyCode.DELETE);
        robot.push(KeyCode.ENTER);
        waitForIdle();

        assertThat(storedTitles(robot)).containsExactly(sampleTitle());
    }

    @Test
    void ctrlIImportsTheChosenFileAndOpensIt(FxRobot robot) throws Exception {
        waitForLibrary();
        Path file = folder.resolve("exported.json");
        services.exporter().write(services.importer().read(services.sampleBytes().get(), "s")
                .withTitle("Imported claims"), file);
        files.next = file;

        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitForIdle();

        assertThat(listedTitles(robot)).contains("Imported claims");
        assertThat(onFx(() -> inWindow(robot, "#overviewTitle").queryAs(Label.class).getText()))
                .isEqualTo("Imported claims");
        assertThat(storedTitles(robot)).containsExactlyInAnyOrder("Imported claims", sampleTitle());
    }

    @Test
    void ctrlEExportsTheSelectedWorkshopToTheChosenFile(FxRobot robot) throws Exception {
        waitForLibrary();
        select(robot, sampleTitle());
        files.next = folder.resolve("out.json");

        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitForIdle();

        assertThat(services.importer().read(Files.readAllBytes(files.next), "out.json").title())
                .isEqualTo(sampleTitle());
    }

    @Test
    void anUnopenableLibraryShowsTheReasonAndOffersAnother(FxRobot robot) throws Exception {
        waitForLibrary();
        Path random = folder.resolve("random.mv.db");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(random, bytes);
        closeIfOpen(robot);

        robot.interact(() -> {
            stage = new Stage();
            workbench = new Workbench(services, files, org.nineplus.ui.canvas.JourneyCanvas::new);
            workbench.start(stage, random);
        });
        waitUntil(() -> workbench.library().phaseProperty().get() == LibraryViewModel.Phase.FAILED);

        Label reason = inWindow(robot, "#failureLabel").queryAs(Label.class);
        assertThat(onFx(reason::getText)).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(onFx(() -> inWindow(robot, "#failurePane").query().isVisible())).isTrue();
        Button choose = inWindow(robot, "#chooseLibraryButton").queryButton();
        files.next = folder.resolve("other.mv.db");
        robot.clickOn(choose);
        waitForLibrary();
        assertThat(listedTitles(robot)).containsExactly(sampleTitle());
    }

    @Test
    void theWindowIsShownBeforeTheLibraryOpensAndActionsWaitForIt(FxRobot robot) throws Exception {
        waitForLibrary();
        closeIfOpen(robot);
        CountDownLatch release = new CountDownLatch(1);
        WorkbenchServices gated = new WorkbenchServices(path -> {
            awaitQuietly(release);
            return services.storeOpener().apply(path);
        }, services.importer(), services.exporter(), services.sampleBytes());

        robot.interact(() -> {
            stage = new Stage();
            workbench = new Workbench(gated, files, org.nineplus.ui.canvas.JourneyCanvas::new);
            workbench.start(stage, folder.resolve("second.mv.db"));
        });

        assertThat(onFx(stage::isShowing)).isTrue();
        assertThat(onFx(() -> inWindow(robot, "#openingPane").query().isVisible())).isTrue();
        assertThat(onFx(() -> inWindow(robot, "#newWorkshopButton").queryButton().isDisabled())).isTrue();
        release.countDown();
        waitForLibrary();
        assertThat(onFx(() -> inWindow(robot, "#newWorkshopButton").queryButton().isDisabled())).isFalse();
        assertThat(onFx(() -> inWindow(robot, "#openingPane").query().isVisible())).isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyToolbarButtonHasATooltipAndTheShortcutsAreNamed(FxRobot robot) throws Exception {
        waitForLibrary();

        List<Button> buttons = inWindow(robot, "#toolBar .button").queryAllAs(Button.class).stream().toList();

        assertThat(buttons).hasSizeGreaterThanOrEqualTo(7);
        assertThat(buttons).allSatisfy(button -> assertThat(button.getTooltip()).isNotNull());
        assertThat(inWindow(robot, "#newWorkshopButton").queryButton().getTooltip().getText())
                .isEqualTo("New workshop (Ctrl+N)");
        assertThat(inWindow(robot, "#deleteWorkshopButton").queryButton().getTooltip().getText())
                .isEqualTo("Delete (Delete)");
    }

    @Test
    void typingInTheSearchFieldFiltersTheList(FxRobot robot) throws Exception {
        waitForLibrary();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        typeTitleAndConfirm(robot, "Travel insurance");
        waitForIdle();

        robot.clickOn("#searchField").write("travel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(listedTitles(robot)).containsExactly("Travel insurance");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listedTitles(robot)).hasSize(2);
    }

    @Test
    void ctrlQClosesTheWindowAndTheLibrary(FxRobot robot) throws Exception {
        waitForLibrary();

        robot.push(KeyCode.CONTROL, KeyCode.Q);

        assertThat(workbench.awaitClosed(15, TimeUnit.SECONDS)).isTrue();
        assertThat(onFx(stage::isShowing)).isFalse();
        workbench = null;
        assertThat(storedTitles(robot)).containsExactly(sampleTitle());
    }

    @Test
    void enterAndDoubleClickOpenTheSelectedWorkshopInTheEditorAndCtrlLGoesBack(FxRobot robot) throws Exception {
        waitForLibrary();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        typeTitleAndConfirm(robot, "Travel insurance");
        waitForIdle();
        Label overviewTitle = inWindow(robot, "#overviewTitle").queryAs(Label.class);
        assertThat(onFx(overviewTitle::getText)).isEqualTo("Travel insurance");

        select(robot, sampleTitle());
        robot.push(KeyCode.ENTER);
        waitUntil(() -> workbench.editorSession().isPresent());
        assertThat(onFx(stage::getTitle)).isEqualTo("NinePlus — " + sampleTitle());
        assertThat(onFx(() -> inWindow(robot, "#editorScreen").tryQuery().isPresent())).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitForIdle();
        assertThat(onFx(stage::getTitle)).isEqualTo("NinePlus — Library");
        robot.doubleClickOn("Travel insurance");
        waitUntil(() -> workbench.editorSession().isPresent());
        assertThat(onFx(stage::getTitle)).isEqualTo("NinePlus — Travel insurance");
    }

    @Test
    void aBlankTitleCannotBeConfirmedAndCancellingCreatesNothing(FxRobot robot) throws Exception {
        waitForLibrary();

        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#titleField").write("   ");
        Button create = robot.lookup(".dialog-pane .button").match(
                (Button b) -> "Create".equals(b.getText())).queryButton();
        assertThat(onFx(create::isDisabled)).isTrue();
        robot.push(KeyCode.ESCAPE);
        waitForIdle();

        assertThat(storedTitles(robot)).containsExactly(sampleTitle());
    }
}
