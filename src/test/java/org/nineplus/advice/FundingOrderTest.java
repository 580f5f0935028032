package org.nineplus.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.advice.Journeys.journey;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The order in which the funding rounds take ideas, cost 0 and ties broken by file order included. */
class FundingOrderTest {

    /** A moment of truth whose basics pass (core 8.0): distinctive ideas here are NINE_PLUS, basic ones OVER_POLISH. */
    private static Journeys passing() {
        return journey().stage("m", true).existing("e", "m", "core", 8.0).stage("p", false)
                .existing("f", "p", "core", 8.0);
    }

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of("round 1: moment of truth before a lower basic score",
                        journey().stage("n", false).existing("a", "n", "core", 3.0).stage("m", true)
                                .existing("b", "m", "core", 6.5).improves("xn", "n", "core", "a", 8.0, 10.0)
                                .improves("xm", "m", "core", "b", 8.0, 10.0), 100.0, List.of("xm", "xn")),
                Arguments.of("round 1: lower basic score first",
                        journey().stage("a", true).existing("ea", "a", "core", 6.5).stage("b", true)
                                .existing("eb", "b", "complaints", 5.0).idea("xa", "a", "core", 8.0, 1.0)
                                .idea("xb", "b", "complaints", 8.0, 1.0), 100.0, List.of("xb", "xa")),
                Arguments.of("round 1: an unrated stage is lowest of all",
                        journey().stage("a", true).existing("ea", "a", "core", 1.0).stage("u", true)
                                .idea("xa", "a", "core", 8.0, 1.0).idea("xu", "u", "core", 8.0, 1.0), 100.0,
                        List.of("xu", "xa")),
                Arguments.of("round 1: lower cost first, then file order",
                        journey().stage("a", true).existing("e", "a", "core", 5.0).idea("x1", "a", "core", 8.0, 20.0)
                                .idea("x2", "a", "complaints", 8.0, 10.0).idea("x3", "a", "core", 7.5, 20.0),
                        100.0, List.of("x2", "x1", "x3")),
                Arguments.of("cost 0 first of all, in file order",
                        passing().idea("v1", "m", "surprise", 9.0, 100.0).idea("z1", "m", "surprise", 7.5, 0.0)
                                .idea("z2", "m", "individual", 10.0, 0.0), 1000.0, List.of("z1", "z2", "v1")),
                Arguments.of("higher uplift per cost first",
                        passing().idea("n1", "m", "surprise", 8.0, 1000.0).idea("n2", "m", "surprise", 9.0, 1000.0)
                                .idea("n3", "m", "individual", 10.0, 6000.0), 10_000.0, List.of("n2", "n1", "n3")),
                Arguments.of("equal uplift per cost (0.3 / 3 = 0.1 / 1) in file order",
                        passing().idea("n1", "m", "surprise", 7.3, 3.0).idea("n2", "m", "surprise", 7.1, 1.0),
                        100.0, List.of("n1", "n2")),
                Arguments.of("equal uplift per cost, the other file order",
                        passing().idea("n2", "m", "surprise", 7.1, 1.0).idea("n1", "m", "surprise", 7.3, 3.0),
                        100.0, List.of("n2", "n1")),
                Arguments.of("unknown uplift after every known one",
                        passing().existing("u", "m", "individual", null)
                                .improves("nu", "m", "individual", "u", 9.0, 1.0)
                                .idea("n1", "m", "surprise", 7.1, 1000.0), 10_000.0, List.of("n1", "nu")),
                Arguments.of("rounds: NINE_PLUS, then OFF_MOMENT, then OVER_POLISH, whatever the value",
                        passing().improves("over", "m", "core", "e", 10.0, 1.0).idea("off", "p", "surprise", 9.0, 1.0)
                                .idea("nine", "m", "surprise", 7.5, 1.0), 100.0, List.of("nine", "off", "over")),
                Arguments.of("an idea that does not fit is skipped, cheaper ones after it still fit",
                        passing().idea("a", "m", "surprise", 10.0, 6.0).idea("b", "m", "surprise", 9.0, 5.0)
                                .idea("c", "m", "surprise", 7.2, 2.0), 10.0, List.of("a", "c")),
                Arguments.of("decimal money fits exactly (0.1 + 0.2 = 0.3)",
                        passing().idea("a", "m", "surprise", 9.0, 0.1).idea("b", "m", "surprise", 9.0, 0.2), 0.3,
                        List.of("a", "b")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void fundingOrder(String name, Journeys journey, double budget, List<String> order) {
        Advice advice = Advisor.advise(journey.build(), budget);
        assertThat(advice.fundingOrder()).isEqualTo(order);
        assertThat(advice.ideas()).filteredOn(IdeaAdvice::funded).extracting(IdeaAdvice::cardId)
                .containsExactlyInAnyOrderElementsOf(order);
        double spent = advice.totals().basic() + advice.totals().distinctive();
        assertThat(spent + advice.totals().left()).isCloseTo(budget, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(advice.totals().left()).isGreaterThanOrEqualTo(0.0);
    }
}
