package org.nineplus.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Journey;
import org.nineplus.testing.TestWorkshops;

/** The worked example of domain.md, through the Java API, every number of it. */
class WorkedExampleTest {

    private static final Journey JOURNEY = TestWorkshops.workedExample().journeys().get(0);
    private final Advice advice = Advisor.advise(JOURNEY, 60_000.0);

    @Test
    void stageVerdictsAndBasicScores() {
        assertThat(advice.stages()).extracting(StageAdvice::stageId, StageAdvice::basicScore, StageAdvice::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("S1", 8.0, Verdict.GOOD_ENOUGH),
                        org.assertj.core.groups.Tuple.tuple("S2", 6.0, Verdict.FIX_BASICS),
                        org.assertj.core.groups.Tuple.tuple("S3", 7.8, Verdict.FIX_BASICS));
        assertThat(advice.stage("S2").orElseThrow().reason())
                .isEqualTo("Fix the basics first: 'Claim form' scores 6.0 at a moment of truth");
        assertThat(advice.stage("S3").orElseThrow().reason())
                .isEqualTo("Fix the basics first: golden rule 'keep promises' fails at a moment of truth");
        assertThat(advice.stage("S1").orElseThrow().reason())
                .isEqualTo("Good enough: the basics pass at 8.0; 'Orient' is no moment of truth, so hold it at 7+");
    }

    @Test
    void classesBeforeAndAfterTheReEvaluation() {
        assertThat(advice.ideas()).extracting(IdeaAdvice::cardId).containsExactly("A", "B", "C", "D", "E", "F");
        assertIdea("A", IdeaClass.FIX_BASICS, IdeaClass.FIX_BASICS, true, List.of());
        assertIdea("B", IdeaClass.PREMATURE, IdeaClass.NINE_PLUS, true, List.of("A"));
        assertIdea("C", IdeaClass.PREMATURE, IdeaClass.NINE_PLUS, true, List.of("A"));
        assertIdea("D", IdeaClass.OVER_POLISH, IdeaClass.OVER_POLISH, false, List.of());
        assertIdea("E", IdeaClass.NO_CX_POTENTIAL, IdeaClass.NO_CX_POTENTIAL, false, List.of());
        assertIdea("F", IdeaClass.OFF_MOMENT, IdeaClass.OFF_MOMENT, true, List.of());
    }

    @Test
    void fundingOrderUpliftsAndTotals() {
        assertThat(advice.fundingOrder()).containsExactly("A", "C", "B", "F");
        assertThat(advice.idea("C").orElseThrow().uplift()).isEqualTo(2.0);
        assertThat(advice.idea("B").orElseThrow().uplift()).isEqualTo(1.5);
        assertThat(advice.idea("A").orElseThrow().uplift()).isEqualTo(1.6);
        assertThat(advice.idea("D").orElseThrow().uplift()).isEqualTo(0.6);
        assertThat(advice.idea("E").orElseThrow().uplift()).isNull();
        assertThat(advice.totals()).isEqualTo(new Totals(20_000, 39_000, 1_000));
        assertThat(advice.budget()).isEqualTo(60_000.0);
        assertThat(advice.journeyId()).isEqualTo("j1");
    }

    @Test
    void peakEnd() {
        assertThat(advice.peakEnd()).isEqualTo(new PeakEnd(-2, 1, -0.5, List.of(PeakEndHint.CREATE_PEAK)));
    }

    @Test
    void reasonsNameTheDataTheyAreBuiltFrom() {
        assertThat(reason("A")).isEqualTo("Fixes the basics of 'Report a claim', where 'Claim form' scores 6.0: "
                + "lifts 'Claim form' from 6.0 to 7.6. "
                + "Funded: uplift 1.6 for €20,000");
        assertThat(reason("C")).isEqualTo("9+: unlocked by 'Claim status tracker', which lifts 'Report a claim' "
                + "to 7.5 at a moment of truth. Funded: uplift 2.0 for €5,000");
        assertThat(reason("D")).isEqualTo("Over-polish: the basics of 'Orient' already pass at 8.0. "
                + "Not funded: €15,000 does not fit the €1,000 left");
        assertThat(reason("E")).isEqualTo(
                "No CX potential: it saves the organisation money but changes nothing the customer notices");
        assertThat(reason("F")).isEqualTo("Off-moment: 'Orient' has its basics in order but is no moment of truth. "
                + "Funded: uplift 1.0 for €4,000");
        assertThat(advice.ideas()).allSatisfy(i -> assertThat(i.reason()).isNotBlank().doesNotContain("\n"));
        assertThat(advice.warnings()).isEmpty();
    }

    @Test
    void withoutABudgetNothingIsFundedAndNothingUnlocks() {
        Advice none = Advisor.advise(JOURNEY, null);
        assertThat(none.budget()).isNull();
        assertThat(none.ideas()).noneMatch(IdeaAdvice::funded);
        assertThat(none.ideas()).allMatch(i -> i.initialClass() == i.finalClass() && i.unlockedBy().isEmpty());
        assertThat(none.fundingOrder()).isEmpty();
        assertThat(none.totals()).isEqualTo(new Totals(0, 0, 0));
        assertThat(none.idea("A").orElseThrow().reason()).endsWith("Not funded: no budget given");
        assertThat(none.stages()).isEqualTo(advice.stages());
        assertThat(none.peakEnd()).isEqualTo(advice.peakEnd());
    }

    private void assertIdea(String id, IdeaClass initial, IdeaClass last, boolean funded, List<String> unlockedBy) {
        IdeaAdvice idea = advice.idea(id).orElseThrow();
        assertThat(idea.initialClass()).as(id + " initial").isEqualTo(initial);
        assertThat(idea.finalClass()).as(id + " final").isEqualTo(last);
        assertThat(idea.funded()).as(id + " funded").isEqualTo(funded);
        assertThat(idea.unlockedBy()).as(id + " unlockedBy").isEqualTo(unlockedBy);
    }

    private String reason(String id) {
        return advice.idea(id).orElseThrow().reason();
    }
}
