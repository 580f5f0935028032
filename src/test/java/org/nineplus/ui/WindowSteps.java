package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.nineplus.store.WorkshopSummary;
import org.nineplus.ui.library.LibraryViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps the window tests share: what a person does to get to the editor, and choosing a menu item. */
public final class WindowSteps {

    private WindowSteps() {
    }

    /** Waits until the library is listed and no library work is running. */
    public static void awaitLibrary(Workbench workbench) throws Exception {
        waitUntil(() -> workbench.library().phaseProperty().get() == LibraryViewModel.Phase.READY
                && !workbench.library().busyProperty().get());
    }

    /** Waits for the library, selects the workshop titled {@code title}, presses Enter and waits for the editor. */
    public static void openInEditor(FxRobot robot, Workbench workbench, String title) throws Exception {
        awaitLibrary(workbench);
        pressEnterOn(robot, title);
        waitUntil(() -> workbench.editorSession().map(s -> s.current().title().equals(title)).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects the library's workshop titled {@code title} and presses Enter on the table, as a person opens it. */
    public static void pressEnterOn(FxRobot robot, String title) throws Exception {
        TableView<WorkshopSummary> table = robot.lookup("#workshopTable").queryTableView();
        onFx(() -> {
            table.getItems().stream().filter(w -> w.title().equals(title)).findFirst()
                    .ifPresent(w -> table.getSelectionModel().select(w));
            table.requestFocus();
            return null;
        });
        robot.push(KeyCode.ENTER);
    }

    /** Fires the menu bar's item with the id {@code menuItemId}, as a click on it would. */
    public static void chooseMenuItem(Stage stage, String menuItemId) throws Exception {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup("#menuBar");
        MenuItem item = onFx(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> menuItemId.equals(i.getId())).findFirst().orElseThrow());
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The title of the sample workshop {@code services} offer a new library. */
    public static String sampleTitle(WorkbenchServices services) throws Exception {
        return services.importer().read(services.sampleBytes().get(), "sample").title();
    }

    /** Opens the sample workshop of a new library in the editor, as {@link #openInEditor} does. */
    public static void openSample(FxRobot robot, Workbench workbench, WorkbenchServices services) throws Exception {
        openInEditor(robot, workbench, sampleTitle(services));
    }

    /** {@link #closeWindow} when a test got as far as starting a workbench; nothing when it did not. */
    public static void closeIfStarted(FxRobot robot, Stage stage, Workbench workbench) throws InterruptedException {
        if (workbench != null) {
            closeWindow(robot, stage, workbench);
        }
    }

    /** Closes the window and waits until the workbench has saved the last edits and closed the library. */
    public static void closeWindow(FxRobot robot, Stage stage, Workbench workbench) throws InterruptedException {
        robot.interact(stage::close);
        assertThat(workbench.awaitClosed(20, TimeUnit.SECONDS)).as("the workbench closed").isTrue();
    }
}
