package org.nineplus.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nineplus.model.Card;
import org.nineplus.model.CardStatus;
import org.nineplus.model.Journey;
import org.nineplus.model.Link;

/** Commands on the cards of one journey. */
public final class CardCommands {

    private CardCommands() {
    }

    /** Adds a card at position {@code index} of its cell. */
    public static Command add(String journeyId, Card card, int index) {
        return Command.of(Cells.TEXTS.get("card.add", Cells.quoted(card.title())), w -> Cells.editJourney(w, journeyId,
                j -> j.withCards(Cells.insert(j.cards(), List.of(card), card.stage(), card.lane(), index))));
    }

    /** Replaces the card with the same id (an inspector or in-place edit). */
    public static Command update(String journeyId, Card changed, String what) {
        return Command.of(Cells.TEXTS.get("card.update", what, Cells.quoted(changed.title())), w -> Cells.editJourney(w, journeyId,
                j -> j.withCards(j.cards().stream().map(c -> c.id().equals(changed.id()) ? changed : c).toList())));
    }

    /**
     * Makes a card an EXISTING element or an IDEA. An idea has no score and an existing element improves nothing, so
     * those fields are cleared; ideas that improved a card that stops being EXISTING improve nothing from then on.
     */
    public static Command changeStatus(String journeyId, String cardId, CardStatus status) {
        return Command.of(Cells.TEXTS.get("card.changeStatus"), w -> Cells.editJourney(w, journeyId, j -> {
            Card card = j.card(cardId).orElseThrow(() -> new IllegalArgumentException("no card " + cardId));
            if (card.status() == status) {
                return j;
            }
            Card changed = status == CardStatus.IDEA ? card.withStatus(status).withScore(null)
                    : card.withStatus(status).withImproves(null);
            return j.withCards(dropBrokenImproves(j.cards().stream().map(c -> c == card ? changed : c).toList()));
        }));
    }

    /** Moves cards, in their current order, to position {@code index} of a cell. */
    public static Command move(String journeyId, List<String> cardIds, String stage, String lane, int index) {
        return Command.of(Cells.TEXTS.get("card.move", cardIds.size()), w -> Cells.editJourney(w, journeyId, j -> {
            Set<String> ids = Set.copyOf(cardIds);
            List<Card> moving = j.cards().stream().filter(c -> ids.contains(c.id()))
                    .map(c -> c.withCell(stage, lane)).toList();
            if (moving.isEmpty()) {
                return j;
            }
            List<Card> others = j.cards().stream().filter(c -> !ids.contains(c.id())).toList();
            // An idea that leaves the cell of the card it improves no longer improves it.
            List<Card> placed = Cells.insert(others, moving, stage, lane, index);
            return j.withCards(dropBrokenImproves(placed));
        }));
    }

    /** Deletes cards with their links; ideas that improved a deleted card keep existing but improve nothing. */
    public static Command delete(String journeyId, List<String> cardIds) {
        return Command.of(Cells.TEXTS.get("card.delete", cardIds.size()), w -> Cells.editJourney(w, journeyId,
                j -> without(j, Set.copyOf(cardIds))));
    }

    /**
     * Pastes copies of cards (from any journey or workshop) into one cell with fresh ids; links among the pasted
     * cards come along, and an idea keeps its {@code improves} only when its target is pasted too.
     */
    public static Command paste(String journeyId, List<Card> cards, List<Link> links, String stage, String lane) {
        return Command.of(Cells.TEXTS.get("card.paste", cards.size()), w -> Cells.editJourney(w, journeyId, j -> {
            Ids ids = new Ids(j);
            Map<String, String> renamed = new HashMap<>();
            cards.forEach(c -> renamed.put(c.id(), ids.next("c")));
            List<Card> copies = cards.stream().map(c -> c.withId(renamed.get(c.id())).withCell(stage, lane)
                    .withImproves(c.improves() == null ? null : renamed.get(c.improves()))).toList();
            List<Link> copiedLinks = links.stream()
                    .filter(l -> renamed.containsKey(l.from()) && renamed.containsKey(l.to()))
                    .map(l -> new Link(renamed.get(l.from()), renamed.get(l.to()))).toList();
            List<Link> allLinks = new ArrayList<>(j.links());
            allLinks.addAll(copiedLinks);
            return j.withCards(dropBrokenImproves(Cells.insert(j.cards(), copies, stage, lane, Integer.MAX_VALUE)))
                    .withLinks(allLinks);
        }));
    }

    /** Duplicates cards next to themselves (Ctrl+D). */
    public static Command duplicate(String journeyId, List<String> cardIds) {
        return Command.of(Cells.TEXTS.get("card.duplicate", cardIds.size()), w -> Cells.editJourney(w, journeyId, j -> {
            Ids ids = new Ids(j);
            Set<String> wanted = Set.copyOf(cardIds);
            List<Card> result = new ArrayList<>();
            for (Card card : j.cards()) {
                result.add(card);
                if (wanted.contains(card.id())) {
                    result.add(card.withId(ids.next("c")).withVotes(Map.of()));
                }
            }
            return j.withCards(result);
        }));
    }

    static Journey without(Journey journey, Set<String> ids) {
        List<Card> kept = journey.cards().stream().filter(c -> !ids.contains(c.id())).toList();
        List<Link> links = journey.links().stream()
                .filter(l -> !ids.contains(l.from()) && !ids.contains(l.to())).toList();
        return journey.withCards(dropBrokenImproves(kept)).withLinks(links);
    }

    /** Clears {@code improves} where it no longer names an existing card in the idea's own cell. */
    static List<Card> dropBrokenImproves(List<Card> cards) {
        Map<String, Card> byId = new HashMap<>();
        cards.forEach(c -> byId.put(c.id(), c));
        return cards.stream().map(c -> {
            if (c.improves() == null) {
                return c;
            }
            Card target = byId.get(c.improves());
            boolean fine = target != null && target.isExisting() && target.stage().equals(c.stage())
                    && target.lane().equals(c.lane());
            return fine ? c : c.withImproves(null);
        }).toList();
    }
}
