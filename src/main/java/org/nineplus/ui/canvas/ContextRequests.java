package org.nineplus.ui.canvas;

import java.util.Optional;

import javafx.geometry.Point2D;
import javafx.scene.input.ContextMenuEvent;

import org.nineplus.render.CardBox;
import org.nineplus.render.CellHit;
import org.nineplus.render.LaneBand;
import org.nineplus.render.LinkRoute;
import org.nineplus.render.MapLayout;
import org.nineplus.render.StageColumn;
import org.nineplus.ui.editor.CanvasView.ContextMenuRequest;
import org.nineplus.ui.editor.CanvasView.ContextTarget;
import org.nineplus.ui.editor.EditorSession;

/**
 * A context menu asked for on the canvas: with the mouse, what is under the pointer is selected first (as a left
 * press would, without starting a drag) and the menu opens there; from the keyboard (the menu key, Shift+F10) the
 * menu is for what is selected and opens at the first selected card, else in the middle of the view. The editor
 * builds the menu ({@link ContextMenuRequest}).
 */
final class ContextRequests {

    private final JourneyCanvas canvas;
    private ContextMenuRequest request;
    /** The cell spot the last context menu was asked on (where "Add … here" puts a card), or null. */
    private CellHit lastCell;

    ContextRequests(JourneyCanvas canvas) {
        this.canvas = canvas;
        canvas.pane().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
    }

    void setRequest(ContextMenuRequest request) {
        this.request = request;
    }

    /** Whether a context menu may open now: someone shows it, no voting round owns the clicks, no drag is on. */
    private boolean allowed() {
        return request != null && canvas.cardClickModeProperty().get() == null && !canvas.input().isDragging()
                && canvas.journey().isPresent();
    }

    /**
     * The menu key or Shift+F10 on the canvas (not every platform turns them into a context-menu request): the menu
     * for what is selected. Returns whether it opened.
     */
    boolean fromKeyboard() {
        if (!allowed()) {
            return false;
        }
        fromSelection();
        return true;
    }

    private void requested(ContextMenuEvent e) {
        if (!allowed()) {
            return;
        }
        e.consume();
        canvas.pane().requestFocus();
        if (e.isKeyboardTrigger()) {
            fromSelection();
            return;
        }
        CanvasTransform t = canvas.transform();
        ContextTarget target = select(t.toMapX(e.getX()), t.toMapY(e.getY()));
        canvas.repaint();
        request.show(target, e.getScreenX(), e.getScreenY());
    }

    /** Selects what is at a map point as a context menu's target. */
    ContextTarget select(double mx, double my) {
        lastCell = null;
        MapLayout l = canvas.layout();
        EditorSession s = canvas.session();
        Optional<CardBox> card = l.cardAt(mx, my);
        if (card.isPresent()) {
            CanvasSelection.card(s, card.get());
            return ContextTarget.CARD;
        }
        Optional<StageColumn> header = l.stageHeaderAt(mx, my);
        if (header.isPresent()) {
            CanvasSelection.stage(s, header.get().stageId());
            return ContextTarget.STAGE;
        }
        Optional<LaneBand> laneTitle = l.lanes().stream().filter(b -> b.titleCell().contains(mx, my)).findFirst();
        if (laneTitle.isPresent()) {
            CanvasSelection.lane(s, laneTitle.get().laneId());
            return ContextTarget.LANE;
        }
        Optional<LinkRoute> link = l.linkAt(mx, my, canvas.transform().toMap(CanvasInput.LINK_PICK));
        if (link.isPresent()) {
            CanvasSelection.link(s, link.get());
            return ContextTarget.LINK;
        }
        return l.cellAt(mx, my).map(hit -> {
            CanvasSelection.cell(s, hit, false);
            lastCell = hit;
            return ContextTarget.CELL;
        }).orElse(ContextTarget.BACKGROUND);
    }

    /** The menu for what is selected, at the first selected card in view or the middle of the view. */
    private void fromSelection() {
        lastCell = null;
        EditorSession s = canvas.session();
        ContextTarget target;
        double x = canvas.pane().getWidth() / 2;
        double y = canvas.pane().getHeight() / 2;
        if (!s.selectedCards().isEmpty()) {
            target = ContextTarget.CARD;
            Optional<CardBox> first = canvas.selectedInJourneyOrder().stream().findFirst()
                    .flatMap(id -> canvas.layout().card(id));
            if (first.isPresent()) {
                CanvasTransform t = canvas.transform();
                x = clamp(t.toScreenX(first.get().rect().centerX()), canvas.pane().getWidth());
                y = clamp(t.toScreenY(first.get().rect().centerY()), canvas.pane().getHeight());
            }
        } else if (s.selectedLinkProperty().get() != null) {
            target = ContextTarget.LINK;
        } else if (s.selectedStageProperty().get() != null && s.selectedLaneProperty().get() != null) {
            target = ContextTarget.CELL;
        } else if (s.selectedStageProperty().get() != null) {
            target = ContextTarget.STAGE;
        } else if (s.selectedLaneProperty().get() != null) {
            target = ContextTarget.LANE;
        } else {
            target = ContextTarget.BACKGROUND;
        }
        Point2D onScreen = canvas.pane().localToScreen(x, y);
        if (onScreen != null) {
            request.show(target, onScreen.getX(), onScreen.getY());
        }
    }

    /** Where the last context menu was asked in this cell, if it was. */
    Optional<CellHit> lastCellIn(String stageId, String laneId) {
        return Optional.ofNullable(lastCell)
                .filter(hit -> hit.stageId().equals(stageId) && hit.laneId().equals(laneId));
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }
}
