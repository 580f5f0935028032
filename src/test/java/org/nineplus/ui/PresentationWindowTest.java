package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.render.CardBox;
import org.nineplus.render.Rect;
import org.nineplus.render.StageColumn;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.nineplus.ui.editor.CanvasView;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.present.PresentationMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode in the real window on the bundled sample: F5, stepping with keys, dimming, timer, Esc. */
@ExtendWith(ApplicationExtension.class)
class PresentationWindowTest {

    @TempDir
    Path folder;

    private final SampleWindow window = new SampleWindow();

    @Start
    void start(Stage stage) {
        window.start(stage, folder.resolve("library.mv.db"), Duration.ofMillis(300));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        window.close(robot);
    }

    // ---- helpers

    private EditorSession session() {
        return window.session();
    }

    private PresentationMode presentation() {
        return window.workbench.presentation().orElseThrow();
    }

    private JourneyCanvas canvas() {
        return window.canvas();
    }

    private Journey journey() throws Exception {
        return window.journey();
    }

    private void push(FxRobot robot, KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String counter() throws Exception {
        return onFx(() -> ((Label) window.stage.getScene().getRoot().lookup("#presentationCounter")).getText());
    }

    private void assertCurrent(int index) throws Exception {
        Journey j = journey();
        String id = j.stages().get(index).id();
        waitUntil(() -> presentation().currentStageId().orElse("").equals(id));
        assertThat(counter()).isEqualTo("Stage " + (index + 1) + " of " + j.stages().size() + ": "
                + j.stages().get(index).name());
    }

    /** The stage's header and column on the canvas's screen, as the canvas shows it now. */
    private Rect onScreen(String stageId) throws Exception {
        return onFx(() -> {
            StageColumn column = canvas().mapLayout().stages().stream().filter(c -> c.stageId().equals(stageId))
                    .findFirst().orElseThrow();
            Rect a = column.header().union(column.column());
            CanvasView.View v = canvas().view();
            return Rect.spanning(v.toScreenX(a.x()), v.toScreenY(a.y()), v.toScreenX(a.right()),
                    v.toScreenY(a.bottom()));
        });
    }

    /** Mean brightness (0–1) of the screen pixels inside {@code r}, clipped to the image. */
    private static double brightness(WritableImage image, Rect r) {
        PixelReader pixels = image.getPixelReader();
        int x1 = (int) Math.max(0, Math.ceil(r.x()) + 2);
        int y1 = (int) Math.max(0, Math.ceil(r.y()) + 2);
        int x2 = (int) Math.min(image.getWidth(), Math.floor(r.right()) - 2);
        int y2 = (int) Math.min(image.getHeight(), Math.floor(r.bottom()) - 2);
        assertThat(x2 - x1).as("width of " + r + " on screen").isGreaterThan(10);
        assertThat(y2 - y1).as("height of " + r + " on screen").isGreaterThan(10);
        double sum = 0;
        int n = 0;
        for (int y = y1; y < y2; y += 2) {
            for (int x = x1; x < x2; x += 2) {
                Color c = pixels.getColor(x, y);
                sum += 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
                n++;
            }
        }
        return sum / n;
    }

    // ---- tests

    @Test
    void f5PresentsTheFirstStageFullScreenWithoutTheEditorChromeAndKeysStepThroughTheStages(FxRobot robot)
            throws Exception {
        window.openSample(robot);
        int stages = journey().stages().size();
        assertThat(stages).as("the sample has stages to step through").isGreaterThanOrEqualTo(4);
        boolean wasFullScreen = onFx(window.stage::isFullScreen);

        push(robot, KeyCode.F5);

        waitUntil(() -> presentation().isActive());
        assertThat(onFx(window.stage::isFullScreen)).isTrue();
        Parent root = onFx(() -> window.stage.getScene().getRoot());
        assertThat(root.getId()).isEqualTo("presentationView");
        for (String chrome : List.of("#menuBar", "#toolBar", "#palette", "#sidePanel", "#journeyTabPane")) {
            assertThat(onFx(() -> root.lookup(chrome))).as(chrome + " is hidden").isNull();
        }
        assertThat(onFx(() -> canvas().node().getScene() == window.stage.getScene())).isTrue();
        assertCurrent(0);

        push(robot, KeyCode.RIGHT);
        assertCurrent(1);
        push(robot, KeyCode.SPACE);
        assertCurrent(2);
        push(robot, KeyCode.LEFT);
        assertCurrent(1);
        push(robot, KeyCode.END);
        assertCurrent(stages - 1);
        push(robot, KeyCode.PAGE_DOWN);
        assertCurrent(stages - 1);
        push(robot, KeyCode.BACK_SPACE);
        assertCurrent(stages - 2);
        push(robot, KeyCode.HOME);
        assertCurrent(0);
        push(robot, KeyCode.PAGE_UP);
        assertCurrent(0);
        push(robot, KeyCode.PAGE_DOWN);
        assertCurrent(1);

        // A stage taller than the screen scrolls with Down and Up, within its column.
        CanvasView.View framed = onFx(() -> canvas().view());
        push(robot, KeyCode.DOWN);
        assertThat(onFx(() -> canvas().view().originY())).isGreaterThan(framed.originY());
        push(robot, KeyCode.UP);
        assertThat(onFx(() -> canvas().view())).isEqualTo(framed);

        // The current stage is large (text bigger than in the editor) and in the middle of the screen.
        Rect current = onScreen(journey().stages().get(1).id());
        double width = onFx(() -> canvas().node().getLayoutBounds().getWidth());
        assertThat(onFx(() -> canvas().view().zoom())).as("larger than 100 %").isGreaterThanOrEqualTo(1.5);
        assertThat(Math.abs(current.centerX() - width / 2)).isLessThan(1.0);

        push(robot, KeyCode.ESCAPE);
        waitUntil(() -> !presentation().isActive());
        assertThat(onFx(window.stage::isFullScreen)).isEqualTo(wasFullScreen);
    }

    @Test
    void theOtherStagesAreDimmedAndTheCurrentOneIsBrighterOnScreen(FxRobot robot) throws Exception {
        window.openSample(robot);
        push(robot, KeyCode.F5);
        waitUntil(() -> presentation().isActive());
        push(robot, KeyCode.RIGHT);
        Journey j = journey();
        String current = j.stages().get(1).id();
        assertCurrent(1);
        WaitForAsyncUtils.waitForFxEvents();

        Pane dim = (Pane) window.stage.getScene().getRoot().lookup("#presentationDim");
        List<String> dimmedIds = onFx(() -> dim.getChildren().stream().map(n -> (String) n.getUserData()).toList());
        assertThat(dimmedIds).isEqualTo(j.stages().stream().map(s -> s.id()).filter(id -> !id.equals(current))
                .toList());
        for (Node n : onFx(() -> List.copyOf(dim.getChildren()))) {
            Rectangle shade = (Rectangle) n;
            Rect expected = onScreen((String) shade.getUserData());
            assertThat(new double[] {shade.getX(), shade.getY(), shade.getWidth(), shade.getHeight()})
                    .containsExactly(new double[] {expected.x(), expected.y(), expected.width(), expected.height()},
                            org.assertj.core.data.Offset.offset(0.01));
            assertThat(onFx(() -> ((Color) shade.getFill()).getOpacity())).isGreaterThan(0.4);
        }

        // Pixels: the current stage's column is clearly brighter than its dimmed neighbours.
        WritableImage shot = onFx(() -> canvas().node().getParent().snapshot(null, null));
        double here = brightness(shot, onScreen(current));
        double before = brightness(shot, onScreen(j.stages().get(0).id()));
        double after = brightness(shot, onScreen(j.stages().get(2).id()));
        assertThat(here).isGreaterThan(0.6);
        assertThat(before).isLessThan(here * 0.6);
        assertThat(after).isLessThan(here * 0.6);

        // A click on a dimmed stage makes it the current one.
        Rect next = onScreen(j.stages().get(2).id());
        Point2D at = onFx(() -> canvas().node().localToScreen(next.x() + 30, next.y() + 30));
        robot.clickOn(at);
        assertCurrent(2);
    }

    @Test
    void theMapIsReadOnlyWhilePresentingAndEscPutsBackTheEditorWithItsZoomAndScroll(FxRobot robot)
            throws Exception {
        window.openSample(robot);
        onFx(() -> {
            canvas().zoomIn();
            canvas().zoomIn();
            session().selectedCards().clear();
            return null;
        });
        String cardId = journey().cards().get(0).id();
        onFx(() -> session().selectedCards().add(cardId));
        WaitForAsyncUtils.waitForFxEvents();
        CanvasView.View before = onFx(() -> canvas().view());
        Parent editorRoot = onFx(() -> window.stage.getScene().getRoot());
        Parent canvasParent = onFx(() -> canvas().node().getParent());
        long revision = onFx(() -> session().revisionProperty().get());
        Card card = journey().card(cardId).orElseThrow();

        push(robot, KeyCode.F5);
        waitUntil(() -> presentation().isActive());
        // Shortcuts that edit are swallowed: Delete, Ctrl+D duplicate, Ctrl+Z, arrows do not move the card.
        push(robot, KeyCode.DELETE);
        push(robot, KeyCode.CONTROL, KeyCode.D);
        push(robot, KeyCode.CONTROL, KeyCode.L);
        // A drag on a card shown on screen does not move it.
        Journey shown = journey();
        String stageId = presentation().currentStageId().orElseThrow();
        CardBox box = onFx(() -> canvas().mapLayout().cards().stream()
                .filter(c -> stageId.equals(shown.card(c.cardId()).orElseThrow().stage())).findFirst()
                .orElseThrow());
        Point2D at = onFx(() -> {
            CanvasView.View v = canvas().view();
            return canvas().node().localToScreen(v.toScreenX(box.rect().centerX()),
                    v.toScreenY(box.rect().centerY()));
        });
        robot.drag(at).moveBy(120, 0).moveBy(180, 40).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> session().revisionProperty().get())).isEqualTo(revision);
        assertThat(journey().card(cardId)).contains(card);
        assertThat(journey().card(box.cardId()).orElseThrow().stage())
                .isEqualTo(presentation().currentStageId().orElseThrow());
        assertThat(presentation().isActive()).as("Ctrl+L did not leave for the library").isTrue();

        assertThat(onFx(() -> javafx.stage.Window.getWindows().size())).as("no dialog opened").isEqualTo(1);
        push(robot, KeyCode.ESCAPE);
        waitUntil(() -> !presentation().isActive());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window.stage.getScene().getRoot())).isSameAs(editorRoot);
        assertThat(onFx(() -> canvas().node().getParent())).isSameAs(canvasParent);
        for (String chrome : List.of("#menuBar", "#toolBar", "#palette", "#sidePanel", "#journeyTabPane")) {
            assertThat(onFx(() -> editorRoot.lookup(chrome).isVisible())).as(chrome + " is back").isTrue();
        }
        assertThat(onFx(() -> canvas().view())).isEqualTo(before);
        assertThat(onFx(() -> ((Label) editorRoot.lookup("#zoomLabel")).getText())).isEqualTo(
                Math.round(before.zoom() * 100) + " %");
        assertThat(onFx(window.stage::isFullScreen)).isFalse();

        // Back in the editor the same keys edit again.
        onFx(() -> {
            canvas().focusCanvas();
            return null;
        });
        push(robot, KeyCode.CONTROL, KeyCode.D);
        assertThat(onFx(() -> session().revisionProperty().get())).isGreaterThan(revision);
    }

    @Test
    void theRoundTimerStartsPausesGainsAMinuteResetsAndTurnsRedAtZero(FxRobot robot) throws Exception {
        window.openSample(robot);
        push(robot, KeyCode.F5);
        waitUntil(() -> presentation().isActive());
        Label digits = (Label) window.stage.getScene().getRoot().lookup("#timerDigits");
        assertThat(onFx(digits::getText)).isEqualTo("05:00");
        Color normal = onFx(() -> (Color) digits.getBackground().getFills().get(0).getFill());
        assertThat(normal.getGreen()).as("not red before the time is up: " + normal).isGreaterThan(0.9);

        push(robot, KeyCode.ADD);
        waitUntil(() -> digits.getText().equals("06:00"));
        push(robot, KeyCode.R);
        waitUntil(() -> digits.getText().equals("05:00"));
        push(robot, KeyCode.T);
        assertThat(onFx(() -> presentation().timer().isRunning())).isTrue();
        push(robot, KeyCode.T);
        assertThat(onFx(() -> presentation().timer().isRunning())).isFalse();
        assertThat(onFx(() -> presentation().timer().remaining().compareTo(Duration.ofMinutes(5)) < 0)).isTrue();

        // The buttons do the same for a mouse.
        robot.clickOn("#timerResetButton");
        waitUntil(() -> digits.getText().equals("05:00"));
        robot.clickOn("#timerMinuteButton");
        waitUntil(() -> digits.getText().equals("06:00"));
        robot.clickOn("#timerStartButton");
        assertThat(onFx(() -> presentation().timer().isRunning())).isTrue();

        // A one-second round runs out: the digits show 00:00 in the "over" colour, start is disabled.
        onFx(() -> {
            presentation().timer().setRoundLength(Duration.ofSeconds(1));
            presentation().timer().start();
            return null;
        });
        waitUntil(() -> digits.getStyleClass().contains("timer-over"));
        assertThat(onFx(digits::getText)).isEqualTo("00:00");
        assertThat(onFx(() -> robot.lookup("#timerStartButton").query().isDisabled())).isTrue();
        Color over = onFx(() -> (Color) digits.getBackground().getFills().get(0).getFill());
        assertThat(over.getRed()).as("red background at zero: " + over).isGreaterThan(0.6);
        assertThat(over.getGreen()).as("red background at zero: " + over).isLessThan(0.4);
        push(robot, KeyCode.ADD);
        waitUntil(() -> digits.getText().equals("01:00") && !digits.getStyleClass().contains("timer-over"));

        // L asks for the round length; a bad one cannot be set, 2:30 can.
        push(robot, KeyCode.L);
        waitUntil(() -> robot.lookup("#roundLengthField").tryQuery().isPresent());
        robot.clickOn("#roundLengthField").push(KeyCode.CONTROL, KeyCode.A).write("2:75");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane pane = robot.lookup("#roundLengthDialog").queryAs(
                javafx.scene.control.DialogPane.class);
        javafx.scene.control.ButtonType set = onFx(() -> pane.getButtonTypes().get(0));
        assertThat(onFx(() -> pane.lookupButton(set).isDisabled())).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("2:30").push(KeyCode.ENTER);
        waitUntil(() -> digits.getText().equals("02:30"));
        assertThat(onFx(() -> presentation().timer().roundLength())).isEqualTo(Duration.ofSeconds(150));
        assertThat(onFx(() -> presentation().isActive())).isTrue();
    }
}
