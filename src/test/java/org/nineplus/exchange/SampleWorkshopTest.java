package org.nineplus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Stage;
import org.nineplus.model.Workshop;

/** The sample workshops that ship in the jar and open on first start: the English one and the Dutch one. */
class SampleWorkshopTest {

    /** The packaged sample {@code name} from the class path, as the workbench reads it. */
    static Workshop sample(String name) throws Exception {
        try (InputStream in = SampleWorkshopTest.class.getResourceAsStream("/org/nineplus/assets/samples/" + name)) {
            assertThat(in).as("the sample %s is packaged as a resource", name).isNotNull();
            return new WorkshopJson().read(in.readAllBytes(), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims-workshop.json", "claims-workshop_nl.json"})
    void writingAndReadingBackGivesAnEqualWorkshop(String name, @TempDir Path dir) throws Exception {
        WorkshopJson json = new WorkshopJson();
        Workshop sample = sample(name);
        Path file = dir.resolve("sample.json");
        json.write(sample, file);
        assertThat(json.read(file)).isEqualTo(sample);
        assertThat(json.read(json.toJson(sample), "again.json")).isEqualTo(sample);
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims-workshop.json", "claims-workshop_nl.json"})
    void isAValidClaimJourneyWithSixToEightStagesAndTwoMomentsOfTruth(String name) throws Exception {
        Journey journey = sample(name).journeys().get(0);
        assertThat(journey.stages()).hasSizeBetween(6, 8);
        assertThat(journey.stages().stream().filter(Stage::momentOfTruth).count()).isGreaterThanOrEqualTo(2);
        assertThat(journey.stages()).allMatch(s -> s.emotion() != null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims-workshop.json", "claims-workshop_nl.json"})
    void fillsEveryPyramidLaneAndHasAnEmotionLaneAndNotesLanes(String name) throws Exception {
        Journey journey = sample(name).journeys().get(0);
        Set<String> lanesWithCards = journey.cards().stream().map(Card::lane).collect(Collectors.toSet());
        for (LaneKind kind : LaneKind.PYRAMID) {
            Lane lane = journey.lanes().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
            assertThat(lanesWithCards).as(kind.name()).contains(lane.id());
        }
        assertThat(journey.lanes()).filteredOn(l -> l.kind() == LaneKind.EMOTION).hasSize(1);
        assertThat(journey.lanes()).filteredOn(l -> l.kind() == LaneKind.NOTES).hasSizeGreaterThanOrEqualTo(3);
        assertThat(journey.cards()).filteredOn(Card::isIdea).hasSizeGreaterThanOrEqualTo(10);
    }
}
