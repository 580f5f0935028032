package org.nineplus.ui.canvas;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.nineplus.ui.editor.EditorSession;

/**
 * Keys while the canvas has focus: Ctrl+'+'/'=' and Ctrl+'-' zoom, Ctrl+0 is 100 %, Ctrl+Shift+F fits the map;
 * arrows move the selected cards one cell (or pan when nothing is selected); Esc cancels a drag, else clears the
 * selection; holding space makes a left drag pan. Delete, copy and paste are the window's: they are left alone so its accelerators see them.
 */
final class CanvasKeys {

    static final double ARROW_PAN = 60;

    private final JourneyCanvas canvas;

    CanvasKeys(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    void install(MapPane pane) {
        pane.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() == pane && pressed(e.getCode(), e.isShortcutDown(), e.isShiftDown())) {
                e.consume();
            }
        });
        pane.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                canvas.input().setSpaceDown(false);
            }
        });
        pane.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                canvas.input().setSpaceDown(false);
            }
        });
    }

    /** Handles one key; returns whether it was the canvas's. */
    boolean pressed(KeyCode code, boolean shortcut, boolean shift) {
        if (shortcut) {
            switch (code) {
                case PLUS, ADD, EQUALS -> canvas.zoomIn();
                case MINUS, SUBTRACT -> canvas.zoomOut();
                case DIGIT0, NUMPAD0 -> canvas.zoomToActualSize();
                case F -> {
                    if (!shift) {
                        return false;
                    }
                    canvas.zoomToFit();
                }
                default -> {
                    return false;
                }
            }
            return true;
        }
        return switch (code) {
            case SPACE -> {
                canvas.input().setSpaceDown(true);
                yield true;
            }
            case ESCAPE -> canvas.input().cancelGesture() || clearSelection();
            case CONTEXT_MENU -> canvas.contextMenuFromKeyboard();
            case F10 -> shift && canvas.contextMenuFromKeyboard();
            case LEFT -> arrow(-1, 0);
            case RIGHT -> arrow(1, 0);
            case UP -> arrow(0, -1);
            case DOWN -> arrow(0, 1);
            default -> false;
        };
    }

    /** Esc with no gesture under way: nothing selected any more (the inspector shows the journey). */
    private boolean clearSelection() {
        EditorSession s = canvas.session();
        boolean had = !s.selectedCards().isEmpty() || s.selectedLinkProperty().get() != null
                || s.selectedStageProperty().get() != null || s.selectedLaneProperty().get() != null;
        s.selectedCards().clear();
        s.selectedLinkProperty().set(null);
        s.selectedStageProperty().set(null);
        s.selectedLaneProperty().set(null);
        return had;
    }

    private boolean arrow(int stageStep, int laneStep) {
        if (canvas.input().isDragging()) {
            return true;
        }
        if (canvas.session().selectedCards().isEmpty()) {
            canvas.panBy(-stageStep * ARROW_PAN, -laneStep * ARROW_PAN);
            return true;
        }
        canvas.journey().flatMap(j -> CardNudge.nudge(j, canvas.session().selectedCards(), stageStep, laneStep))
                .ifPresent(canvas.session()::execute);
        return true;
    }
}
