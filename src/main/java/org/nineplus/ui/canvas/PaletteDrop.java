package org.nineplus.ui.canvas;

import org.nineplus.model.Texts;
import java.util.List;
import java.util.Optional;

import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import org.nineplus.edit.CardCommands;
import org.nineplus.edit.Ids;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.render.CellBox;
import org.nineplus.render.CellHit;
import org.nineplus.ui.editor.PaletteItem;

/**
 * Drops from the palette: while a palette item is dragged over a cell the cell and the insertion line are
 * highlighted; a drop adds a card of that kind there (one command), selects it and opens its title for editing.
 */
final class PaletteDrop {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.canvas.messages");

    private final JourneyCanvas canvas;

    PaletteDrop(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    void install(MapPane pane) {
        pane.addEventHandler(DragEvent.DRAG_OVER, e -> {
            Optional<CellHit> hit = item(e.getDragboard()).flatMap(i -> cellAt(e.getX(), e.getY()));
            if (hit.isPresent()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            canvas.setDropPreview(hit.orElse(null));
            e.consume();
        });
        pane.addEventHandler(DragEvent.DRAG_EXITED, e -> canvas.setDropPreview(null));
        pane.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<PaletteItem> item = item(e.getDragboard());
            boolean done = item.isPresent() && drop(item.get(), e.getX(), e.getY());
            canvas.setDropPreview(null);
            e.setDropCompleted(done);
            e.consume();
        });
    }

    static Optional<PaletteItem> item(Dragboard board) {
        if (!board.hasContent(PaletteItem.DATA_FORMAT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PaletteItem.valueOf(String.valueOf(board.getContent(PaletteItem.DATA_FORMAT))));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private Optional<CellHit> cellAt(double x, double y) {
        CanvasTransform t = canvas.transform();
        return canvas.layout().cellAt(t.toMapX(x), t.toMapY(y));
    }

    /** Adds a card of the item's kind in the cell at the view point (x, y); false outside the cells. */
    boolean drop(PaletteItem item, double x, double y) {
        Optional<CellHit> hit = cellAt(x, y);
        return hit.isPresent() && add(item, hit.get());
    }

    /**
     * Adds a card of the item's kind to a cell that takes cards: at {@code spot} (where a context menu was asked),
     * else after the cell's one selected card, else at its end. False when the cell takes no cards.
     */
    boolean addToCell(PaletteItem item, String stageId, String laneId, Optional<CellHit> spot) {
        if (canvas.layout().cell(stageId, laneId).filter(CellBox::acceptsCards).isEmpty()) {
            return false;
        }
        CellHit hit = spot.orElseGet(() -> {
            List<String> inCell = canvas.journey().map(j -> j.cards().stream()
                    .filter(c -> c.stage().equals(stageId) && c.lane().equals(laneId)).map(Card::id).toList())
                    .orElse(List.of());
            int at = canvas.session().singleSelectedCard().filter(inCell::contains)
                    .map(id -> inCell.indexOf(id) + 1).orElse(inCell.size());
            return new CellHit(stageId, laneId, at);
        });
        return add(item, hit);
    }

    /** Adds a card of the item's kind at a cell's insertion index, selects it and opens its title. */
    boolean add(PaletteItem item, CellHit hit) {
        Optional<Journey> journey = canvas.journey();
        if (journey.isEmpty()) {
            return false;
        }
        Card card = newCard(item, new Ids(journey.get()).next("c"), hit);
        if (!canvas.session().execute(CardCommands.add(journey.get().id(), card, hit.insertionIndex()))) {
            return false;
        }
        canvas.session().selectedCards().clear();
        canvas.session().selectedCards().add(card.id());
        canvas.editTitle(card.id());
        return true;
    }

    static Card newCard(PaletteItem item, String id, CellHit hit) {
        return switch (item) {
            case EXISTING -> Card.existing(id, hit.stageId(), hit.laneId(), TEXTS.get("new.EXISTING"), null);
            case IDEA -> Card.idea(id, hit.stageId(), hit.laneId(), TEXTS.get("new.IDEA"));
            case NOTE -> Card.existing(id, hit.stageId(), hit.laneId(), TEXTS.get("new.NOTE"), null);
        };
    }
}
