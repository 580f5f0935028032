package org.nineplus.edit;

import org.nineplus.model.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;

/** List arithmetic shared by the commands: cards keep their order in one list, a cell is a filter of it. */
final class Cells {

    static final Texts TEXTS = Texts.of("org.nineplus.edit.messages");

    private Cells() {
    }

    static Workshop editJourney(Workshop workshop, String journeyId, UnaryOperator<Journey> change) {
        Journey journey = workshop.journey(journeyId)
                .orElseThrow(() -> new IllegalArgumentException("no journey " + journeyId));
        return workshop.withJourney(change.apply(journey));
    }

    static List<Card> inCell(List<Card> cards, String stage, String lane) {
        return cards.stream().filter(c -> c.stage().equals(stage) && c.lane().equals(lane)).toList();
    }

    /**
     * Places {@code moving} (already carrying their new cell) into {@code others} so that they sit at position
     * {@code index} among the cards of their cell; an index past the end appends to the cell.
     */
    static List<Card> insert(List<Card> others, List<Card> moving, String stage, String lane, int index) {
        List<Card> result = new ArrayList<>(others);
        List<Card> cell = inCell(others, stage, lane);
        int at;
        if (index < cell.size()) {
            at = result.indexOf(cell.get(Math.max(0, index)));
        } else if (!cell.isEmpty()) {
            at = result.indexOf(cell.get(cell.size() - 1)) + 1;
        } else {
            at = result.size();
        }
        result.addAll(at, moving);
        return result;
    }

    static Set<String> ids(List<Card> cards) {
        return cards.stream().map(Card::id).collect(Collectors.toSet());
    }

    static String quoted(String title) {
        String shown = title.length() > 40 ? title.substring(0, 39) + "…" : title;
        return "'" + shown + "'";
    }
}
