package org.nineplus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkshopTemplatesTest {

    @Test
    void aBlankWorkshopKeepsEveryRuleOfTheWorkshopFile() {
        Workshop blank = WorkshopTemplates.blank("Onboarding", LocalDate.of(2026, 11, 24));

        assertThat(WorkshopRules.check(blank)).isEmpty();
    }

    @Test
    void aBlankWorkshopHasOneJourneyWithEachPyramidLaneOnceAndNoStagesYet() {
        Journey journey = WorkshopTemplates.blank(" Onboarding ", null).journeys().get(0);

        assertThat(journey.stages()).isEmpty();
        assertThat(journey.cards()).isEmpty();
        assertThat(journey.lanes().stream().map(Lane::kind).filter(LaneKind::isPyramid))
                .containsExactlyElementsOf(LaneKind.PYRAMID);
        assertThat(journey.lanes().stream().filter(l -> l.kind() == LaneKind.EMOTION)).hasSize(1);
    }

    @Test
    void aBlankTitleIsRefused() {
        assertThatThrownBy(() -> WorkshopTemplates.blank("  ", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
