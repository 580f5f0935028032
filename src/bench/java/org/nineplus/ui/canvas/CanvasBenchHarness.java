package org.nineplus.ui.canvas;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.nineplus.model.Workshop;
import org.nineplus.render.CardBox;
import org.nineplus.render.MapLayout;
import org.nineplus.render.Rect;
import org.nineplus.ui.editor.EditorSession;

/**
 * For benchmarks: a {@link JourneyCanvas} as the root of a scene on the (headless) JavaFX platform, with the
 * package's paint entry points and real mouse events fired at the canvas node. Every public method runs its work on
 * the FX thread and waits for it. A frame counts as finished when the scene has been rendered by the Prism pipeline
 * in use ({@code scene.snapshot} into one reused image: sync of the scene graph, replay of the canvas's command
 * buffer, drawing the canvas into the frame, and a read-back of the pixels).
 * <p>
 * The scene is never shown in a window. A shown window renders every changed frame once more on the next pulse (for
 * the headless screen), on the same render thread, right after the snapshot that is timed: each frame was rendered
 * twice and the next timed frame often waited behind the untimed copy. In the app a frame is rendered once.
 */
public final class CanvasBenchHarness {

    private final Workshop workshop;
    private final EditorSession session;
    private final JourneyCanvas canvas;
    private final Scene scene;
    private final WritableImage image;
    private double pressX;
    private double pressY;
    private int step;

    private CanvasBenchHarness(Workshop workshop, double width, double height, boolean fit) {
        this.workshop = workshop;
        session = new EditorSession(1, workshop, 100);
        canvas = new JourneyCanvas(session);
        scene = new Scene((Parent) canvas.node(), width, height);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        if (fit) {
            canvas.zoomToFit();
        } else {
            canvas.zoomToActualSize();
        }
        image = new WritableImage((int) width, (int) height);
    }

    /** Starts the JavaFX platform once per JVM (the system properties choose Monocle and the software pipeline). */
    public static void startPlatform() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start");
        }
    }

    /** Opens the canvas on the workshop's first journey in a window of the given size, at 100 % or zoomed to fit. */
    public static CanvasBenchHarness open(Workshop workshop, double width, double height, boolean fit)
            throws Exception {
        MapFonts.preload();
        CanvasBenchHarness h = onFx(() -> new CanvasBenchHarness(workshop, width, height, fit));
        onFx(() -> {
            h.canvas.flushPaint();
            h.render();
            return null;
        });
        return h;
    }

    public static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }

    /** How many different colours the last rendered frame has (a frame of the map has many; a blank one has one). */
    public int coloursInLastFrame() throws Exception {
        return onFx(() -> {
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            javafx.scene.image.PixelReader pixels = image.getPixelReader();
            for (int y = 0; y < image.getHeight(); y += 7) {
                for (int x = 0; x < image.getWidth(); x += 7) {
                    colours.add(pixels.getArgb(x, y));
                }
            }
            return colours.size();
        });
    }

    public double canvasWidth() throws Exception {
        return onFx(() -> canvas.pane().canvas().getWidth());
    }

    public double canvasHeight() throws Exception {
        return onFx(() -> canvas.pane().canvas().getHeight());
    }

    public double zoom() throws Exception {
        return onFx(() -> canvas.transform().zoom());
    }

    public int cardsInLayout() throws Exception {
        return onFx(() -> canvas.layout().cards().size());
    }

    /** The cards the painter draws: those meeting the visible part of the map (as {@code Painter} selects them). */
    public int cardsInView() throws Exception {
        return onFx(() -> {
            Rect visible = visible();
            return canvas.layout().cardsIn(visible.inset(-4, -4)).size();
        });
    }

    /** Whether the whole map is in view. */
    public boolean wholeMapInView() throws Exception {
        return onFx(() -> {
            Rect v = visible();
            Rect m = canvas.layout().bounds();
            return v.x() <= m.x() && v.y() <= m.y() && v.right() >= m.right() && v.bottom() >= m.bottom();
        });
    }

    /** One full repaint: the painter records the whole view into the canvas, then the scene is rendered. */
    public WritableImage fullRepaint() throws Exception {
        return onFx(() -> {
            canvas.paintNow();
            return render();
        });
    }

    /**
     * A full repaint with no stamp pictured yet (see {@link StampPictures}), as the first repaint at a new zoom:
     * every card's frame and badge is drawn as shapes.
     */
    public WritableImage fullRepaintFromScratch() throws Exception {
        return onFx(() -> {
            canvas.layers().pictures().clear();
            canvas.paintNow();
            return render();
        });
    }

    /** How many pictures of stamps the canvas keeps, once the pictures asked for so far are made. */
    public int stampPictures() throws Exception {
        onFx(() -> null);
        return onFx(() -> canvas.layers().pictures().size());
    }

    /**
     * Presses the primary button on the card nearest the middle of the view, then drags past the drag threshold so
     * the card drag is under way, and paints.
     */
    public String pressOnACard() throws Exception {
        return onFx(() -> {
            MapLayout l = canvas.layout();
            CanvasTransform t = canvas.transform();
            double w = canvas.pane().getWidth();
            double h = canvas.pane().getHeight();
            CardBox best = null;
            double bestDistance = Double.MAX_VALUE;
            for (CardBox card : l.cards()) {
                Rect r = card.rect();
                double sx = t.toScreenX(r.centerX());
                double sy = t.toScreenY(r.centerY());
                double d = Math.hypot(sx - w / 2, sy - h / 2);
                if (d < bestDistance && l.cardAt(r.centerX(), r.centerY()).filter(card::equals).isPresent()) {
                    best = card;
                    bestDistance = d;
                }
            }
            if (best == null) {
                throw new IllegalStateException("no card in view");
            }
            pressX = t.toScreenX(best.rect().centerX());
            pressY = t.toScreenY(best.rect().centerY());
            fire(MouseEvent.MOUSE_PRESSED, pressX, pressY);
            fire(MouseEvent.MOUSE_DRAGGED, pressX + 10, pressY + 6);
            if (!canvas.input().isDragging() || !session.selectedCards().contains(best.cardId())) {
                throw new IllegalStateException("the press did not start a card drag");
            }
            canvas.flushPaint();
            render();
            return best.cardId();
        });
    }

    /**
     * One mouse-drag event (alternately 10 and 14 pixels right of the press, so every event moves the ghost) and
     * the repaint it asks for, painted and rendered. Fails if the event asked for no repaint.
     */
    public WritableImage dragAndRepaint() throws Exception {
        return onFx(() -> {
            double offset = (step++ & 1) == 0 ? 14 : 10;
            fire(MouseEvent.MOUSE_DRAGGED, pressX + offset, pressY + offset * 0.6);
            if (!canvas.flushPaint()) {
                throw new IllegalStateException("the drag asked for no repaint");
            }
            return render();
        });
    }

    /** Esc (the drag is dropped, nothing committed), then the release; checks that the workshop did not change. */
    public void cancelDragAndClose() throws Exception {
        onFx(() -> {
            Event.fireEvent(canvas.pane(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false,
                    false, false));
            fire(MouseEvent.MOUSE_RELEASED, pressX + 10, pressY + 6);
            canvas.flushPaint();
            boolean unchanged = !session.canUndoProperty().get() && session.current().equals(workshop);
            if (!unchanged) {
                throw new IllegalStateException("the benchmark's drag changed the workshop");
            }
            return null;
        });
    }

    private Rect visible() {
        return canvas.transform().visible(canvas.pane().canvas().getWidth(), canvas.pane().canvas().getHeight());
    }

    private WritableImage render() {
        return scene.snapshot(image);
    }

    private void fire(javafx.event.EventType<MouseEvent> type, double x, double y) {
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        MouseEvent e = new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false, down,
                false, false, false, false, type == MouseEvent.MOUSE_PRESSED, null);
        Event.fireEvent(canvas.pane(), e);
    }
}
