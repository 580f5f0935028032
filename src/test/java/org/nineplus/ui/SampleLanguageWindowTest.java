package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Workshop;
import org.nineplus.testing.InDutch;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The app's first start opens the sample in the UI's language: a Dutch workbench opens the Dutch sample in the
 * editor (its Dutch journey title on the tab), an English one the English sample. Real window, real H2 library.
 */
@ExtendWith(ApplicationExtension.class)
class SampleLanguageWindowTest {

    @TempDir
    Path folder;

    private final WorkbenchServices services = TestServices.services();
    private Stage stage;
    private Workbench workbench;

    @AfterEach
    void close(FxRobot robot) throws InterruptedException {
        WindowSteps.closeIfStarted(robot, stage, workbench);
    }

    @Test
    @ExtendWith(InDutch.class)
    void aDutchFirstStartOpensTheDutchSample(FxRobot robot) throws Exception {
        Workshop opened = firstStart(robot);

        assertThat(opened.journeys().get(0).title()).isEqualTo("Waterschade na een gesprongen leiding");
        assertThat(opened.journeys().get(0).stages().get(1).name()).isEqualTo("Schade melden");
        assertThat(journeyTabTitles(robot)).containsExactly("Waterschade na een gesprongen leiding");
    }

    @Test
    void anEnglishFirstStartOpensTheEnglishSample(FxRobot robot) throws Exception {
        Workshop opened = firstStart(robot);

        assertThat(opened.journeys().get(0).title()).isEqualTo("Water damage after a burst pipe");
        assertThat(journeyTabTitles(robot)).containsExactly("Water damage after a burst pipe");
    }

    @Test
    void aLanguageWithoutASampleOfItsOwnGetsTheEnglishOne() {
        assertThat(WorkbenchServices.sampleResource(Locale.forLanguageTag("nl-BE")))
                .isEqualTo("/org/nineplus/assets/samples/claims-workshop_nl.json");
        assertThat(WorkbenchServices.sampleResource(Locale.GERMAN)).isEqualTo(WorkbenchServices.SAMPLE_RESOURCE);
        assertThat(WorkbenchServices.bundledSample(Locale.GERMAN))
                .isEqualTo(WorkbenchServices.bundledSample(Locale.ENGLISH))
                .isNotEqualTo(WorkbenchServices.bundledSample(Locale.forLanguageTag("nl-NL")));
    }

    /** Starts the app's way on a new library and returns the workshop the editor opened: the sample, once stored. */
    private Workshop firstStart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage = new Stage();
            workbench = new Workbench(services, new ChosenFiles(), JourneyCanvas::new);
            workbench.editSampleOnFirstStart();
            workbench.start(stage, folder.resolve("library.mv.db"));
        });
        waitUntil(() -> workbench.editorSession().isPresent());
        Workshop opened = onFx(() -> workbench.editorSession().orElseThrow().current());
        assertThat(opened.title()).isEqualTo(WindowSteps.sampleTitle(services));
        return opened;
    }

    private List<String> journeyTabTitles(FxRobot robot) throws Exception {
        TabPane tabs = robot.from(stage.getScene().getRoot()).lookup("#journeyTabPane").queryAs(TabPane.class);
        return onFx(() -> tabs.getTabs().stream().map(Tab::getText).toList());
    }
}
