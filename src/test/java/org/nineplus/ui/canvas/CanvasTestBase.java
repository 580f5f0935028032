package org.nineplus.ui.canvas;

import static org.nineplus.testing.FxWait.onFx;

import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.extension.ExtendWith;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.render.CardBox;
import org.nineplus.render.CellBox;
import org.nineplus.render.MapLayout;
import org.nineplus.render.Rect;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.editor.EditorSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real {@link EditorSession} on the worked example with a {@link JourneyCanvas} in a window, zoomed to fit so every
 * card can be pointed at. Positions come from the canvas's own layout and transform.
 */
@ExtendWith(ApplicationExtension.class)
abstract class CanvasTestBase {

    static final double WIDTH = 1200;
    static final double HEIGHT = 760;

    final Workshop start = TestWorkshops.workedExample();
    EditorSession session;
    JourneyCanvas canvas;

    Workshop initial() {
        return start;
    }

    /** Each test class calls this from its own {@code @Start} (TestFX looks only at the class's own methods). */
    void show(Stage stage) {
        session = new EditorSession(1, initial(), 100);
        canvas = new JourneyCanvas(session);
        Scene scene = new Scene((Parent) canvas.node(), WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        canvas.zoomToFit();
        canvas.focusCanvas();
    }

    MapLayout layout() throws Exception {
        return onFx(canvas::layout);
    }

    Journey journey() {
        return session.journey().orElseThrow();
    }

    Card card(String id) {
        return journey().card(id).orElseThrow();
    }

    /** A map point on the screen. */
    Point2D screen(double mapX, double mapY) throws Exception {
        return onFx(() -> canvas.mapToScreen(mapX, mapY));
    }

    Point2D centreOf(String cardId) throws Exception {
        Rect r = layout().card(cardId).orElseThrow().rect();
        return screen(r.centerX(), r.centerY());
    }

    /** A point of the cell below its cards, where only background is. */
    Point2D emptyPartOf(String stageId, String laneId) throws Exception {
        MapLayout l = layout();
        CellBox cell = l.cell(stageId, laneId).orElseThrow();
        double bottom = l.cardsIn(cell).stream().mapToDouble(c -> c.rect().bottom()).max()
                .orElse(cell.rect().y());
        return screen(cell.rect().centerX(), (bottom + cell.rect().bottom()) / 2);
    }

    CardBox box(String cardId) throws Exception {
        return layout().card(cardId).orElseThrow();
    }

    void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    int undoSteps() throws Exception {
        return onFx(() -> {
            int n = 0;
            while (session.canUndoProperty().get()) {
                session.undo();
                n++;
            }
            for (int i = 0; i < n; i++) {
                session.redo();
            }
            return n;
        });
    }
}
