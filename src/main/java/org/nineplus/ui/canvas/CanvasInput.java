package org.nineplus.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

import org.nineplus.render.CardBox;
import org.nineplus.render.CellHit;
import org.nineplus.render.LaneBand;
import org.nineplus.render.LinkRoute;
import org.nineplus.render.MapLayout;
import org.nineplus.render.PaintState;
import org.nineplus.render.Rect;
import org.nineplus.render.StageColumn;
import org.nineplus.ui.editor.CardClickMode;
import org.nineplus.ui.editor.EditorSession;

/**
 * Routes the mouse: a press decides what is under the pointer (link handle, column edge, card, stage header, emotion
 * point, link, background) and arms the matching {@link Gesture}, which starts once the pointer moves past the drag
 * threshold; a release without movement is a click and commits nothing. Middle-drag or space+drag pans; the wheel
 * scrolls (shift: sideways), Ctrl+wheel and pinch zoom around the pointer.
 */
final class CanvasInput implements MapPainter.Overlays {

    /** Screen pixels the pointer must move before a press becomes a drag. */
    static final double DRAG_THRESHOLD = 4;
    /** How near a column's right edge (screen pixels) the pointer grabs it for resizing. */
    static final double EDGE_GRAB = 5;
    static final double LINK_PICK = 6;

    private final JourneyCanvas canvas;
    private final PointerTargets targets;
    private Gesture pending;
    private Gesture active;
    private Runnable click;
    private boolean panning;
    private boolean spaceDown;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;

    CanvasInput(JourneyCanvas canvas) {
        this.canvas = canvas;
        this.targets = new PointerTargets(canvas);
        MapPane pane = canvas.pane();
        pane.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        pane.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        pane.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        pane.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        pane.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        pane.addEventHandler(MouseEvent.MOUSE_EXITED, e -> canvas.setHoveredCard(null));
        pane.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        pane.addEventHandler(ZoomEvent.ZOOM, e -> {
            canvas.zoomAround(canvas.transform().zoom() * e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
    }

    boolean isDragging() {
        return active != null || panning;
    }

    void setSpaceDown(boolean down) {
        spaceDown = down;
        if (!isDragging()) {
            canvas.pane().setCursor(down ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        }
    }

    /** Esc or a new revision: drop the drag and its preview, commit nothing. Returns whether one was going on. */
    boolean cancelGesture() {
        boolean had = active != null || pending != null;
        if (active != null) {
            active.cancel();
        }
        active = null;
        pending = null;
        click = null;
        if (had) {
            canvas.pane().setCursor(Cursor.DEFAULT);
            canvas.repaint();
        }
        return had;
    }

    PaintState decorate(PaintState state) {
        return active == null ? state : active.decorate(state);
    }

    @Override
    public void paintOver(FxSurface surface, CanvasTransform transform) {
        if (active != null) {
            active.paintOver(surface, transform);
        }
    }

    @Override
    public boolean hasPreview() {
        return active != null;
    }

    @Override
    public Rect previewBounds(MapLayout layout) {
        return active == null ? null : active.previewBounds(layout);
    }

    /** Cards that show their link handle: the hovered one and the selected ones. */
    @Override
    public Iterable<CardBox> handleCards(MapLayout layout) {
        if (active != null || canvas.cardClickModeProperty().get() != null) {
            return List.of();
        }
        List<CardBox> cards = new ArrayList<>();
        String hovered = canvas.hoveredCardId();
        if (hovered != null) {
            layout.card(hovered).ifPresent(cards::add);
        }
        for (String id : canvas.session().selectedCards()) {
            if (!id.equals(hovered)) {
                layout.card(id).ifPresent(cards::add);
            }
        }
        return cards;
    }

    // ---- events

    private void pressed(MouseEvent e) {
        canvas.pane().requestFocus();
        cancelGesture();
        pressX = e.getX();
        pressY = e.getY();
        lastX = e.getX();
        lastY = e.getY();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            panning = true;
            canvas.pane().setCursor(Cursor.CLOSED_HAND);
            e.consume();
            return;
        }
        if (clickMode(e)) {
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        e.consume();
        CanvasTransform t = canvas.transform();
        double mx = t.toMapX(e.getX());
        double my = t.toMapY(e.getY());
        MapLayout l = canvas.layout();
        boolean toggle = e.isShiftDown() || e.isShortcutDown();
        EditorSession s = canvas.session();
        Optional<CardBox> handle = targets.handleAt(l, mx, my);
        if (handle.isPresent()) {
            pending = new LinkGesture(canvas, handle.get());
            return;
        }
        Optional<StageColumn> edge = targets.columnEdgeAt(l, mx, my);
        if (edge.isPresent()) {
            pending = new ColumnResizeGesture(canvas, edge.get());
            return;
        }
        Optional<CardBox> card = l.cardAt(mx, my);
        if (card.isPresent()) {
            pressCard(card.get(), toggle, mx, my);
            return;
        }
        Optional<StageColumn> header = l.stageHeaderAt(mx, my);
        if (header.isPresent()) {
            CanvasSelection.stage(s, header.get().stageId());
            pending = new StageMoveGesture(canvas, header.get(), mx);
            return;
        }
        Optional<LaneBand> laneTitle = l.lanes().stream().filter(b -> b.titleCell().contains(mx, my)).findFirst();
        if (laneTitle.isPresent()) {
            CanvasSelection.lane(s, laneTitle.get().laneId());
            pending = new LaneMoveGesture(canvas, laneTitle.get(), my);
            return;
        }
        Optional<StageColumn> emotionColumn = PointerTargets.emotionColumnAt(l, mx, my);
        if (emotionColumn.isPresent()) {
            pending = new EmotionGesture(canvas, emotionColumn.get().stageId());
            return;
        }
        Optional<LinkRoute> link = l.linkAt(mx, my, t.toMap(LINK_PICK));
        if (link.isPresent()) {
            CanvasSelection.link(s, link.get());
            return;
        }
        Optional<CellHit> cell = l.cellAt(mx, my);
        if (cell.isEmpty() && !toggle) {
            // Outside every cell (the desk round the map, the map's title): a drag pans, a click clears the
            // selection. Shift or Ctrl still starts a rubber band there.
            CanvasSelection.cell(s, null, false);
            panning = true;
            canvas.pane().setCursor(Cursor.CLOSED_HAND);
            e.consume();
            return;
        }
        CanvasSelection.cell(s, cell.orElse(null), toggle);
        pending = new RubberBand(canvas, mx, my, toggle);
    }

    /**
     * While a {@link CardClickMode} owns the mouse, a left or right press on a card goes to it (right or Alt: take
     * back) and nothing is selected, dragged or rubber-banded. Returns whether the mode took the press.
     */
    private boolean clickMode(MouseEvent e) {
        CardClickMode mode = canvas.cardClickModeProperty().get();
        if (mode == null) {
            return false;
        }
        e.consume();
        if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.SECONDARY) {
            CanvasTransform t = canvas.transform();
            canvas.layout().cardAt(t.toMapX(e.getX()), t.toMapY(e.getY())).ifPresent(card -> mode.cardClicked(
                    card.cardId(), e.getButton() == MouseButton.SECONDARY || e.isAltDown()));
        }
        return true;
    }

    private void pressCard(CardBox card, boolean toggle, double mx, double my) {
        EditorSession s = canvas.session();
        Set<String> selected = s.selectedCards();
        String id = card.cardId();
        if (toggle) {
            s.selectedLinkProperty().set(null);
            s.selectedStageProperty().set(card.stageId());
            s.selectedLaneProperty().set(card.laneId());
            if (!selected.remove(id)) {
                selected.add(id);
            }
            if (!selected.contains(id)) {
                return;
            }
        } else {
            if (selected.contains(id)) {
                // A click on one of several selected cards selects it alone; a drag moves them all.
                click = () -> selected.retainAll(Set.of(id));
            }
            CanvasSelection.card(s, card);
        }
        pending = new CardDragGesture(canvas, canvas.selectedInJourneyOrder(), mx, my);
    }

    private void dragged(MouseEvent e) {
        if (panning) {
            canvas.panBy(e.getX() - lastX, e.getY() - lastY);
        } else {
            if (active == null && pending != null
                    && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) {
                active = pending;
                pending = null;
                click = null;
            }
            if (active != null) {
                CanvasTransform t = canvas.transform();
                active.drag(t.toMapX(e.getX()), t.toMapY(e.getY()));
                canvas.pane().setCursor(active.cursor());
                canvas.repaint();
            }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (panning) {
            panning = false;
            canvas.pane().setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
            e.consume();
            return;
        }
        Gesture done = active;
        Runnable clicked = click;
        active = null;
        pending = null;
        click = null;
        CanvasTransform t = canvas.transform();
        if (done != null) {
            done.release(t.toMapX(e.getX()), t.toMapY(e.getY()));
        } else if (clicked != null) {
            clicked.run();
        }
        canvas.repaint();
        moved(e);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress()
                || canvas.cardClickModeProperty().get() != null) {
            return;
        }
        CanvasTransform t = canvas.transform();
        double mx = t.toMapX(e.getX());
        double my = t.toMapY(e.getY());
        MapLayout l = canvas.layout();
        Optional<CardBox> card = l.cardAt(mx, my);
        if (card.isPresent()) {
            canvas.editTitle(card.get().cardId());
        } else {
            l.stageHeaderAt(mx, my).ifPresent(stage -> canvas.renameStage(stage.stageId()));
        }
        e.consume();
    }

    private void moved(MouseEvent e) {
        if (!isDragging()) {
            targets.hover(e.getX(), e.getY(), spaceDown);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            double factor = Math.pow(1.1, e.getDeltaY() / 40);
            canvas.zoomAround(canvas.transform().zoom() * factor, e.getX(), e.getY());
        } else {
            double dx = e.getDeltaX();
            double dy = e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
                dx = dy;
                dy = 0;
            }
            canvas.panBy(dx, dy);
        }
        e.consume();
    }
}
