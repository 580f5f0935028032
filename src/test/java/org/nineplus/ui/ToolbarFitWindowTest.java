package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's toolbar in the real window with the sample workshop open, at laptop sizes (1280 x 800 and
 * 1366 x 768) in English and in Dutch: every item is inside the toolbar, none is in the {@code >>} overflow menu,
 * and every button is as wide as it asks to be. Buttons that show only their icon there still name their command
 * and its shortcut in the tooltip and the accessible text. At 1920 x 1080 every button shows its words again.
 */
@ExtendWith(ApplicationExtension.class)
class ToolbarFitWindowTest {

    @TempDir
    Path folder;

    private final WorkbenchServices services = TestServices.services();
    private final Locale saved = Locale.getDefault();
    private Stage stage;
    private Workbench workbench;

    @AfterEach
    void close(FxRobot robot) throws Exception {
        try {
            if (workbench != null) {
                WindowSteps.closeWindow(robot, stage, workbench);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "nl"})
    void everyToolbarItemIsInSightAtLaptopWidths(String language, FxRobot robot) throws Exception {
        Locale.setDefault(Locale.forLanguageTag(language));
        robot.interact(() -> {
            stage = new Stage();
            workbench = new Workbench(services, new ChosenFiles(), JourneyCanvas::new);
            workbench.start(stage, folder.resolve("library.mv.db"));
        });
        WindowSteps.openSample(robot, workbench, services);

        resize(robot, 1280, 800);
        assertEverythingInSight("1280 x 800, " + language);
        assertThat(onFx(() -> wordsShown("#exportMapButton"))).as("Export keeps its words at 1280").isTrue();

        resize(robot, 1366, 768);
        assertEverythingInSight("1366 x 768, " + language);

        resize(robot, 1920, 1080);
        assertEverythingInSight("1920 x 1080, " + language);
        assertThat(onFx(() -> buttons().stream().filter(b -> !wordsShown(b)).map(Node::getId).toList()))
                .as("buttons without their words at 1920").isEmpty();

        resize(robot, 1280, 800);
        assertEverythingInSight("1280 x 800 again, " + language);
    }

    private void resize(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> toolBar().getWidth())).as("the toolbar spans the window").isEqualTo(width);
        // settled: fitting the words does not ask for one layout pass after another
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> toolBar().isNeedsLayout() || toolBar().getItems().stream()
                .anyMatch(n -> n instanceof javafx.scene.Parent p && p.isNeedsLayout())))
                .as("toolbar still laying out at " + width).isFalse();
    }

    private void assertEverythingInSight(String where) throws Exception {
        assertThat(onFx(() -> {
            Node overflow = toolBar().lookup(".tool-bar-overflow-button");
            return overflow != null && overflow.isVisible();
        })).as("the >> overflow button at " + where).isFalse();
        assertThat(onFx(this::itemsOutOfSight)).as("toolbar items out of sight at " + where).isEmpty();
        assertThat(onFx(() -> buttons().size())).as("toolbar buttons at " + where).isGreaterThanOrEqualTo(14);
        assertThat(onFx(this::iconOnlyWithoutNames)).as("icon-only buttons that do not name their command and "
                + "shortcut at " + where).isEmpty();
    }

    /** Items not shown inside the toolbar's bounds at their preferred width (moved to the overflow, cut off). */
    private List<String> itemsOutOfSight() {
        ToolBar bar = toolBar();
        Bounds inBar = bar.localToScene(bar.getLayoutBounds());
        List<String> out = new ArrayList<>();
        for (Node item : bar.getItems()) {
            String name = item.getId() != null ? item.getId() : item.getClass().getSimpleName();
            if (item.getScene() == null || !item.isVisible() || item.getParent() == null) {
                out.add(name + " (not in the toolbar)");
                continue;
            }
            Bounds b = item.localToScene(item.getLayoutBounds());
            if (b.getMinX() < inBar.getMinX() - 0.5 || b.getMaxX() > inBar.getMaxX() + 0.5
                    || b.getMinY() < inBar.getMinY() - 0.5 || b.getMaxY() > inBar.getMaxY() + 0.5) {
                out.add(name + " at " + b + " outside " + inBar);
            } else if (b.getWidth() < item.prefWidth(-1) - 0.5) {
                out.add(name + " squeezed to " + b.getWidth() + " of " + item.prefWidth(-1));
            }
        }
        return out;
    }

    /** Buttons that show only their icon but lack a tooltip or accessible text naming the command and shortcut. */
    private List<String> iconOnlyWithoutNames() {
        List<String> bad = new ArrayList<>();
        for (Button b : buttons()) {
            if (wordsShown(b) || b.getText() == null) {
                continue;
            }
            String tip = b.getTooltip() == null ? "" : b.getTooltip().getText();
            // "Back to the library (Ctrl+L)" for the Library button: its words, and the shortcut in brackets
            boolean named = tip.toLowerCase(Locale.ROOT).contains(b.getText().toLowerCase(Locale.ROOT))
                    && tip.matches(".+ \\(.+\\)") && tip.equals(b.getAccessibleText());
            if (!named) {
                bad.add(b.getId() + ": " + tip);
            }
        }
        return bad;
    }

    private ToolBar toolBar() {
        return (ToolBar) stage.getScene().getRoot().lookup("#toolBar");
    }

    private List<Button> buttons() {
        return toolBar().getItems().stream().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    private boolean wordsShown(String id) {
        return wordsShown((Button) toolBar().getItems().stream().filter(n -> id.equals("#" + n.getId()))
                .findFirst().orElseThrow());
    }

    /** Buttons without words of their own (Cut, Copy…) count as shown as they are meant to be. */
    private static boolean wordsShown(Button b) {
        return b.getText() == null || b.getText().isEmpty() || b.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY;
    }
}
