package org.nineplus.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.render.Rect;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.WindowSteps;
import org.nineplus.ui.Workbench;
import org.nineplus.ui.WorkbenchServices;
import org.nineplus.ui.WorkshopImporter;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.library.LibraryViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dot-voting round in the real editor window on domain.md's worked example: start it from the keyboard, cast dots
 * by clicking idea cards, be refused beyond N, take a dot back, undo a vote, and see the advisor's "Team vote vs
 * advisor" section follow. A real H2 library in a temporary folder, the real canvas.
 */
@ExtendWith(ApplicationExtension.class)
class VotingWindowTest {

    @TempDir
    Path folder;

    private Stage stage;
    private Workbench workbench;
    private final List<JourneyCanvas> canvases = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path worked = folder.resolve("worked.json");
        WorkshopJson json = new WorkshopJson();
        json.write(TestWorkshops.workedExample(), worked);
        byte[] sample = Files.readAllBytes(worked);
        WorkbenchServices services = new WorkbenchServices(H2WorkshopStore::open,
                WorkshopImporter.of(json::read, json::read), json::write, () -> sample);
        workbench = new Workbench(services, session -> {
            JourneyCanvas canvas = new JourneyCanvas(session);
            canvases.add(canvas);
            return canvas;
        });
        workbench.start(stage, folder.resolve("library.mv.db"));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        WindowSteps.closeWindow(robot, stage, workbench);
    }

    private EditorSession session() {
        return workbench.editorSession().orElseThrow();
    }

    private JourneyCanvas canvas() {
        return canvases.get(canvases.size() - 1);
    }

    private Map<String, Integer> votes(String cardId) throws Exception {
        return onFx(() -> session().journey().orElseThrow().card(cardId).orElseThrow().votes());
    }

    private void openWorkedExample(FxRobot robot) throws Exception {
        String title = TestWorkshops.workedExample().title();
        WindowSteps.openInEditor(robot, workbench, title);
        onFx(() -> {
            canvas().zoomToFit();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A point inside the card, left of its middle (clear of the link handle and the vote badge). */
    private Point2D pointOn(String cardId) throws Exception {
        return onFx(() -> {
            Rect r = canvas().layout().card(cardId).orElseThrow().rect();
            return canvas().mapToScreen(r.x() + r.width() * 0.35, r.centerY());
        });
    }

    private void click(FxRobot robot, String cardId, MouseButton button) throws Exception {
        robot.moveTo(pointOn(cardId)).clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String chipText(FxRobot robot, int index) throws Exception {
        return onFx(() -> robot.lookup("#voter-" + index).queryAs(ToggleButton.class).getText());
    }

    private List<String> teamVoteTexts(FxRobot robot, String rowId) throws Exception {
        return onFx(() -> robot.lookup("#" + rowId + " .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
    }

    @Test
    void aRoundCastsDotsByClickingRefusesBeyondNAndUndoesAVote(FxRobot robot) throws Exception {
        openWorkedExample(robot);
        assertThat(robot.lookup("#votingBar").query().isVisible()).isFalse();

        // Start a round of 2 dots for Anna and Bas; the workshop's participants become Anna and Bas.
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#votingParticipantsField").push(KeyCode.CONTROL, KeyCode.A).write("Anna")
                .push(KeyCode.ENTER).write("Bas");
        robot.doubleClickOn("#votingDotsField .text-field").push(KeyCode.CONTROL, KeyCode.A).write("2");
        robot.clickOn("#votingStartButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#votingBar").query().isVisible()).isTrue();
        assertThat(onFx(() -> session().current().participants())).containsExactly("Anna", "Bas");
        assertThat(chipText(robot, 1)).isEqualTo("Anna \u25CF\u25CF");
        assertThat(onFx(() -> robot.lookup("#voter-1").queryAs(ToggleButton.class).isSelected())).isTrue();

        // Anna votes twice on "Faster homepage"; the click selects nothing and moves nothing.
        Rect before = onFx(() -> canvas().layout().card("D").orElseThrow().rect());
        click(robot, "D", MouseButton.PRIMARY);
        click(robot, "D", MouseButton.PRIMARY);
        assertThat(votes("D")).containsExactly(Map.entry("Anna", 2));
        assertThat(onFx(() -> session().selectedCards().isEmpty())).isTrue();
        assertThat(onFx(() -> canvas().layout().card("D").orElseThrow().rect())).isEqualTo(before);
        assertThat(onFx(() -> canvas().layout().card("D").orElseThrow().dots())).isEqualTo(2);
        assertThat(chipText(robot, 1)).isEqualTo("Anna \u25CB\u25CB");

        // A third dot is refused, with the reason in the editor's bar.
        click(robot, "C", MouseButton.PRIMARY);
        assertThat(votes("C")).isEmpty();
        assertThat(onFx(() -> robot.lookup("#editorProblemLabel").queryAs(Label.class).getText()))
                .isEqualTo("Anna has used all 2 dots of this round. Take a dot back (right-click) to vote elsewhere.");
        // An existing element never gets a dot.
        robot.push(KeyCode.DIGIT2);
        click(robot, "e1", MouseButton.PRIMARY);
        assertThat(votes("e1")).isEmpty();

        // Key 2 chose Bas: he votes on the flowers; a right-click takes Anna's dot back once she is chosen again.
        click(robot, "C", MouseButton.PRIMARY);
        assertThat(votes("C")).containsExactly(Map.entry("Bas", 1));
        robot.push(KeyCode.DIGIT1);
        click(robot, "D", MouseButton.SECONDARY);
        assertThat(votes("D")).containsExactly(Map.entry("Anna", 1));
        // The platform's context-menu request that follows a right click opens no menu while the round owns clicks.
        Point2D onD = pointOn("D");
        onFx(() -> {
            Node node = canvas().node();
            Point2D inScene = node.localToScene(node.screenToLocal(onD));
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(), inScene.getY(),
                    onD.getX(), onD.getY(), false, null));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())))
                .as("no context menu during a voting round").isFalse();
        assertThat(chipText(robot, 1)).isEqualTo("Anna \u25CF\u25CB");

        // The advisor panel shows the team's top ideas with their dots.
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        robot.clickOn("#advisorBudgetField").push(KeyCode.CONTROL, KeyCode.A).write("60000").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(teamVoteTexts(robot, "teamVote-D")).contains("1 \u25CF", "Faster homepage");
        assertThat(teamVoteTexts(robot, "teamVote-C")).contains("1 \u25CF", "Flowers after a burglary", "\u2713");
        // The advisor funds A, C, B, F under 60,000: C is in both lists, A only in the advisor's.
        assertThat(robot.lookup("#advisorFunds-C").query().getStyleClass()).contains("advisor-vote-both");
        assertThat(robot.lookup("#advisorFunds-A").query().getStyleClass()).contains("advisor-vote-one-only");

        // Ctrl+Z undoes the last vote edit (the take-back), and the panel and the chip follow.
        onFx(() -> {
            canvas().focusCanvas();
            return null;
        });
        assertThat(onFx(() -> session().undoTextProperty().get()))
                .isEqualTo("Undo Take back vote by Anna on 'Faster homepage'");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(votes("D")).containsExactly(Map.entry("Anna", 2));
        assertThat(teamVoteTexts(robot, "teamVote-D")).contains("2 \u25CF");
        assertThat(chipText(robot, 1)).isEqualTo("Anna \u25CB\u25CB");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(votes("C")).isEmpty();
        assertThat(robot.lookup("#teamVote-C").tryQuery()).isEmpty();
        assertThat(onFx(() -> session().undoTextProperty().get()))
                .isEqualTo("Undo Vote by Anna on 'Faster homepage'");

        // End round: the bar goes, clicks select again, the dots stay.
        robot.clickOn("#endVotingButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#votingBar").query().isVisible()).isFalse();
        click(robot, "D", MouseButton.PRIMARY);
        assertThat(onFx(() -> session().selectedCards())).containsExactly("D");
        assertThat(votes("D")).containsExactly(Map.entry("Anna", 2));
    }

    @Test
    void aNewRoundCanClearThePreviousVotesAsOneUndoStep(FxRobot robot) throws Exception {
        openWorkedExample(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        robot.clickOn("#votingStartButton");
        WaitForAsyncUtils.waitForFxEvents();
        // The workshop's own participants vote: 3 dots each by default.
        assertThat(chipText(robot, 1)).isEqualTo("Claims team \u25CF\u25CF\u25CF");
        click(robot, "A", MouseButton.PRIMARY);
        click(robot, "B", MouseButton.PRIMARY);
        robot.clickOn("#endVotingButton");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        Node clear = robot.lookup("#votingClearBox").query();
        assertThat(clear.isVisible()).isTrue();
        robot.clickOn(clear).clickOn("#votingStartButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(votes("A")).isEmpty();
        assertThat(votes("B")).isEmpty();
        assertThat(chipText(robot, 1)).isEqualTo("Claims team \u25CF\u25CF\u25CF");
        assertThat(onFx(() -> session().undoTextProperty().get())).isEqualTo("Undo Clear votes");
        onFx(() -> {
            session().undo();
            return null;
        });
        assertThat(votes("A")).containsExactly(Map.entry("Claims team", 1));
        assertThat(chipText(robot, 1)).isEqualTo("Claims team \u25CF\u25CB\u25CB");
    }
}
