package org.nineplus.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Journey;

/** The second worked example: assets/samples/README.md on claims-workshop.json at a budget of 120,000. */
class SampleWorkshopAdviceTest {

    private static Journey journey;
    private static Advice advice;

    @BeforeAll
    static void readTheSample() throws Exception {
        journey = new WorkshopJson().read(Path.of("assets/samples/claims-workshop.json")).journeys().get(0);
        advice = Advisor.advise(journey, 120_000.0);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
        "s1, 7.2, GOOD_ENOUGH",
        "s2, 5.8, FIX_BASICS",
        "s3, 6.2, FIX_BASICS",
        "s4, 7.1, READY_FOR_9PLUS",
        "s5, 6.8, FIX_BASICS",
        "s6, 7.0, GOOD_ENOUGH",
        "s7, 7.2, GOOD_ENOUGH",
    })
    void stageTable(String stage, double basicScore, Verdict verdict) {
        StageAdvice advised = advice.stage(stage).orElseThrow();
        assertThat(advised.basicScore()).isEqualTo(basicScore);
        assertThat(advised.verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}, funded {3}")
    @CsvSource(delimiter = '|', value = {
        "i01 | OVER_POLISH     | OVER_POLISH     | false | ",
        "i02 | OFF_MOMENT      | OFF_MOMENT      | true  | ",
        "i03 | FIX_BASICS      | FIX_BASICS      | true  | ",
        "i04 | FIX_BASICS      | FIX_BASICS      | true  | ",
        "i05 | PREMATURE       | NINE_PLUS       | true  | i04 i03",
        "i06 | PREMATURE       | NINE_PLUS       | true  | i04 i03",
        "i07 | FIX_BASICS      | FIX_BASICS      | true  | ",
        "i08 | NO_CX_POTENTIAL | NO_CX_POTENTIAL | false | ",
        "i09 | PREMATURE       | PREMATURE       | false | ",
        "i10 | NINE_PLUS       | NINE_PLUS       | true  | ",
        "i11 | NINE_PLUS       | NINE_PLUS       | false | ",
        "i12 | OVER_POLISH     | OVER_POLISH     | false | ",
        "i13 | FIX_BASICS      | FIX_BASICS      | true  | ",
        "i14 | PREMATURE       | OFF_MOMENT      | false | i13",
        "i15 | UNESTIMATED     | UNESTIMATED     | false | ",
        "i16 | NO_CX_POTENTIAL | NO_CX_POTENTIAL | false | ",
        "i17 | OVER_POLISH     | OVER_POLISH     | false | ",
        "i18 | OFF_MOMENT      | OFF_MOMENT      | true  | ",
        "i19 | UNESTIMATED     | UNESTIMATED     | false | ",
        "i20 | NO_CX_POTENTIAL | NO_CX_POTENTIAL | false | ",
        "i21 | OFF_MOMENT      | OFF_MOMENT      | true  | ",
    })
    void ideaClasses(String id, IdeaClass initial, IdeaClass last, boolean funded, String unlockedBy) {
        IdeaAdvice idea = advice.idea(id).orElseThrow();
        assertThat(idea.initialClass()).isEqualTo(initial);
        assertThat(idea.finalClass()).isEqualTo(last);
        assertThat(idea.funded()).isEqualTo(funded);
        assertThat(idea.unlockedBy()).isEqualTo(unlockedBy == null ? List.of() : List.of(unlockedBy.split(" ")));
    }

    @Test
    void candidatesAreThePyramidIdeasInFileOrderWithoutTheBackstageNote() {
        assertThat(advice.ideas()).extracting(IdeaAdvice::cardId).containsExactly("i01", "i02", "i03", "i04", "i05",
                "i06", "i07", "i08", "i09", "i10", "i11", "i12", "i13", "i14", "i15", "i16", "i17", "i18", "i19", "i20",
                "i21");
        assertThat(journey.card("n12")).get().extracting(c -> c.isIdea()).isEqualTo(true);
    }

    @Test
    void fundingOrderAndTotals() {
        assertThat(advice.fundingOrder()).containsExactly("i04", "i03", "i07", "i13", "i10", "i06", "i05", "i18",
                "i02", "i21");
        assertThat(advice.totals()).isEqualTo(new Totals(72_000, 44_000, 4_000));
    }

    @Test
    void upliftsOfTheReadme() {
        assertThat(advice.idea("i10").orElseThrow().uplift()).isEqualTo(2.8);
        assertThat(advice.idea("i06").orElseThrow().uplift()).isEqualTo(2.0);
        assertThat(advice.idea("i05").orElseThrow().uplift()).isEqualTo(1.6);
        assertThat(advice.idea("i11").orElseThrow().uplift()).isEqualTo(2.2);
        assertThat(advice.idea("i18").orElseThrow().uplift()).isEqualTo(1.0);
        assertThat(advice.idea("i02").orElseThrow().uplift()).isEqualTo(0.8);
        assertThat(advice.idea("i21").orElseThrow().uplift()).isEqualTo(1.2);
    }

    @Test
    void reasonsOfTheUnfundedSayWhy() {
        assertThat(advice.idea("i11").orElseThrow().reason())
                .endsWith("Not funded: €28,000 does not fit the €14,000 left");
        assertThat(advice.idea("i14").orElseThrow().reason()).isEqualTo("Off-moment: unlocked by 'Snags fixed within"
                + " 10 working days, guaranteed', which lifts 'Repair' to 7.3, no moment of truth. Not funded: €14,000"
                + " does not fit the €4,000 left");
        assertThat(advice.idea("i09").orElseThrow().reason()).isEqualTo("Premature: even with the funded fixes"
                + " 'Assessment visit' does not pass (golden rules 'keep promises', 'don't bother needlessly' fail)");
        assertThat(advice.idea("i08").orElseThrow().reason())
                .isEqualTo("No CX potential: the expected 6.0 is not above the 6.2 of 'Loss adjuster visits within 5"
                        + " working days'");
        assertThat(advice.idea("i15").orElseThrow().reason())
                .isEqualTo("Unestimated: no cost yet, so it is listed but not funded");
        assertThat(advice.stage("s3").orElseThrow().reason()).isEqualTo("Fix the basics first: 'Loss adjuster visits"
                + " within 5 working days' scores 6.2 and golden rules 'keep promises', 'don't bother needlessly' fail"
                + " at a moment of truth");
    }

    @Test
    void peakEndAndWarnings() {
        assertThat(advice.peakEnd()).isEqualTo(new PeakEnd(-3, 2, -0.5, List.of()));
        assertThat(advice.warnings()).extracting(Warning::kind, Warning::cardId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Warning.Kind.UNESTIMATED, "i15"),
                org.assertj.core.groups.Tuple.tuple(Warning.Kind.UNESTIMATED, "i19"));
    }
}
