package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.render.LaneBand;
import org.nineplus.render.LayoutOptions;
import org.nineplus.render.MapLayout;
import org.nineplus.render.MapLayouter;
import org.nineplus.render.TextLine;
import org.nineplus.testing.TestWorkshops;

/** The pyramid lanes and the divider speak the user's language on the map. */
class MapWordsTest {

    private static String title(MapLayout layout, LaneKind kind) {
        LaneBand band = layout.lanes().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
        return band.titleLines().stream().map(TextLine::text).collect(Collectors.joining(" "));
    }

    private static MapLayout layout(Journey journey, Locale locale) {
        return MapLayouter.layout(journey, MapWords.in(locale, LayoutOptions.defaults()));
    }

    @Test
    void dutchNamesThePyramidLanesAndTheDivider() {
        MapLayout layout = layout(TestWorkshops.workedExample().journeys().get(0), Locale.forLanguageTag("nl-NL"));
        assertThat(title(layout, LaneKind.CORE)).isEqualTo("Kernbelofte");
        assertThat(title(layout, LaneKind.COMPLAINTS)).isEqualTo("Klachten goed opgelost");
        assertThat(title(layout, LaneKind.INDIVIDUAL)).isEqualTo("Individuele service");
        assertThat(title(layout, LaneKind.SURPRISE)).isEqualTo("Verrassende service");
        assertThat(layout.divider().orElseThrow().basicLabel().text()).contains("7+ basis");
    }

    @Test
    void englishIsTheDefaultAndLanesTheTeamRenamedKeepTheirName() {
        Journey journey = TestWorkshops.workedExample().journeys().get(0);
        List<Lane> lanes = journey.lanes().stream()
                .map(l -> l.kind() == LaneKind.SURPRISE ? l.withName("Wow moments") : l).toList();
        MapLayout english = layout(journey.withLanes(lanes), Locale.ENGLISH);
        assertThat(title(english, LaneKind.CORE)).isEqualTo("Core promise");
        assertThat(title(english, LaneKind.SURPRISE)).isEqualTo("Wow moments");
        MapLayout dutch = layout(journey.withLanes(lanes), Locale.forLanguageTag("nl"));
        assertThat(title(dutch, LaneKind.SURPRISE)).isEqualTo("Wow moments");
        assertThat(title(dutch, LaneKind.CORE)).isEqualTo("Kernbelofte");
    }
}
