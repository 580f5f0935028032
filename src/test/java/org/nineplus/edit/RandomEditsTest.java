package org.nineplus.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Link;
import org.nineplus.model.Stage;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;
import org.nineplus.testing.TestWorkshops;

/**
 * Hundreds of random edits: every state stays valid, undoing all of them gives back the starting workshop and
 * redoing all of them gives back the final one.
 */
class RandomEditsTest {

    private static final int EDITS = 400;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void undoAllGivesTheStartAndRedoAllGivesTheEnd(long seed) {
        Random random = new Random(seed);
        Workshop start = TestWorkshops.large(8, 8, 150, seed);
        History history = new History(start, EDITS + 10);
        int executed = 0;
        for (int i = 0; i < EDITS; i++) {
            Command command = randomCommand(random, history.current().journeys().get(0));
            if (history.execute(command)) {
                executed++;
            }
            assertThat(WorkshopRules.check(history.current())).as("after %s", command.description()).isEmpty();
        }
        Workshop end = history.current();
        assertThat(executed).as("most random edits change something").isGreaterThan(EDITS / 2);

        int undone = 0;
        while (history.canUndo()) {
            history.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(executed);
        assertThat(history.current()).isEqualTo(start);

        while (history.canRedo()) {
            history.redo();
        }
        assertThat(history.current()).isEqualTo(end);
    }

    private static Command randomCommand(Random random, Journey j) {
        String jid = j.id();
        List<Card> cards = j.cards();
        List<Stage> stages = j.stages();
        List<Lane> cardLanes = j.lanes().stream().filter(l -> l.kind() != LaneKind.EMOTION).toList();
        Ids ids = new Ids(j);
        switch (random.nextInt(14)) {
            case 0:
                if (!stages.isEmpty()) {
                    Card card = random.nextBoolean()
                            ? Card.existing(ids.next("r"), pick(random, stages).id(), pick(random, cardLanes).id(),
                                    "Random " + random.nextInt(1000), 1.0 + random.nextInt(10))
                            : Card.idea(ids.next("r"), pick(random, stages).id(), pick(random, cardLanes).id(),
                                    "Idea " + random.nextInt(1000)).withCost(100.0 * random.nextInt(50));
                    return CardCommands.add(jid, card, random.nextInt(4));
                }
                break;
            case 1:
            case 2:
                if (!cards.isEmpty() && !stages.isEmpty()) {
                    return CardCommands.move(jid, someCardIds(random, cards), pick(random, stages).id(),
                            pick(random, cardLanes).id(), random.nextInt(5));
                }
                break;
            case 3:
                if (!cards.isEmpty()) {
                    return CardCommands.delete(jid, someCardIds(random, cards));
                }
                break;
            case 4:
                if (!cards.isEmpty()) {
                    Card card = pick(random, cards);
                    return CardCommands.update(jid, card.withTitle(card.title() + " *"), "Edit title");
                }
                break;
            case 5:
                if (!cards.isEmpty()) {
                    return CardCommands.duplicate(jid, someCardIds(random, cards));
                }
                break;
            case 6:
                if (!cards.isEmpty() && !stages.isEmpty()) {
                    List<Card> copied = cards.stream().filter(c -> random.nextInt(20) == 0).toList();
                    return CardCommands.paste(jid, copied, j.links(), pick(random, stages).id(),
                            pick(random, cardLanes).id());
                }
                break;
            case 7:
                return StageCommands.add(jid, new Stage(ids.next("st"), "Stage " + random.nextInt(100)),
                        random.nextInt(stages.size() + 1));
            case 8:
                if (stages.size() > 1) {
                    return StageCommands.delete(jid, pick(random, stages).id());
                }
                break;
            case 9:
                if (!stages.isEmpty()) {
                    return StageCommands.move(jid, pick(random, stages).id(), random.nextInt(stages.size()));
                }
                break;
            case 10:
                if (!stages.isEmpty()) {
                    Stage stage = pick(random, stages);
                    return StageCommands.update(jid, stage.withEmotion(random.nextInt(7) - 3)
                            .withMomentOfTruth(random.nextBoolean()), "Set emotion");
                }
                break;
            case 11:
                List<Lane> notes = j.lanes().stream().filter(l -> l.kind() == LaneKind.NOTES).toList();
                if (!notes.isEmpty() && random.nextBoolean()) {
                    return LaneCommands.delete(jid, pick(random, notes).id());
                }
                return LaneCommands.add(jid, new Lane(ids.next("lane"), "Notes", LaneKind.NOTES),
                        random.nextInt(j.lanes().size() + 1));
            case 12:
                Lane lane = pick(random, j.lanes());
                return random.nextBoolean() ? LaneCommands.move(jid, lane.id(), random.nextInt(j.lanes().size()))
                        : LaneCommands.rename(jid, lane.id(), lane.name() + "'");
            default:
                if (cards.size() > 1) {
                    if (!j.links().isEmpty() && random.nextBoolean()) {
                        return LinkCommands.delete(jid, pick(random, j.links()));
                    }
                    return LinkCommands.add(jid, new Link(pick(random, cards).id(), pick(random, cards).id()));
                }
        }
        return StageCommands.add(jid, new Stage(ids.next("st"), "Fallback stage"), 0);
    }

    private static List<String> someCardIds(Random random, List<Card> cards) {
        List<String> ids = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            ids.add(pick(random, cards).id());
        }
        return ids.stream().distinct().toList();
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
