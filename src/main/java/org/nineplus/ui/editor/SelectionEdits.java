package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

import org.nineplus.edit.CardCommands;
import org.nineplus.edit.Command;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Stage;

/** Cut, copy, paste, duplicate and delete of the session's selection; no window needed. FX thread only. */
public final class SelectionEdits {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    /** A cell of the journey on screen. */
    public record Cell(String stage, String lane) {
    }

    private final EditorSession session;
    private final CardClipboard clipboard;
    private final Supplier<Optional<SelectionActions>> canvas;
    private final BooleanBinding hasCards;
    private final BooleanBinding canDelete;
    private final BooleanBinding canPaste;

    /** @param canvas the canvas's own delete, when the canvas offers one */
    public SelectionEdits(EditorSession session, CardClipboard clipboard,
                          Supplier<Optional<SelectionActions>> canvas) {
        this.session = Objects.requireNonNull(session, "session");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        hasCards = Bindings.isNotEmpty(session.selectedCards());
        canDelete = hasCards.or(session.selectedLinkProperty().isNotNull());
        canPaste = Bindings.createBooleanBinding(() -> !clipboard.isEmpty() && pasteTarget().isPresent(),
                clipboard.emptyProperty(), session.workshopProperty(), session.journeyIdProperty(),
                session.selectedStageProperty(), session.selectedLaneProperty(), session.selectedCards());
    }

    /** Selects every card of the journey on screen (and no link); no undo step. */
    public void selectAll() {
        session.journey().ifPresent(j -> {
            session.selectedLinkProperty().set(null);
            session.selectedCards().retainAll(j.cards().stream().map(c -> c.id()).toList());
            j.cards().forEach(c -> session.selectedCards().add(c.id()));
        });
    }

    public void copy() {
        session.journey().ifPresent(j -> clipboard.copy(j, selected()));
    }

    public void cut() {
        if (session.selectedCards().isEmpty()) {
            return;
        }
        copy();
        session.execute(rename(CardCommands.delete(journeyId(), selected()),
                TEXTS.get("selection.cut", session.selectedCards().size())));
    }

    /** Pastes into the selected cell, else the cell of the first selected card, else the first cell. */
    public void paste() {
        pasteTarget().ifPresent(cell -> {
            Command paste = clipboard.pasteInto(journeyId(), cell.stage(), cell.lane());
            if (paste != null) {
                session.execute(paste);
            }
        });
    }

    public void duplicate() {
        if (!session.selectedCards().isEmpty()) {
            session.execute(CardCommands.duplicate(journeyId(), selected()));
        }
    }

    /** The canvas deletes its selection (cards or link) when it can; otherwise the selected cards go. */
    public void delete() {
        Optional<SelectionActions> actions = canvas.get();
        if (actions.isPresent()) {
            actions.get().deleteSelection();
        } else if (!session.selectedCards().isEmpty()) {
            session.execute(CardCommands.delete(journeyId(), selected()));
        }
    }

    /** Where a paste would go, if the journey has any cell that holds cards. */
    public Optional<Cell> pasteTarget() {
        Optional<Journey> shown = session.journey();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Journey journey = shown.get();
        String stage = session.selectedStageProperty().get();
        String lane = session.selectedLaneProperty().get();
        if (journey.stage(stage).isPresent() && journey.lane(lane).filter(SelectionEdits::holdsCards).isPresent()) {
            return Optional.of(new Cell(stage, lane));
        }
        Optional<Card> first = journey.cards().stream().filter(c -> session.selectedCards().contains(c.id()))
                .findFirst();
        if (first.isPresent()) {
            return Optional.of(new Cell(first.get().stage(), first.get().lane()));
        }
        Optional<String> someStage = journey.stage(stage).or(() -> journey.stages().stream().findFirst())
                .map(Stage::id);
        Optional<String> someLane = journey.lane(lane).filter(SelectionEdits::holdsCards)
                .or(() -> journey.lanes().stream().filter(l -> l.kind() == LaneKind.CORE).findFirst())
                .map(Lane::id);
        return someStage.flatMap(s -> someLane.map(l -> new Cell(s, l)));
    }

    private static boolean holdsCards(Lane lane) {
        return lane.kind() != LaneKind.EMOTION;
    }

    private List<String> selected() {
        return session.journey().map(j -> j.cards().stream().map(Card::id)
                .filter(session.selectedCards()::contains).toList()).orElse(List.of());
    }

    private String journeyId() {
        return session.journeyIdProperty().get();
    }

    private static Command rename(Command command, String description) {
        return Command.of(description, command::apply);
    }

    public BooleanBinding hasCardsProperty() {
        return hasCards;
    }

    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }

    public BooleanBinding canPasteProperty() {
        return canPaste;
    }
}
