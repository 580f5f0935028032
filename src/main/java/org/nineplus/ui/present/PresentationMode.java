package org.nineplus.ui.present;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.nineplus.render.MapLayout;
import org.nineplus.render.StageColumn;
import org.nineplus.ui.Command;
import org.nineplus.ui.editor.CanvasView;
import org.nineplus.ui.editor.CanvasView.View;
import org.nineplus.ui.editor.EditorSession;

/**
 * Presentation mode for a facilitator on a projector (View → Presentation mode, F5): the window goes full screen, the
 * editor's menus, toolbar, palette and side panel give way to the journey canvas alone, and the journey is shown one
 * stage at a time, large, with the other stages dimmed; a stage counter and the room's round timer sit on top. The
 * map is read-only meanwhile: every key goes to the presentation and the canvas gets no mouse events. Esc puts back
 * the exact window it found: the scene, the canvas's zoom and scroll, full screen or not, and the focus.
 *
 * <p>Keys: Right, Space, Page Down next stage; Left, Page Up, Backspace previous; Home and End first and last; Up and
 * Down scroll a stage taller than the screen; a click on a stage goes to it; T starts or pauses the timer, + adds a minute, R resets it, L sets the
 * round length; Esc leaves.
 */
public final class PresentationMode {

    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.F5);

    private final Stage window;
    private final EditorSession session;
    private final CanvasView canvas;
    private final List<String> stylesheets;
    private final PresentTexts texts;
    private final RoundTimer timer;
    private final PresentationView view;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final EventHandler<KeyEvent> keys = this::key;
    private final EventHandler<Event> swallow = this::canvasEvent;
    private final InvalidationListener resized = o -> frameCurrent();

    private Saved saved;
    private StageSteps steps;

    /** What presentation mode changed and puts back on leaving. */
    private record Saved(Parent root, Pane canvasParent, int canvasIndex, View view, boolean fullScreen,
                         String exitHint, KeyCombination exitKey, Node focusOwner) {
    }

    /**
     * @param nanos the clock of the round timer ({@code System::nanoTime})
     */
    public PresentationMode(Stage window, EditorSession session, CanvasView canvas, List<String> stylesheets,
                            Locale locale, LongSupplier nanos) {
        this.window = Objects.requireNonNull(window, "window");
        this.session = Objects.requireNonNull(session, "session");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.stylesheets = List.copyOf(stylesheets);
        this.texts = new PresentTexts(locale);
        this.timer = new RoundTimer(nanos);
        TimerPanel timerPanel = new TimerPanel(timer, texts, this::askRoundLength);
        this.view = new PresentationView(timerPanel, texts, this::leave);
    }

    /** View → Presentation mode (F5), and the toolbar's Present button; disabled while no journey is shown. */
    public Command command() {
        return new Command("presentation", texts.text("command.present"), texts.text("command.present.button"),
                MaterialDesignP.PRESENTATION_PLAY, SHORTCUT, session.journeyIdProperty().isNull(), this::enter);
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** The id of the stage in focus; empty when not presenting or the journey has no stages. */
    public Optional<String> currentStageId() {
        return isActive() ? steps.current().map(org.nineplus.model.Stage::id) : Optional.empty();
    }

    /** The round timer (its length and state live as long as the editor, across presentations). */
    public RoundTimer timer() {
        return timer;
    }

    /** Full screen, the canvas alone, the first stage in focus. Does nothing when already on or no journey shows. */
    public void enter() {
        Scene scene = window.getScene();
        if (isActive() || scene == null || session.journey().isEmpty()
                || !(canvas.node().getParent() instanceof Pane parent)) {
            return;
        }
        Node canvasNode = canvas.node();
        saved = new Saved(scene.getRoot(), parent, parent.getChildren().indexOf(canvasNode), canvas.view(),
                window.isFullScreen(), window.getFullScreenExitHint(), window.getFullScreenExitKeyCombination(),
                scene.getFocusOwner());
        steps = new StageSteps(session.journey().get());
        active.set(true);

        view.hold(canvasNode);
        scene.setRoot(view);
        scene.addEventFilter(KeyEvent.ANY, keys);
        canvasNode.addEventFilter(Event.ANY, swallow);
        canvasNode.layoutBoundsProperty().addListener(resized);
        window.setFullScreenExitHint(texts.text("fullScreenHint"));
        window.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        window.setFullScreen(true);
        view.requestFocus();
        view.timer().show();
        view.applyCss();
        view.layout();
        frameCurrent();
    }

    /** Back to the editor exactly as it was. Does nothing when not presenting. */
    public void leave() {
        if (!isActive()) {
            return;
        }
        active.set(false);
        Saved was = saved;
        saved = null;
        Scene scene = window.getScene();
        Node canvasNode = canvas.node();
        canvasNode.layoutBoundsProperty().removeListener(resized);
        canvasNode.removeEventFilter(Event.ANY, swallow);
        scene.removeEventFilter(KeyEvent.ANY, keys);
        view.timer().hide();
        view.release(canvasNode);
        view.dim(List.of(), List.of());
        was.canvasParent().getChildren().add(Math.min(was.canvasIndex(), was.canvasParent().getChildren().size()),
                canvasNode);
        scene.setRoot(was.root());
        canvas.setView(was.view());
        window.setFullScreen(was.fullScreen());
        window.setFullScreenExitHint(was.exitHint());
        window.setFullScreenExitKeyCombination(was.exitKey());
        if (was.focusOwner() != null && was.focusOwner().getScene() == scene) {
            was.focusOwner().requestFocus();
        } else {
            canvas.focusCanvas();
        }
    }

    /** Every key is the presentation's while it runs (so no shortcut edits the map); these do something. */
    private void key(KeyEvent e) {
        e.consume();
        if (e.getEventType() != KeyEvent.KEY_PRESSED || e.isShortcutDown() || e.isControlDown() || e.isAltDown()
                || e.isMetaDown()) {
            return;
        }
        TimerPanel timerPanel = view.timer();
        switch (e.getCode()) {
            case ESCAPE -> leave();
            case RIGHT, SPACE, PAGE_DOWN -> step(steps.step(1));
            case LEFT, PAGE_UP, BACK_SPACE -> step(steps.step(-1));
            case HOME -> step(steps.first());
            case END -> step(steps.last());
            case UP -> scroll(-1);
            case DOWN -> scroll(1);
            case T -> timerPanel.toggle();
            case PLUS, ADD, EQUALS -> timerPanel.addMinute();
            case R -> timerPanel.reset();
            case L -> askRoundLength();
            default -> {
                // every other key is swallowed: the map is read-only here
            }
        }
    }

    /** The canvas gets no event while presenting (so no drag edits); a click on a stage makes it the current one. */
    private void canvasEvent(Event e) {
        e.consume();
        if (e instanceof MouseEvent m && m.getEventType() == MouseEvent.MOUSE_CLICKED
                && m.getButton() == MouseButton.PRIMARY && m.isStillSincePress()) {
            View now = canvas.view();
            int index = canvas.mapLayout().stageIndexAt(now.originX() + m.getX() / now.zoom());
            if (index >= 0) {
                step(steps.goTo(index));
            }
        }
    }

    private void step(boolean moved) {
        if (moved) {
            frameCurrent();
        }
    }

    private void scroll(int direction) {
        column().ifPresent(column -> {
            canvas.setView(StageFraming.scroll(canvas.view(), column, canvas.node().getLayoutBounds().getHeight(),
                    direction));
            dimOthers();
        });
    }

    private void askRoundLength() {
        if (!isActive()) {
            return;
        }
        RoundLengthDialog.ask(window, stylesheets, texts, timer.roundLength()).ifPresent(length -> {
            timer.setRoundLength(length);
            view.timer().refresh();
        });
    }

    /** Zooms and scrolls the current stage into the middle of the screen, dims the rest, updates the counter. */
    private void frameCurrent() {
        if (!isActive()) {
            return;
        }
        double width = canvas.node().getLayoutBounds().getWidth();
        double height = canvas.node().getLayoutBounds().getHeight();
        Optional<StageColumn> column = column();
        if (column.isPresent() && width > 0 && height > 0) {
            canvas.setView(StageFraming.frame(column.get(), width, height));
        }
        dimOthers();
        view.setCounter(steps.current().map(s -> texts.format("counter", steps.number(), steps.count(), s.name()))
                .orElse(texts.text("counter.none")));
    }

    private void dimOthers() {
        MapLayout layout = canvas.mapLayout();
        String current = steps.current().map(org.nineplus.model.Stage::id).orElse(null);
        View now = canvas.view();
        view.dim(StageFraming.dimmed(layout, current, now), layout.stages().stream().map(StageColumn::stageId)
                .filter(id -> !id.equals(current)).toList());
    }

    private Optional<StageColumn> column() {
        Optional<String> id = steps.current().map(org.nineplus.model.Stage::id);
        return id.flatMap(stageId -> canvas.mapLayout().stages().stream()
                .filter(c -> c.stageId().equals(stageId)).findFirst());
    }

    /** The presentation's screen (for tests). */
    Parent screen() {
        return view;
    }
}
