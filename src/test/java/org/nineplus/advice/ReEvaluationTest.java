package org.nineplus.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.advice.Journeys.journey;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineplus.model.GoldenRule;

/** Round 2: projected basic scores, unlocking of PREMATURE ideas, and what keeps a stage at FIX_BASICS. */
class ReEvaluationTest {

    /** Stage s (moment of truth as given): core e 6.0, complaints c 8.0; a surprise idea p (9.0, cost 1). */
    private static Journeys stage(boolean momentOfTruth, GoldenRule... failing) {
        return journey().stage("s", momentOfTruth, failing).existing("e", "s", "core", 6.0)
                .existing("c", "s", "complaints", 8.0).idea("p", "s", "surprise", 9.0, 1.0);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("one fix lifts a moment of truth", stage(true).improves("x", "s", "core", "e", 7.5, 5.0),
                        IdeaClass.NINE_PLUS, List.of("x"), true, "9+: unlocked by 'Idea x', which lifts 'Stage s'"
                                + " to 7.5 at a moment of truth. Funded: uplift 2.0 for €1"),
                Arguments.of("one fix lifts a stage that is no moment of truth",
                        stage(false).improves("x", "s", "core", "e", 7.0, 5.0), IdeaClass.OFF_MOMENT, List.of("x"),
                        true, "Off-moment: unlocked by 'Idea x', which lifts 'Stage s' to 7.0, no moment of truth"),
                Arguments.of("several improve one card: the highest expected score counts, unlockedBy in funding order",
                        stage(true).improves("x1", "s", "core", "e", 7.4, 2.0)
                                .improves("x2", "s", "core", "e", 6.5, 1.0), IdeaClass.NINE_PLUS,
                        List.of("x2", "x1"), true, "9+: unlocked by 'Idea x2', 'Idea x1', which lift 'Stage s' to 7.4"),
                Arguments.of("several improve one card: a lower one funded later does not undo the higher",
                        stage(true).improves("x1", "s", "core", "e", 7.4, 1.0)
                                .improves("x2", "s", "core", "e", 6.5, 2.0), IdeaClass.NINE_PLUS,
                        List.of("x1", "x2"), true, "9+: unlocked by 'Idea x1', 'Idea x2', which lift 'Stage s' to 7.4"),
                Arguments.of("a new basic idea joins the minimum",
                        stage(true).improves("x1", "s", "core", "e", 8.0, 1.0).idea("x2", "s", "complaints", 6.8, 1.0),
                        IdeaClass.PREMATURE, List.of(), false, "Premature: even with the funded fixes 'Stage s' does"
                                + " not pass (its basics reach only 6.8)"),
                Arguments.of("a new basic idea rates an unrated stage",
                        journey().stage("s", false).idea("x", "s", "core", 7.5, 1.0)
                                .idea("p", "s", "individual", 9.0, 1.0), IdeaClass.OFF_MOMENT, List.of("x"), true,
                        "Off-moment: unlocked by 'Idea x', which lifts 'Stage s' to 7.5"),
                Arguments.of("a failing golden rule keeps the stage at FIX_BASICS",
                        stage(true, GoldenRule.DONT_MAKE_IT_DIFFICULT).improves("x", "s", "core", "e", 9.0, 1.0),
                        IdeaClass.PREMATURE, List.of(), false, "Premature: even with the funded fixes 'Stage s' does"
                                + " not pass (golden rule 'don't make it difficult' fails)"),
                Arguments.of("only funded fixes count", stage(true).improves("x", "s", "core", "e", 9.0, 500.0),
                        IdeaClass.PREMATURE, List.of(), false,
                        "Premature: fix the basics of 'Stage s' first ('Card e' scores 6.0)"),
                Arguments.of("every basic card must reach 7.0",
                        stage(true).existing("c2", "s", "complaints", 6.2).improves("x", "s", "core", "e", 9.0, 1.0)
                                .improves("y", "s", "complaints", "c2", 7.2, 500.0), IdeaClass.PREMATURE, List.of(),
                        false, "Premature: even with the funded fixes 'Stage s' does not pass (its basics reach only"
                                + " 6.2)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reEvaluation(String name, Journeys journey, IdeaClass finalClass, List<String> unlockedBy, boolean funded,
                      String reason) {
        Advice advice = Advisor.advise(journey.build(), 100.0);
        IdeaAdvice p = advice.idea("p").orElseThrow();
        assertThat(p.initialClass()).isEqualTo(IdeaClass.PREMATURE);
        assertThat(p.finalClass()).isEqualTo(finalClass);
        assertThat(p.unlockedBy()).isEqualTo(unlockedBy);
        assertThat(p.funded()).isEqualTo(funded);
        assertThat(p.reason()).startsWith(reason);
        assertThat(advice.stage("s").orElseThrow().verdict()).as("the verdict is the one before funding")
                .isIn(Verdict.FIX_BASICS, Verdict.UNRATED);
        assertThat(advice.ideas()).filteredOn(i -> i.initialClass() == IdeaClass.FIX_BASICS)
                .allMatch(i -> i.finalClass() == IdeaClass.FIX_BASICS, "fixes keep their class");
    }
}
