package org.nineplus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nineplus.model.WorkshopRules.Problem;
import org.nineplus.testing.TestWorkshops;

/** The place of each kind of broken rule in the workshop's own words, as the library reports it. */
class ProblemPlaceTest {

    private static final String JOURNEY = "journey \"Home insurance claim\" (id \"j1\")";

    private static String placeOfFirstProblem(Workshop workshop) {
        Problem problem = WorkshopRules.firstProblem(workshop).orElseThrow();
        return ProblemPlace.describe(workshop, problem);
    }

    private static Workshop withJourney(java.util.function.UnaryOperator<Journey> change) {
        Workshop w = TestWorkshops.workedExample();
        return w.withJourney(change.apply(w.journeys().get(0)));
    }

    @Test
    void aValidWorkshopHasNoFirstProblem() {
        assertThat(WorkshopRules.firstProblem(TestWorkshops.workedExample())).isEmpty();
    }

    @Test
    void aStageField() {
        Workshop w = withJourney(j -> {
            List<Stage> stages = new ArrayList<>(j.stages());
            stages.set(1, stages.get(1).withEmotion(9));
            return j.withStages(stages);
        });
        assertThat(placeOfFirstProblem(w)).isEqualTo(JOURNEY + ", stage \"S2\", field emotion");
    }

    @Test
    void aLaneItselfAndTheJourneysLaneList() {
        Workshop second = withJourney(j -> {
            List<Lane> lanes = new ArrayList<>(j.lanes());
            lanes.add(new Lane("core2", "Core again", LaneKind.CORE));
            return j.withLanes(lanes);
        });
        assertThat(placeOfFirstProblem(second)).isEqualTo(JOURNEY + ", lane \"core2\"");

        Workshop missing = withJourney(j -> j.withLanes(j.lanes().stream()
                .filter(l -> l.kind() != LaneKind.SURPRISE).toList())
                .withCards(j.cards().stream().filter(c -> !c.lane().equals("surprise")).toList()));
        assertThat(placeOfFirstProblem(missing)).isEqualTo(JOURNEY + ", field lanes");
    }

    @Test
    void aVoteNamesTheParticipantInTheField() {
        Workshop w = withJourney(j -> {
            List<Card> cards = new ArrayList<>(j.cards());
            cards.set(5, cards.get(5).withVotes(Map.of("Anna", -1)));
            return j.withCards(cards);
        });
        assertThat(placeOfFirstProblem(w)).isEqualTo(JOURNEY + ", card \"B\", field votes.Anna");
    }

    @Test
    void aPersonaAndTheJourneysPersona() {
        Persona nameless = new Persona("", "Anna", "", List.of(), List.of(), "");
        Workshop persona = TestWorkshops.workedExample().withPersonas(List.of(nameless));
        assertThat(placeOfFirstProblem(persona)).isEqualTo("persona \"Anna\" (id \"\"), field id");

        Workshop unknown = withJourney(j -> j.withPersonaId("nobody"));
        assertThat(placeOfFirstProblem(unknown)).isEqualTo(JOURNEY + ", field personaId");
    }

    @Test
    void aLongValueIsShortenedAndAPathOfAnotherWorkshopIsSaidAsItIs() {
        String longId = "x".repeat(200);
        Workshop w = withJourney(j -> j.withLinks(List.of(new Link(longId, "A"))));
        assertThat(placeOfFirstProblem(w)).isEqualTo(JOURNEY + ", link 1 from \"" + "x".repeat(60) + "\u2026\" to "
                + "\"A\", field from");

        Problem elsewhere = new Problem("journeys[7].cards[0].score", "must be between 1 and 10, was 42");
        assertThat(ProblemPlace.describe(TestWorkshops.workedExample(), elsewhere))
                .isEqualTo("journeys[7].cards[0].score");
    }

    /** The fuzzer's find: a second lane with the id of the third one, named by its number rather than "lanes[2]". */
    @Test
    void anElementTheMessageNamesIsCalledByItsNumberInEitherLanguage() {
        Workshop w = withJourney(j -> {
            List<Lane> lanes = new ArrayList<>(j.lanes());
            Lane third = lanes.get(2);
            lanes.add(new Lane(third.id(), "Again", third.kind()));
            return j.withLanes(lanes);
        });
        Problem problem = WorkshopRules.firstProblem(w).orElseThrow();
        assertThat(problem.message()).contains("lanes[2]");

        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            assertThat(ProblemPlace.message(problem)).isEqualTo("duplicate id \"" + w.journeys().get(0).lanes().get(2)
                    .id() + "\": it is already the id of lane number 3").doesNotContain("[");
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("nl"));
            assertThat(ProblemPlace.message(problem)).contains("laag nummer 3").doesNotContain("[");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
