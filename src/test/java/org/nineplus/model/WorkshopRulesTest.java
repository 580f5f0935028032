package org.nineplus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineplus.model.WorkshopRules.Problem;
import org.nineplus.testing.TestWorkshops;

class WorkshopRulesTest {

    // The worked example: stages S1 S2 S3; lanes core complaints individual surprise emotion channels;
    // cards e1 e2 e3 e4 A B C D E F (indices 0 to 9); A improves e2, D improves e1; one link e2 -> A.

    @Test
    void theFixturesKeepEveryRule() {
        assertThat(WorkshopRules.check(TestWorkshops.workedExample())).isEmpty();
        assertThat(WorkshopRules.check(TestWorkshops.large5000())).isEmpty();
        Workshop fullCardOnly = journey(j -> j.withCards(List.of(TestWorkshops.fullCard("X", "S1", "individual")))
                .withLinks(List.of()));
        assertThat(WorkshopRules.check(fullCardOnly)).isEmpty();
        assertThat(WorkshopRules.isValid(fullCardOnly)).isTrue();
        assertThat(WorkshopRules.isValid(card(0, c -> c.withScore(11.0)).apply(fullCardOnly))).isFalse();
    }

    @Test
    void aBlankCanvasWithoutStagesOrEmotionLaneAndWithManyNotesLanesIsValid() {
        List<Lane> lanes = new ArrayList<>(TestWorkshops.standardLanes());
        lanes.remove(4);
        lanes.add(new Lane("backstage", "Backstage", LaneKind.NOTES));
        Workshop blank = journey(j -> j.withStages(List.of()).withCards(List.of()).withLinks(List.of())
                .withLanes(lanes));
        assertThat(WorkshopRules.check(blank)).isEmpty();
    }

    @Test
    void problemsComeInDocumentOrder() {
        Workshop twoWrongs = TestWorkshops.workedExample().withJourneys(List.of(
                TestWorkshops.workedExample().journeys().get(0).withPersonaId("nobody"),
                TestWorkshops.workedExample().journeys().get(0).withId("j2").withLinks(List.of(new Link("e1",
                        "gone")))));
        assertThat(WorkshopRules.check(twoWrongs)).extracting(Problem::path)
                .containsExactly("journeys[0].personaId", "journeys[1].links[0].to");
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("a card id used twice", card(5, c -> c.withId("A")),
                        "journeys[0].cards[5].id", "duplicate id \"A\": it is already the id of cards[4]"),
                broken("a card id that is a stage id", card(5, c -> c.withId("S1")),
                        "journeys[0].cards[5].id", "already the id of stages[0]"),
                broken("a lane id that is a stage id", lanes(l -> l.set(5, new Lane("S2", "x", LaneKind.NOTES))),
                        "journeys[0].lanes[5].id", "already the id of stages[1]"),
                broken("a stage id used twice", stages(s -> s.set(2, new Stage("S1", "Again"))),
                        "journeys[0].stages[2].id", "duplicate id \"S1\""),
                broken("an empty id", card(5, c -> c.withId(" ")),
                        "journeys[0].cards[5].id", "must not be empty"),
                broken("a journey id used twice", w -> w.withJourneys(List.of(w.journeys().get(0),
                        w.journeys().get(0))), "journeys[1].id", "already the id of journeys[0]"),
                broken("a persona id used twice", w -> w.withPersonas(List.of(persona("p1"), persona("p1"))),
                        "personas[1].id", "duplicate id \"p1\""),
                broken("a missing pyramid lane", lanes(l -> l.remove(3)),
                        "journeys[0].lanes", "no SURPRISE lane"),
                broken("a second CORE lane", lanes(l -> l.add(new Lane("core2", "More core", LaneKind.CORE))),
                        "journeys[0].lanes[6]", "a second CORE lane (the first is lanes[0])"),
                broken("a second EMOTION lane", lanes(l -> l.add(new Lane("mood", "Mood", LaneKind.EMOTION))),
                        "journeys[0].lanes[6]", "at most one EMOTION lane"),
                broken("a card in the EMOTION lane", card(5, c -> c.withCell("S2", "emotion")),
                        "journeys[0].cards[5].lane", "\"emotion\" is the EMOTION lane"),
                broken("a card in an unknown stage", card(5, c -> c.withCell("S9", "individual")),
                        "journeys[0].cards[5].stage", "\"S9\" is not a stage of this journey"),
                broken("a card in an unknown lane", card(5, c -> c.withCell("S2", "nowhere")),
                        "journeys[0].cards[5].lane", "\"nowhere\" is not a lane of this journey"),
                broken("a score above 10", card(0, c -> c.withScore(10.5)),
                        "journeys[0].cards[0].score", "must be between 1 and 10, was 10.5"),
                broken("a score below 1", card(0, c -> c.withScore(0.0)),
                        "journeys[0].cards[0].score", "must be between 1 and 10, was 0"),
                broken("a score that is not a number", card(0, c -> c.withScore(Double.NaN)),
                        "journeys[0].cards[0].score", "was NaN"),
                broken("a score on an idea", card(5, c -> c.withScore(8.0)),
                        "journeys[0].cards[5].score", "only EXISTING cards have a score"),
                broken("an expected score above 10", card(5, c -> c.withExpectedScore(11.0)),
                        "journeys[0].cards[5].expectedScore", "must be between 1 and 10, was 11"),
                broken("an expected score below 1", card(5, c -> c.withExpectedScore(0.9)),
                        "journeys[0].cards[5].expectedScore", "was 0.9"),
                broken("a negative cost", card(5, c -> c.withCost(-1.0)),
                        "journeys[0].cards[5].cost", "must not be negative, was -1"),
                broken("an infinite cost", card(5, c -> c.withCost(Double.POSITIVE_INFINITY)),
                        "journeys[0].cards[5].cost", "must be a finite number"),
                broken("an emotion above +3", stages(s -> s.set(0, s.get(0).withEmotion(4))),
                        "journeys[0].stages[0].emotion", "must be between -3 and +3, was 4"),
                broken("an emotion below -3", stages(s -> s.set(1, s.get(1).withEmotion(-4))),
                        "journeys[0].stages[1].emotion", "was -4"),
                broken("improves on an existing card", card(1, c -> c.withImproves("e1")),
                        "journeys[0].cards[1].improves", "only an IDEA can improve a card; this card is EXISTING"),
                broken("improves an unknown card", card(4, c -> c.withImproves("c9")),
                        "journeys[0].cards[4].improves", "\"c9\" is not an existing card in the same stage and lane"),
                broken("improves a card in another stage", card(4, c -> c.withImproves("e1")),
                        "journeys[0].cards[4].improves", "\"e1\" is not an existing card in the same stage and lane"),
                broken("improves a card in another lane", card(4, c -> c.withImproves("e3")),
                        "journeys[0].cards[4].improves", "\"e3\" is not an existing card in the same stage and lane"),
                broken("improves an idea (itself)", card(7, c -> c.withImproves("D")),
                        "journeys[0].cards[7].improves", "\"D\" is not an existing card in the same stage and lane"),
                broken("a link from an unknown card", links(new Link("x", "A")),
                        "journeys[0].links[0].from", "\"x\" is not a card of this journey"),
                broken("a link to an unknown card", links(new Link("e2", "zz")),
                        "journeys[0].links[0].to", "\"zz\" is not a card of this journey"),
                broken("a personaId naming no persona", w -> journeyOf(w, j -> j.withPersonaId("p9")),
                        "journeys[0].personaId", "\"p9\" is not a persona of this workshop"),
                broken("a negative Kano survey count", card(5, c -> c.withKanoSurvey(new KanoSurvey(0, -1, 0, 0, 0,
                        0))), "journeys[0].cards[5].kanoSurvey.O", "must not be negative, was -1"),
                broken("negative dot votes", card(5, c -> c.withVotes(Map.of("Anna", -2))),
                        "journeys[0].cards[5].votes.Anna", "must not be negative, was -2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleIsReportedWithItsPath(String rule, UnaryOperator<Workshop> breakIt, String path,
            String fragment) {
        Workshop broken = breakIt.apply(TestWorkshops.workedExample()
                .withPersonas(List.of(persona("p1"))));

        List<Problem> problems = WorkshopRules.check(broken);

        assertThat(problems).as(rule).isNotEmpty();
        assertThat(problems.get(0).path()).as(rule).isEqualTo(path);
        assertThat(problems.get(0).message()).as(rule).contains(fragment);
        assertThat(problems.get(0)).hasToString(path + ": " + problems.get(0).message());
    }

    @Test
    void aValidPersonaIdIsAccepted() {
        Workshop withPersona = journeyOf(TestWorkshops.workedExample().withPersonas(List.of(persona("p1"))),
                j -> j.withPersonaId("p1"));
        assertThat(WorkshopRules.check(withPersona)).isEmpty();
    }

    private static Arguments broken(String rule, UnaryOperator<Workshop> breakIt, String path, String fragment) {
        return Arguments.of(rule, breakIt, path, fragment);
    }

    private static Persona persona(String id) {
        return new Persona(id, "Persona " + id, "", List.of(), List.of(), "");
    }

    private static Workshop journey(UnaryOperator<Journey> change) {
        return journeyOf(TestWorkshops.workedExample(), change);
    }

    private static Workshop journeyOf(Workshop workshop, UnaryOperator<Journey> change) {
        return workshop.withJourney(change.apply(workshop.journeys().get(0)));
    }

    private static UnaryOperator<Workshop> card(int index, UnaryOperator<Card> change) {
        return w -> journeyOf(w, j -> {
            List<Card> cards = new ArrayList<>(j.cards());
            cards.set(index, change.apply(cards.get(index)));
            return j.withCards(cards);
        });
    }

    private interface ListChange<T> {
        void apply(List<T> list);
    }

    private static UnaryOperator<Workshop> lanes(ListChange<Lane> change) {
        return w -> journeyOf(w, j -> {
            List<Lane> lanes = new ArrayList<>(j.lanes());
            change.apply(lanes);
            return j.withLanes(lanes);
        });
    }

    private static UnaryOperator<Workshop> stages(ListChange<Stage> change) {
        return w -> journeyOf(w, j -> {
            List<Stage> stages = new ArrayList<>(j.stages());
            change.apply(stages);
            return j.withStages(stages);
        });
    }

    private static UnaryOperator<Workshop> links(Link... links) {
        return w -> journeyOf(w, j -> j.withLinks(List.of(links)));
    }
}
