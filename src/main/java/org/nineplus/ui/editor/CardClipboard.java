package org.nineplus.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.nineplus.edit.CardCommands;
import org.nineplus.edit.Command;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Link;

/**
 * Copied cards and the links among them, shared by every editor of the application so that a paste works in
 * another journey or another workshop. In-process only: cards are immutable values, so nothing is serialised.
 * FX thread only.
 */
public final class CardClipboard {

    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private List<Card> cards = List.of();
    private List<Link> links = List.of();

    /** Keeps copies of the given cards of {@code journey}, in journey order, and the links between them. */
    public void copy(Journey journey, Collection<String> cardIds) {
        Set<String> ids = Set.copyOf(cardIds);
        List<Card> copied = journey.cards().stream().filter(c -> ids.contains(c.id())).toList();
        if (copied.isEmpty()) {
            return;
        }
        cards = copied;
        links = journey.links().stream().filter(l -> ids.contains(l.from()) && ids.contains(l.to())).toList();
        empty.set(false);
    }

    /** The command that pastes the clipboard into one cell; empty clipboard: null. */
    public Command pasteInto(String journeyId, String stage, String lane) {
        return cards.isEmpty() ? null : CardCommands.paste(journeyId, cards, links, stage, lane);
    }

    public List<Card> cards() {
        return cards;
    }

    public List<Link> links() {
        return links;
    }

    public boolean isEmpty() {
        return empty.get();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
