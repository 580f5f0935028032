package org.nineplus.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Journey;

/**
 * The advisor gives the Dutch sample the advice it gives the English one (assets/samples/README.md's worked example
 * at a budget of 120,000): the same verdicts, classes, unlocks, uplifts, funding order and totals. Only the reasons
 * differ, as they quote the cards' own (Dutch) titles.
 */
class DutchSampleAdviceTest {

    private static Advice english;
    private static Advice dutch;
    private static Journey dutchJourney;

    @BeforeAll
    static void adviseBoth() throws Exception {
        WorkshopJson json = new WorkshopJson();
        Journey englishJourney = json.read(Path.of("assets/samples/claims-workshop.json")).journeys().get(0);
        dutchJourney = json.read(Path.of("assets/samples/claims-workshop_nl.json")).journeys().get(0);
        english = Advisor.advise(englishJourney, 120_000.0);
        dutch = Advisor.advise(dutchJourney, 120_000.0);
    }

    @Test
    void theSameAdviceApartFromTheWordsOfTheReasons() {
        assertThat(withoutWords(dutch)).isEqualTo(withoutWords(english));
    }

    @Test
    void theWorkedExamplesFundingAndTotals() {
        assertThat(dutch.fundingOrder()).containsExactly("i04", "i03", "i07", "i13", "i10", "i06", "i05", "i18",
                "i02", "i21");
        assertThat(dutch.totals()).isEqualTo(new Totals(72_000, 44_000, 4_000));
        assertThat(dutch.idea("i05").orElseThrow().finalClass()).isEqualTo(IdeaClass.NINE_PLUS);
        assertThat(dutch.stage("s3").orElseThrow().verdict()).isEqualTo(Verdict.FIX_BASICS);
    }

    @Test
    void theReasonsQuoteTheDutchCards() {
        String fix = dutchJourney.card("i13").orElseThrow().title();
        String repair = dutchJourney.stages().get(4).name();
        assertThat(fix).isEqualTo("Opleverpunten gegarandeerd binnen 10 werkdagen opgelost");
        assertThat(dutch.idea("i14").orElseThrow().reason()).contains("'" + fix + "'", "'" + repair + "'")
                .isNotEqualTo(english.idea("i14").orElseThrow().reason());
    }

    /** The advice with every reason and warning message blanked: what the advisor decided, not how it says it. */
    private static Advice withoutWords(Advice advice) {
        return new Advice(advice.journeyId(), advice.budget(),
                advice.stages().stream().map(s -> new StageAdvice(s.stageId(), s.basicScore(), s.verdict(), ""))
                        .toList(),
                advice.ideas().stream().map(i -> new IdeaAdvice(i.cardId(), i.initialClass(), i.finalClass(),
                        i.funded(), i.unlockedBy(), i.uplift(), "")).toList(),
                advice.fundingOrder(), advice.totals(), advice.peakEnd(),
                advice.warnings().stream().map(w -> new Warning(w.kind(), w.cardId(), "")).toList());
    }
}
