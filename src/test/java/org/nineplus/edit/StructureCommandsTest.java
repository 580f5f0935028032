package org.nineplus.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Link;
import org.nineplus.model.Stage;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;
import org.nineplus.testing.TestWorkshops;

/** Stages, lanes, links and journeys. */
class StructureCommandsTest {

    private final Workshop start = TestWorkshops.workedExample();

    private static Journey journey(Workshop workshop) {
        return workshop.journeys().get(0);
    }

    @Test
    void deletingAStageDeletesItsCardsAndLinksAndUndoBringsThemBack() {
        History history = new History(start, 10);
        history.execute(StageCommands.delete("j1", "S2"));
        Journey j = journey(history.current());
        assertThat(j.stages()).extracting(Stage::id).containsExactly("S1", "S3");
        assertThat(j.cards()).noneMatch(c -> c.stage().equals("S2"));
        assertThat(j.links()).isEmpty();
        assertThat(WorkshopRules.check(history.current())).isEmpty();
        history.undo();
        assertThat(history.current()).isEqualTo(start);
    }

    @Test
    void stagesAreAddedMovedAndUpdated() {
        Workshop added = StageCommands.add("j1", new Stage("S4", "Follow-up"), 1).apply(start);
        assertThat(journey(added).stages()).extracting(Stage::id).containsExactly("S1", "S4", "S2", "S3");
        Workshop moved = StageCommands.move("j1", "S1", 3).apply(added);
        assertThat(journey(moved).stages()).extracting(Stage::id).containsExactly("S4", "S2", "S3", "S1");
        Stage s2 = journey(start).stage("S2").orElseThrow();
        Workshop updated = StageCommands.update("j1", s2.withName("Report").withEmotion(-3), "Rename").apply(start);
        assertThat(journey(updated).stage("S2").orElseThrow().name()).isEqualTo("Report");
        assertThat(journey(updated).stage("S2").orElseThrow().emotion()).isEqualTo(-3);
    }

    @Test
    void notesLanesComeAndGoButPyramidLanesStay() {
        Workshop added = LaneCommands.add("j1", new Lane("backstage", "Backstage", LaneKind.NOTES), 6).apply(start);
        assertThat(journey(added).lanes()).extracting(Lane::id).endsWith("channels", "backstage");
        Workshop moved = LaneCommands.move("j1", "backstage", 0).apply(added);
        assertThat(journey(moved).lanes().get(0).id()).isEqualTo("backstage");
        Workshop renamed = LaneCommands.rename("j1", "core", "Kernbelofte").apply(start);
        assertThat(journey(renamed).lane("core").orElseThrow().name()).isEqualTo("Kernbelofte");
        Workshop deleted = LaneCommands.delete("j1", "backstage").apply(added);
        assertThat(journey(deleted)).isEqualTo(journey(start));

        assertThatThrownBy(() -> LaneCommands.delete("j1", "core").apply(start))
                .hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> LaneCommands.add("j1", new Lane("x", "Second emotion", LaneKind.EMOTION), 0)
                .apply(start)).hasMessageContaining("EMOTION");
    }

    @Test
    void deletingANotesLaneDeletesItsCards() {
        Workshop withNote = CardCommands.add("j1", org.nineplus.model.Card.existing("n1", "S1", "channels",
                "Website", null), 0).apply(start);
        Workshop deleted = LaneCommands.delete("j1", "channels").apply(withNote);
        assertThat(journey(deleted).card("n1")).isEmpty();
        assertThat(WorkshopRules.check(deleted)).isEmpty();
    }

    @Test
    void linksAreAddedOnceAndDeleted() {
        Link link = new Link("e1", "D");
        Workshop linked = LinkCommands.add("j1", link).apply(start);
        assertThat(journey(linked).links()).contains(link);
        assertThat(LinkCommands.add("j1", link).apply(linked)).isEqualTo(linked);
        assertThat(LinkCommands.add("j1", new Link("e1", "e1")).apply(start)).isEqualTo(start);
        assertThat(LinkCommands.add("j1", new Link("e1", "nope")).apply(start)).isEqualTo(start);
        assertThat(LinkCommands.delete("j1", link).apply(linked)).isEqualTo(start);
    }

    @Test
    void journeysAreAddedRenamedDuplicatedAndDeletedButOneAlwaysStays() {
        Workshop duplicated = JourneyCommands.duplicate("j1", "Copy").apply(start);
        assertThat(duplicated.journeys()).extracting(Journey::id).containsExactly("j1", "j2");
        assertThat(duplicated.journeys().get(1).cards()).isEqualTo(journey(start).cards());
        Workshop renamed = JourneyCommands.rename("j2", "Online claim").apply(duplicated);
        assertThat(renamed.journey("j2").orElseThrow().title()).isEqualTo("Online claim");
        Workshop deleted = JourneyCommands.delete("j2").apply(renamed);
        assertThat(deleted).isEqualTo(start);
        assertThatThrownBy(() -> JourneyCommands.delete("j1").apply(start)).hasMessageContaining("at least one");
        Workshop added = JourneyCommands.add(new Journey("j2", "New", "", null, List.of(), List.of(), List.of(),
                List.of())).apply(start);
        assertThat(added.journeys()).hasSize(2);
        assertThat(JourneyCommands.freeId(added)).isEqualTo("j3");
    }
}
