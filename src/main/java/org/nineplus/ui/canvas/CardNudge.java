package org.nineplus.ui.canvas;

import org.nineplus.model.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nineplus.edit.CardCommands;
import org.nineplus.edit.Command;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Stage;

/**
 * The arrow keys: every selected card moves one cell left, right, up or down, to the end of its new cell, as one
 * command. The emotion lane is skipped (it takes no cards); at the edge of the map nothing moves.
 */
final class CardNudge {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.canvas.messages");

    private CardNudge() {
    }

    static Optional<Command> nudge(Journey journey, Set<String> selected, int stageStep, int laneStep) {
        List<String> stages = journey.stages().stream().map(Stage::id).toList();
        List<String> lanes = journey.lanes().stream().filter(l -> l.kind() != LaneKind.EMOTION).map(Lane::id)
                .toList();
        Map<List<String>, List<String>> byCell = new LinkedHashMap<>();
        for (Card card : journey.cards()) {
            if (selected.contains(card.id())) {
                byCell.computeIfAbsent(List.of(card.stage(), card.lane()), k -> new ArrayList<>()).add(card.id());
            }
        }
        if (byCell.isEmpty()) {
            return Optional.empty();
        }
        List<Command> moves = new ArrayList<>();
        int count = 0;
        for (Map.Entry<List<String>, List<String>> cell : byCell.entrySet()) {
            int s = stages.indexOf(cell.getKey().get(0)) + stageStep;
            int l = lanes.indexOf(cell.getKey().get(1)) + laneStep;
            if (s < 0 || s >= stages.size() || l < 0 || l >= lanes.size()) {
                return Optional.empty();
            }
            moves.add(CardCommands.move(journey.id(), cell.getValue(), stages.get(s), lanes.get(l),
                    Integer.MAX_VALUE));
            count += cell.getValue().size();
        }
        return Optional.of(moves.size() == 1 ? moves.get(0)
                : Command.compound(TEXTS.get("nudge", count), moves));
    }
}
