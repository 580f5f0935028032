package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.render.CardBox;
import org.nineplus.render.LaneBand;
import org.nineplus.render.Rect;
import org.nineplus.render.StageColumn;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.nineplus.ui.editor.CanvasView;
import org.nineplus.ui.editor.EditorSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas's context menu and F2 in the real window on the bundled sample: a right click selects what it is on and
 * offers that thing's commands, which do what the menu bar's do; the menu key works on the selection.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasContextMenuWindowTest {

    @TempDir
    Path folder;

    private final SampleWindow window = new SampleWindow();

    @Start
    void start(Stage stage) {
        window.start(stage, folder.resolve("library.mv.db"), Duration.ofMillis(300));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        onFx(() -> {
            openMenu().ifPresent(ContextMenu::hide);
            return null;
        });
        window.close(robot);
    }

    // ---- helpers

    private JourneyCanvas canvas() {
        return window.canvas();
    }

    private EditorSession session() {
        return window.session();
    }

    private Journey journey() throws Exception {
        return window.journey();
    }

    /** Adds cards to the selection, as Ctrl+clicks would. */
    private void select(String... cardIds) throws Exception {
        onFx(() -> session().selectedCards().addAll(List.of(cardIds)));
    }

    /** A map point on the screen. */
    private Point2D onScreen(double mapX, double mapY) throws Exception {
        return onFx(() -> {
            CanvasView.View v = canvas().view();
            return canvas().node().localToScreen(v.toScreenX(mapX), v.toScreenY(mapY));
        });
    }

    /** The cards whose middle is in view, in map order. */
    private List<CardBox> cardsInView() throws Exception {
        return onFx(() -> {
            CanvasView.View v = canvas().view();
            Node node = canvas().node();
            return canvas().mapLayout().cards().stream().filter(c -> {
                double x = v.toScreenX(c.rect().centerX());
                double y = v.toScreenY(c.rect().centerY());
                return x > 10 && y > 10 && x < node.getLayoutBounds().getWidth() - 10
                        && y < node.getLayoutBounds().getHeight() - 10;
            }).toList();
        });
    }

    /**
     * A right click at a screen point: the button pressed and released there, then the context-menu request that the
     * platform sends for it (GTK and Windows do; the headless Monocle platform sends none, so the test fires it).
     */
    private void rightClick(FxRobot robot, Point2D at) throws Exception {
        robot.moveTo(at).clickOn(MouseButton.SECONDARY);
        onFx(() -> {
            Node node = canvas().node();
            Point2D inScene = node.localToScene(node.screenToLocal(at));
            Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(),
                    inScene.getY(), at.getX(), at.getY(), false, null));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Optional<ContextMenu> openMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu c && c.isShowing()
                && "canvasContextMenu".equals(c.getId())).map(w -> (ContextMenu) w).findFirst();
    }

    /** The open context menu's items as "id" or "id (disabled)", separators left out. */
    private List<String> menuItems() throws Exception {
        waitUntil(() -> onFx(() -> openMenu().isPresent()));
        return onFx(() -> openMenu().orElseThrow().getItems().stream()
                .filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem))
                .map(i -> i.getId() + (i.isDisable() ? " (disabled)" : "")).toList());
    }

    /** Clicks the open menu's item with this id, as a person does. */
    private void choose(FxRobot robot, String itemId) throws Exception {
        MenuItem item = onFx(() -> openMenu().orElseThrow().getItems().stream()
                .filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow());
        Node shown = robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().equals(item.getText()) && n.getScene() != null
                && n.getScene().getWindow() instanceof ContextMenu).query();
        robot.clickOn(shown);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- tests

    @Test
    void aRightClickOnACardSelectsItAloneAndItsMenuDeletesIt(FxRobot robot) throws Exception {
        window.openSample(robot);
        List<CardBox> cards = cardsInView();
        CardBox target = cards.get(2);
        select(cards.get(0).cardId());
        int before = journey().cards().size();
        java.util.Map<Object, Runnable> keys = onFx(() -> java.util.Map.copyOf(window.stage.getScene()
                .getAccelerators()));

        rightClick(robot, onScreen(target.rect().centerX(), target.rect().centerY()));

        assertThat(onFx(() -> Set.copyOf(session().selectedCards()))).containsExactly(target.cardId());
        assertThat(onFx(() -> java.util.Map.copyOf(window.stage.getScene().getAccelerators())))
                .as("the menu shows the shortcuts but leaves the keys to the menu bar").isEqualTo(keys);
        assertThat(onFx(() -> openMenu().orElseThrow().getItems().stream()
                .filter(i -> "deleteContextItem".equals(i.getId())).findFirst().orElseThrow().getAccelerator()))
                .isEqualTo(new javafx.scene.input.KeyCodeCombination(KeyCode.DELETE));
        assertThat(menuItems()).containsExactly("editTitleContextItem", "cutContextItem", "copyContextItem",
                "pasteContextItem (disabled)", "duplicateContextItem", "deleteContextItem");
        choose(robot, "deleteContextItem");

        assertThat(journey().cards()).hasSize(before - 1).noneMatch(c -> c.id().equals(target.cardId()));
        onFx(() -> {
            session().undo();
            return null;
        });
        assertThat(journey().card(target.cardId())).isPresent();
    }

    @Test
    void aRightClickOnOneOfSeveralSelectedCardsKeepsThemAllForTheMenu(FxRobot robot) throws Exception {
        window.openSample(robot);
        List<CardBox> cards = cardsInView();
        Set<String> both = Set.of(cards.get(0).cardId(), cards.get(1).cardId());
        select(both.toArray(String[]::new));
        int before = journey().cards().size();

        rightClick(robot, onScreen(cards.get(1).rect().centerX(), cards.get(1).rect().centerY()));

        assertThat(onFx(() -> Set.copyOf(session().selectedCards()))).isEqualTo(both);
        assertThat(menuItems()).contains("editTitleContextItem (disabled)", "duplicateContextItem");
        choose(robot, "duplicateContextItem");
        assertThat(journey().cards()).hasSize(before + 2);
    }

    @Test
    void aStageHeadersMenuMovesTheStage(FxRobot robot) throws Exception {
        window.openSample(robot);
        Journey journey = journey();
        String second = journey.stages().get(1).id();
        StageColumn column = onFx(() -> canvas().mapLayout().stages().get(1));
        Rect header = column.header();

        rightClick(robot, onScreen(header.centerX(), header.y() + 8));

        assertThat(onFx(() -> session().selectedStageProperty().get())).isEqualTo(second);
        assertThat(menuItems()).containsExactly("renameStageContextItem", "stageLeftContextItem",
                "stageRightContextItem", "addStageContextItem", "deleteStageContextItem");
        choose(robot, "stageLeftContextItem");
        assertThat(journey().stages().get(0).id()).isEqualTo(second);
    }

    @Test
    void aPyramidLanesMenuSaysWhyItCannotBeDeleted(FxRobot robot) throws Exception {
        window.openSample(robot);
        LaneBand first = onFx(() -> canvas().mapLayout().lanes().get(0));
        Rect title = first.titleCell();
        Point2D at = onScreen(title.x() + 12, title.y() + 12);

        rightClick(robot, at);

        assertThat(onFx(() -> session().selectedLaneProperty().get())).isEqualTo(first.laneId());
        assertThat(menuItems()).contains("renameLaneContextItem", "deleteLaneContextItem (disabled)");
        String deleteText = onFx(() -> openMenu().orElseThrow().getItems().stream()
                .filter(i -> "deleteLaneContextItem".equals(i.getId())).findFirst().orElseThrow().getText());
        assertThat(deleteText).contains("pyramid lanes always stay");
    }

    @Test
    void shiftF10AndTheMenuKeyOpenTheMenuOfTheSelectedCardAtTheCard(FxRobot robot) throws Exception {
        window.openSample(robot);
        CardBox card = cardsInView().get(0);
        select(card.cardId());
        Point2D cardOnScreen = onScreen(card.rect().centerX(), card.rect().centerY());

        robot.push(KeyCode.SHIFT, KeyCode.F10);

        assertThat(menuItems()).contains("editTitleContextItem", "deleteContextItem");
        assertThat(onFx(() -> new double[] {openMenu().orElseThrow().getAnchorX(),
                openMenu().orElseThrow().getAnchorY()})).as("the menu opens at the card")
                .containsExactly(new double[] {cardOnScreen.getX(), cardOnScreen.getY()},
                        org.assertj.core.data.Offset.offset(2.0));

        onFx(() -> {
            openMenu().orElseThrow().hide();
            canvas().focusCanvas();
            return null;
        });
        robot.push(KeyCode.CONTEXT_MENU);
        assertThat(menuItems()).contains("editTitleContextItem", "deleteContextItem");

        onFx(() -> {
            openMenu().orElseThrow().hide();
            Event.fireEvent(canvas().node(), new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 0, 0, 0,
                    0, true, null));
            return null;
        });
        assertThat(menuItems()).as("a platform's own keyboard request does the same")
                .contains("editTitleContextItem", "deleteContextItem");
    }

    @Test
    void f2EditsTheSelectedCardsTitleInPlace(FxRobot robot) throws Exception {
        window.openSample(robot);
        CardBox card = cardsInView().get(0);
        select(card.cardId());

        robot.push(KeyCode.F2);
        TextInputControl editor = robot.lookup("#inPlaceEditor").queryAs(TextInputControl.class);
        waitUntil(() -> onFx(editor::isVisible));
        onFx(() -> {
            editor.setText("Called back within the hour");
            return null;
        });
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Card edited = journey().card(card.cardId()).orElseThrow();
        assertThat(edited.title()).isEqualTo("Called back within the hour");
        assertThat(onFx(() -> session().undoTextProperty().get())).contains("title");
    }

    @Test
    void mapShortcutsTypedInAnInspectorFieldLeaveTheMapAlone(FxRobot robot) throws Exception {
        window.openSample(robot);
        CardBox card = cardsInView().get(0);
        select(card.cardId());
        TextInputControl score = robot.lookup("#scoreField").queryAs(TextInputControl.class);
        robot.clickOn(score);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(score::isFocused)).isTrue();
        int cards = journey().cards().size();

        robot.push(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();

        boolean editorShown = onFx(() -> robot.lookup("#inPlaceEditor").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(editorShown).as("no editor over the canvas").isFalse();
        assertThat(onFx(score::isFocused)).as("the field keeps the focus").isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(journey().cards()).as("Ctrl+D in the field duplicates no card").hasSize(cards);
        assertThat(undoSteps()).isZero();
        assertThat(onFx(score::isFocused)).isTrue();
    }

    @Test
    void anEmptyCellsMenuAddsAnIdeaWhereItWasAskedAndOpensItsTitle(FxRobot robot) throws Exception {
        window.openSample(robot);
        CardBox first = cardsInView().get(0);
        org.nineplus.render.CellBox cell = onFx(() -> canvas().mapLayout().cell(first.stageId(), first.laneId())
                .orElseThrow());
        double bottom = onFx(() -> canvas().mapLayout().cardsIn(cell.rect()).stream()
                .mapToDouble(c -> c.rect().bottom()).max().orElseThrow());
        Point2D spot = onScreen(cell.rect().centerX(), (bottom + cell.rect().bottom()) / 2);
        List<String> before = journey().cards().stream().map(Card::id).toList();

        rightClick(robot, spot);

        assertThat(onFx(() -> session().selectedStageProperty().get())).isEqualTo(first.stageId());
        assertThat(onFx(() -> session().selectedLaneProperty().get())).isEqualTo(first.laneId());
        assertThat(menuItems()).startsWith("addExistingHereContextItem", "addIdeaHereContextItem",
                "addNoteHereContextItem");
        choose(robot, "addIdeaHereContextItem");

        Journey after = journey();
        Card added = after.cards().stream().filter(c -> !before.contains(c.id())).findFirst().orElseThrow();
        assertThat(added.isIdea()).isTrue();
        assertThat(added.stage()).isEqualTo(first.stageId());
        assertThat(added.lane()).isEqualTo(first.laneId());
        List<String> cellOrder = after.cards().stream()
                .filter(c -> c.stage().equals(first.stageId()) && c.lane().equals(first.laneId()))
                .map(Card::id).toList();
        assertThat(cellOrder.get(cellOrder.size() - 1)).as("asked below the cell's cards: it comes last")
                .isEqualTo(added.id());
        TextInputControl editor = robot.lookup("#inPlaceEditor").queryAs(TextInputControl.class);
        assertThat(onFx(() -> editor.getText())).isEqualTo("New idea");
        onFx(() -> {
            editor.setText("Claim status by text message");
            return null;
        });
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(journey().card(added.id()).orElseThrow().title()).isEqualTo("Claim status by text message");
    }

    @Test
    void aClickOnThePaletteAddsAfterTheSelectedCardAndNothingWithoutACell(FxRobot robot) throws Exception {
        window.openSample(robot);
        onFx(() -> {
            session().selectedStageProperty().set(null);
            session().selectedLaneProperty().set(null);
            session().selectedCards().clear();
            return null;
        });
        Journey start = journey();

        robot.clickOn("#paletteIDEA");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(journey()).as("no cell selected: nothing added").isEqualTo(start);

        CardBox card = cardsInView().get(0);
        robot.clickOn(onScreen(card.rect().centerX(), card.rect().centerY()));
        robot.clickOn("#paletteNOTE");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ESCAPE);

        Journey after = journey();
        assertThat(after.cards()).hasSize(start.cards().size() + 1);
        List<String> cellOrder = after.cards().stream()
                .filter(c -> c.stage().equals(card.stageId()) && c.lane().equals(card.laneId()))
                .map(Card::id).toList();
        String added = cellOrder.get(cellOrder.indexOf(card.cardId()) + 1);
        assertThat(start.card(added)).as("the card after the selected one is the new one").isEmpty();
        assertThat(after.card(added).orElseThrow().title()).isEqualTo("Note");
        assertThat(undoSteps()).isEqualTo(1);
    }

    @Test
    void f2OnASelectedStageHeaderRenamesTheStageInPlace(FxRobot robot) throws Exception {
        window.openSample(robot);
        Journey journey = journey();
        Rect header = onFx(() -> canvas().mapLayout().stages().get(0).header());
        robot.clickOn(onScreen(header.centerX(), header.y() + 8));
        assertThat(onFx(() -> session().selectedStageHeader())).contains(journey.stages().get(0).id());

        robot.push(KeyCode.F2);
        TextInputControl editor = robot.lookup("#inPlaceEditor").queryAs(TextInputControl.class);
        assertThat(onFx(() -> editor.getText())).isEqualTo(journey.stages().get(0).name());
        onFx(() -> {
            editor.setText("Notice the leak");
            return null;
        });
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(journey().stages().get(0).name()).isEqualTo("Notice the leak");
    }

    @Test
    void ctrlASelectsEveryCardOfTheJourney(FxRobot robot) throws Exception {
        window.openSample(robot);

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> Set.copyOf(session().selectedCards())))
                .isEqualTo(journey().cards().stream().map(Card::id).collect(java.util.stream.Collectors.toSet()));
        assertThat(onFx(() -> session().canUndoProperty().get())).isFalse();
    }

    private int undoSteps() throws Exception {
        return onFx(() -> {
            int n = 0;
            while (session().canUndoProperty().get()) {
                session().undo();
                n++;
            }
            return n;
        });
    }
}
