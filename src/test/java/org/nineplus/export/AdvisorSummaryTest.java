package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineplus.advice.Advice;
import org.nineplus.advice.Advisor;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;

class AdvisorSummaryTest {

    private static final List<String> HEADINGS = List.of("Stage verdicts", "Funded ideas", "Totals", "Peak\u2013end");

    @Test
    void aLongSummaryFlowsOverFramesWithinTheirBoundsAndNoHeadingEndsAFrame() throws Exception {
        Workshop sample = ExportFixtures.sample();
        Journey journey = sample.journeys().get(0);
        Advice advice = Advisor.advise(journey, 120_000.0);
        for (double height : new double[] {842, 595, 400}) {
            List<AdvisorSummary.Frame> frames = AdvisorSummary.layout("Title", journey, advice, 595, height);
            if (height <= 595) {
                assertThat(frames).as("the sample needs more than one frame of " + height).hasSizeGreaterThan(1);
            }
            int found = 0;
            for (AdvisorSummary.Frame frame : frames) {
                for (AdvisorSummary.Text t : frame.texts()) {
                    assertThat(t.line().baseline()).isLessThan(height);
                    assertThat(t.line().x() + t.line().width()).isLessThanOrEqualTo(595);
                    found += HEADINGS.contains(t.line().text()) ? 1 : 0;
                }
                AdvisorSummary.Text last = frame.texts().get(frame.texts().size() - 1);
                assertThat(HEADINGS).as("last text of a frame").doesNotContain(last.line().text());
            }
            assertThat(found).isEqualTo(HEADINGS.size());
        }
    }
}
