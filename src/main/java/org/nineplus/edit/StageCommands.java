package org.nineplus.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.nineplus.model.Card;
import org.nineplus.model.Stage;

/** Commands on the stages (columns) of one journey. */
public final class StageCommands {

    private StageCommands() {
    }

    public static Command add(String journeyId, Stage stage, int index) {
        return Command.of(Cells.TEXTS.get("stage.add", Cells.quoted(stage.name())), w -> Cells.editJourney(w, journeyId, j -> {
            List<Stage> stages = new ArrayList<>(j.stages());
            stages.add(Math.max(0, Math.min(index, stages.size())), stage);
            return j.withStages(stages);
        }));
    }

    /** Replaces the stage with the same id: a rename, moment of truth, SAVE/SPEND, golden rules or emotion. */
    public static Command update(String journeyId, Stage changed, String what) {
        return Command.of(Cells.TEXTS.get("stage.update", what, Cells.quoted(changed.name())), w -> Cells.editJourney(w, journeyId,
                j -> j.withStages(j.stages().stream().map(s -> s.id().equals(changed.id()) ? changed : s).toList())));
    }

    /** Deletes a stage with every card in it and those cards' links. */
    public static Command delete(String journeyId, String stageId) {
        return Command.of(Cells.TEXTS.get("stage.delete"), w -> Cells.editJourney(w, journeyId, j -> {
            Set<String> cards = j.cards().stream().filter(c -> c.stage().equals(stageId)).map(Card::id)
                    .collect(Collectors.toSet());
            return CardCommands.without(j, cards)
                    .withStages(j.stages().stream().filter(s -> !s.id().equals(stageId)).toList());
        }));
    }

    /** Moves a stage to a new position, counted in the list without it. */
    public static Command move(String journeyId, String stageId, int index) {
        return Command.of(Cells.TEXTS.get("stage.move"), w -> Cells.editJourney(w, journeyId,
                j -> j.withStages(Reorder.move(j.stages(), s -> s.id().equals(stageId), index))));
    }
}
