package org.nineplus.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.advice.Journeys.journey;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineplus.model.GoldenRule;

/** Stage basic score and verdict, including UNRATED stages and failing golden rules. */
class StageVerdictTest {

    static Stream<Arguments> stages() {
        return Stream.of(
                Arguments.of("no cards at all", journey().stage("s", false), null, Verdict.UNRATED,
                        "Unrated: no card in the core or complaints lane of 'Stage s' has a score yet"),
                Arguments.of("basic card without a score, rated distinctive and notes cards",
                        journey().stage("s", true).existing("a", "s", "core", null)
                                .existing("b", "s", "individual", 9.0).existing("c", "s", "channels", 2.0),
                        null, Verdict.UNRATED, "Unrated"),
                Arguments.of("ideas do not rate a stage", journey().stage("s", true).idea("i", "s", "core", 8.0, 1.0),
                        null, Verdict.UNRATED, "Unrated"),
                Arguments.of("failing golden rule without scores",
                        journey().stage("s", true, GoldenRule.BE_AVAILABLE), null, Verdict.FIX_BASICS,
                        "Fix the basics first: golden rule 'be available' fails at a moment of truth"),
                Arguments.of("failing golden rule with good scores",
                        journey().stage("s", false, GoldenRule.SINCERE_INVOLVEMENT, GoldenRule.BE_AVAILABLE)
                                .existing("a", "s", "core", 9.0),
                        9.0, Verdict.FIX_BASICS, "Fix the basics first: golden rules 'sincere involvement', "
                                + "'be available' fail in 'Stage s'"),
                Arguments.of("lowest of core and complaints counts",
                        journey().stage("s", false).existing("a", "s", "core", 8.5)
                                .existing("b", "s", "complaints", 6.9).existing("c", "s", "core", 7.5),
                        6.9, Verdict.FIX_BASICS, "Fix the basics first: 'Card b' scores 6.9 in 'Stage s'"),
                Arguments.of("7.0 passes, no moment of truth",
                        journey().stage("s", false).existing("a", "s", "core", 7.0), 7.0, Verdict.GOOD_ENOUGH,
                        "Good enough: the basics pass at 7.0; 'Stage s' is no moment of truth, so hold it at 7+"),
                Arguments.of("passes at a moment of truth",
                        journey().stage("s", true).existing("a", "s", "complaints", 7.25)
                                .existing("b", "s", "individual", 3.0),
                        7.25, Verdict.READY_FOR_9PLUS,
                        "Ready for 9+: the basics pass at 7.25 and 'Stage s' is a moment of truth"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void verdict(String name, Journeys journey, Double basicScore, Verdict verdict, String reason) {
        StageAdvice stage = Advisor.advise(journey.build(), null).stages().get(0);
        assertThat(stage.stageId()).isEqualTo("s");
        assertThat(stage.basicScore()).isEqualTo(basicScore);
        assertThat(stage.verdict()).isEqualTo(verdict);
        assertThat(stage.reason()).startsWith(reason);
    }
}
