package org.nineplus.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.stage.Stage;

import org.nineplus.model.Journey;
import org.nineplus.testing.FxWait;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.nineplus.ui.editor.EditorSession;
import org.testfx.api.FxRobot;

/**
 * The real workbench window of a window test, on a library file of the test's own, keeping every canvas it makes
 * (the editor's, then any version opened read-only) and the session each was made for. A test starts it from its
 * {@code @Start} method and closes it from its {@code @AfterEach}.
 */
final class SampleWindow {

    WorkbenchServices services = TestServices.services();
    final List<EditorSession> sessions = new CopyOnWriteArrayList<>();
    final List<JourneyCanvas> canvases = new CopyOnWriteArrayList<>();
    Stage stage;
    Workbench workbench;

    /** Shows the workbench in {@code stage} on the library at {@code library}, saving {@code autosaveDelay} after an edit. */
    void start(Stage stage, Path library, Duration autosaveDelay) {
        start(stage, new ChosenFiles(), library, autosaveDelay);
    }

    /**
     * As {@link #start(Stage, Path, Duration)} with the test's own services and file choosers, in a new window, and
     * waits until the library is open.
     */
    void startInNewWindow(FxRobot robot, WorkbenchServices withServices, FileDialogs files, Path library,
                          Duration autosaveDelay) throws Exception {
        services = withServices;
        robot.interact(() -> start(new Stage(), files, library, autosaveDelay));
        WindowSteps.awaitLibrary(workbench);
    }

    private void start(Stage stage, FileDialogs files, Path library, Duration autosaveDelay) {
        this.stage = stage;
        workbench = new Workbench(services, files, session -> {
            JourneyCanvas canvas = new JourneyCanvas(session);
            sessions.add(session);
            canvases.add(canvas);
            return canvas;
        });
        workbench.setAutosaveDelay(autosaveDelay);
        workbench.start(stage, library);
    }

    void close(FxRobot robot) throws InterruptedException {
        WindowSteps.closeWindow(robot, stage, workbench);
    }

    /** Opens the bundled sample in the editor, with the keyboard focus on the canvas. */
    void openSample(FxRobot robot) throws Exception {
        WindowSteps.openSample(robot, workbench, services);
        FxWait.onFx(() -> {
            canvas().focusCanvas();
            return null;
        });
    }

    /** The journey on screen. */
    Journey journey() throws Exception {
        return FxWait.onFx(() -> session().journey().orElseThrow());
    }

    /** The open editor's session. */
    EditorSession session() {
        return workbench.editorSession().orElseThrow();
    }

    /** The canvas made last. */
    JourneyCanvas canvas() {
        return canvases.get(canvases.size() - 1);
    }
}
