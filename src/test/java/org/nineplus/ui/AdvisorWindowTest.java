package org.nineplus.ui;

import static org.nineplus.testing.FxWait.waitUntil;
import static org.nineplus.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.library.LibraryViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The advisor in the real editor window: a real H2 library in a temporary folder whose first-start sample is
 * domain.md's worked example, the real canvas, the real inspector. Set {@code -Dnineplus.screenshots=DIR} to save
 * what the window looks like.
 */
@ExtendWith(ApplicationExtension.class)
class AdvisorWindowTest {

    @TempDir
    Path folder;

    private Stage stage;
    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path worked = folder.resolve("worked.json");
        WorkshopJson json = new WorkshopJson();
        json.write(TestWorkshops.workedExample(), worked);
        byte[] sample = Files.readAllBytes(worked);
        WorkbenchServices services = new WorkbenchServices(H2WorkshopStore::open,
                WorkshopImporter.of(json::read, json::read), json::write, () -> sample);
        workbench = new Workbench(services, new ChosenFiles(), JourneyCanvas::new);
        workbench.start(stage, folder.resolve("library.mv.db"));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        WindowSteps.closeWindow(robot, stage, workbench);
    }

    private EditorSession session() {
        return workbench.editorSession().orElseThrow();
    }

    private void openWorkedExample(FxRobot robot) throws Exception {
        String title = TestWorkshops.workedExample().title();
        WindowSteps.openInEditor(robot, workbench, title);
    }

    private List<String> stageTexts(FxRobot robot, String stageId) throws Exception {
        return onFx(() -> robot.lookup("#advisorStage-" + stageId + " .label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList());
    }

    private boolean advisorShown(FxRobot robot) throws Exception {
        TabPane side = robot.lookup("#sidePanel").queryAs(TabPane.class);
        return onFx(() -> side.getSelectionModel().getSelectedItem().getId().equals("advisorTab"));
    }

    private void screenshot(FxRobot robot, String name) throws Exception {
        String dir = System.getProperty("nineplus.screenshots");
        if (dir != null) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(300);
            var image = robot.capture(stage.getScene().getRoot()).getImage();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
            }
            ImageIO.write(png, "png", Path.of(dir, name + ".png").toFile());
        }
    }

    @Test
    void aScoreTypedInTheInspectorChangesTheStageVerdictInTheAdvisor(FxRobot robot) throws Exception {
        openWorkedExample(robot);
        assertThat(advisorShown(robot)).isFalse();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(advisorShown(robot)).isTrue();
        assertThat(stageTexts(robot, "S2")).contains("Basics 6.0", "Fix the basics");
        screenshot(robot, "advisor-before");

        // Select the claim form as a click on the canvas does; the inspector shows it, and takes 7.5.
        onFx(() -> {
            session().selectedCards().clear();
            session().selectedCards().add("e2");
            return null;
        });
        robot.clickOn("#inspectorTab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(advisorShown(robot)).isFalse();
        robot.clickOn("#scoreField").push(KeyCode.CONTROL, KeyCode.A).write("7.5").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> session().journey().orElseThrow().card("e2").orElseThrow().score())).isEqualTo(7.5);

        robot.clickOn("#advisorButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(advisorShown(robot)).isTrue();
        assertThat(stageTexts(robot, "S2")).contains("Ready for 9+", "Basics 7.5").doesNotContain("Fix the basics");
        assertThat(onFx(() -> robot.lookup("#advisorStage-S2").query().getStyleClass()))
                .contains("verdict-ready-for-9plus");
        screenshot(robot, "advisor-after");
    }
}
