package org.nineplus.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.advice.Journeys.journey;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineplus.model.Card;
import org.nineplus.model.GoldenRule;

/**
 * Each idea class, first match wins. Stages: "fail" (core 6.0, MoT), "unrated" (nothing rated, no MoT), "mot" (core
 * 8.0, MoT), "plain" (core 8.0, no MoT). The idea under test is card "x".
 */
class IdeaClassTest {

    private static Journeys base() {
        return journey().stage("fail", true).stage("unrated", false).stage("mot", true).stage("plain", false)
                .existing("f", "fail", "core", 6.0).existing("m", "mot", "core", 8.0)
                .existing("p", "plain", "core", 8.0).existing("pi", "plain", "individual", 6.5)
                .existing("u", "unrated", "complaints", null);
    }

    static Stream<Arguments> ideas() {
        return Stream.of(
                Arguments.of("savingsOnly, even estimated and in a good spot",
                        Card.idea("x", "mot", "surprise", "X").withSavingsOnly(true).withCost(1.0)
                                .withExpectedScore(9.0), IdeaClass.NO_CX_POTENTIAL, "No CX potential: it saves"),
                Arguments.of("savingsOnly comes before unestimated",
                        Card.idea("x", "mot", "core", "X").withSavingsOnly(true), IdeaClass.NO_CX_POTENTIAL,
                        "No CX potential: it saves"),
                Arguments.of("no cost", Card.idea("x", "mot", "surprise", "X").withExpectedScore(9.0),
                        IdeaClass.UNESTIMATED, "Unestimated: no cost yet"),
                Arguments.of("no expected score", Card.idea("x", "mot", "surprise", "X").withCost(5.0),
                        IdeaClass.UNESTIMATED, "Unestimated: no expected score yet"),
                Arguments.of("neither", Card.idea("x", "fail", "core", "X"), IdeaClass.UNESTIMATED,
                        "Unestimated: no cost and no expected score yet"),
                Arguments.of("expected equal to the improved card",
                        Card.idea("x", "plain", "individual", "X").withImproves("pi").withExpectedScore(6.5)
                                .withCost(1.0), IdeaClass.NO_CX_POTENTIAL,
                        "No CX potential: the expected 6.5 is not above the 6.5 of 'Card pi'"),
                Arguments.of("expected below the improved card, before fix-basics",
                        Card.idea("x", "fail", "core", "X").withImproves("f").withExpectedScore(5.5).withCost(1.0),
                        IdeaClass.NO_CX_POTENTIAL, "No CX potential: the expected 5.5 is not above the 6.0"),
                Arguments.of("basic lane, failing stage", Card.idea("x", "fail", "complaints", "X")
                        .withExpectedScore(7.5).withCost(1.0), IdeaClass.FIX_BASICS,
                        "Fixes the basics of 'Stage fail', where 'Card f' scores 6.0: adds a basic element at 7.5"),
                Arguments.of("basic lane, unrated stage, improving the unrated card",
                        Card.idea("x", "unrated", "complaints", "X").withImproves("u").withExpectedScore(7.5)
                                .withCost(1.0), IdeaClass.FIX_BASICS,
                        "Fixes the basics of 'Stage unrated', where no basic card is rated yet: brings 'Card u' to 7.5"),
                Arguments.of("basic lane, basics pass", Card.idea("x", "mot", "core", "X").withImproves("m")
                        .withExpectedScore(9.0).withCost(1.0), IdeaClass.OVER_POLISH,
                        "Over-polish: the basics of 'Stage mot' already pass at 8.0"),
                Arguments.of("distinctive lane, failing stage", Card.idea("x", "fail", "surprise", "X")
                        .withExpectedScore(9.0).withCost(1.0), IdeaClass.PREMATURE,
                        "Premature: fix the basics of 'Stage fail' first ('Card f' scores 6.0)"),
                Arguments.of("distinctive lane, unrated stage", Card.idea("x", "unrated", "individual", "X")
                        .withExpectedScore(9.0).withCost(1.0), IdeaClass.PREMATURE,
                        "Premature: fix the basics of 'Stage unrated' first (no basic card is rated yet)"),
                Arguments.of("distinctive lane, moment of truth", Card.idea("x", "mot", "individual", "X")
                        .withExpectedScore(9.0).withCost(1.0), IdeaClass.NINE_PLUS,
                        "9+: 'Stage mot' is a moment of truth with its basics in order"),
                Arguments.of("distinctive lane, no moment of truth", Card.idea("x", "plain", "individual", "X")
                        .withImproves("pi").withExpectedScore(7.0).withCost(1.0), IdeaClass.OFF_MOMENT,
                        "Off-moment: 'Stage plain' has its basics in order but is no moment of truth"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ideas")
    void classOf(String name, Card idea, IdeaClass expected, String reason) {
        IdeaAdvice advice = Advisor.advise(base().card(idea).build(), null).idea("x").orElseThrow();
        assertThat(advice.initialClass()).isEqualTo(expected);
        assertThat(advice.finalClass()).isEqualTo(expected);
        assertThat(advice.funded()).isFalse();
        assertThat(advice.reason()).startsWith(reason);
    }

    @Test
    void ideasInNotesLanesAndExistingCardsAreNoCandidates() {
        Advice advice = Advisor.advise(base().idea("n", "mot", "channels", 9.0, 1.0)
                .idea("y", "mot", "surprise", 9.0, 1.0).build(), 10.0);
        assertThat(advice.ideas()).extracting(IdeaAdvice::cardId).containsExactly("y");
        assertThat(advice.fundingOrder()).containsExactly("y");
        assertThat(advice.totals()).isEqualTo(new Totals(0, 1, 9));
    }

    @Test
    void aFailingGoldenRuleMakesABasicIdeaAFixEvenWithGoodScores() {
        Advice advice = Advisor.advise(journey().stage("s", false, GoldenRule.KEEP_PROMISES)
                .existing("e", "s", "core", 8.0).improves("x", "s", "core", "e", 8.5, 1.0).build(), null);
        assertThat(advice.idea("x").orElseThrow().initialClass()).isEqualTo(IdeaClass.FIX_BASICS);
        assertThat(advice.idea("x").orElseThrow().reason())
                .startsWith("Fixes the basics of 'Stage s', where golden rule 'keep promises' fails");
    }

    @Test
    void upliftIsAgainstTheImprovedCardOrSevenAndUnknownWhenTheImprovedCardHasNoScore() {
        Advice advice = Advisor.advise(base().idea("n", "mot", "surprise", 6.5, 1.0)
                .improves("i", "plain", "individual", "pi", 8.0, 1.0)
                .improves("z", "unrated", "complaints", "u", 8.0, 1.0).build(), null);
        assertThat(advice.idea("n").orElseThrow().uplift()).isEqualTo(-0.5);
        assertThat(advice.idea("i").orElseThrow().uplift()).isEqualTo(1.5);
        assertThat(advice.idea("z").orElseThrow().uplift()).isNull();
    }
}
