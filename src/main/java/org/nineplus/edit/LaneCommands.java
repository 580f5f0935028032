package org.nineplus.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.nineplus.model.Card;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;

/** Commands on the lanes (rows) of one journey. The four pyramid lanes can be renamed and moved, not deleted. */
public final class LaneCommands {

    private LaneCommands() {
    }

    public static Command add(String journeyId, Lane lane, int index) {
        return Command.of(Cells.TEXTS.get("lane.add", Cells.quoted(lane.name())), w -> Cells.editJourney(w, journeyId, j -> {
            boolean pyramidTaken = LaneKind.PYRAMID.contains(lane.kind())
                    && j.lanes().stream().anyMatch(l -> l.kind() == lane.kind());
            boolean emotionTaken = lane.kind() == LaneKind.EMOTION
                    && j.lanes().stream().anyMatch(l -> l.kind() == LaneKind.EMOTION);
            if (pyramidTaken || emotionTaken) {
                throw new IllegalArgumentException("the journey already has a " + lane.kind() + " lane");
            }
            List<Lane> lanes = new ArrayList<>(j.lanes());
            lanes.add(Math.max(0, Math.min(index, lanes.size())), lane);
            return j.withLanes(lanes);
        }));
    }

    public static Command rename(String journeyId, String laneId, String name) {
        return Command.of(Cells.TEXTS.get("lane.rename", Cells.quoted(name)), w -> Cells.editJourney(w, journeyId,
                j -> j.withLanes(j.lanes().stream().map(l -> l.id().equals(laneId) ? l.withName(name) : l).toList())));
    }

    /** Deletes a NOTES or EMOTION lane with its cards and their links. */
    public static Command delete(String journeyId, String laneId) {
        return Command.of(Cells.TEXTS.get("lane.delete"), w -> Cells.editJourney(w, journeyId, j -> {
            Lane lane = j.lane(laneId).orElseThrow(() -> new IllegalArgumentException("no lane " + laneId));
            if (LaneKind.PYRAMID.contains(lane.kind())) {
                throw new IllegalArgumentException("the pyramid lane '" + lane.name() + "' cannot be deleted");
            }
            Set<String> cards = j.cards().stream().filter(c -> c.lane().equals(laneId)).map(Card::id)
                    .collect(Collectors.toSet());
            return CardCommands.without(j, cards)
                    .withLanes(j.lanes().stream().filter(l -> !l.id().equals(laneId)).toList());
        }));
    }

    public static Command move(String journeyId, String laneId, int index) {
        return Command.of(Cells.TEXTS.get("lane.move"), w -> Cells.editJourney(w, journeyId,
                j -> j.withLanes(Reorder.move(j.lanes(), l -> l.id().equals(laneId), index))));
    }
}
