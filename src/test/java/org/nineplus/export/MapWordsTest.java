package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Stage;
import org.nineplus.model.TimeKind;
import org.nineplus.render.CardBox;
import org.nineplus.render.LaneBand;
import org.nineplus.render.LayoutOptions;
import org.nineplus.render.MapDecorations;
import org.nineplus.render.MapLabels;
import org.nineplus.render.MapLayout;
import org.nineplus.render.MapLayouter;
import org.nineplus.render.PaintState;
import org.nineplus.render.Painter;
import org.nineplus.render.StageColumn;
import org.nineplus.render.TextLine;
import org.nineplus.render.TextMeasurer;
import org.nineplus.render.Viewport;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.testing.TextSurface;

/**
 * The words drawn on the map (lanes, divider, stage tags, moment of truth, IDEA, peak and end) speak the reader's
 * language and fit their places.
 */
class MapWordsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static String title(MapLayout layout, LaneKind kind) {
        LaneBand band = layout.lanes().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
        return band.titleLines().stream().map(TextLine::text).collect(Collectors.joining(" "));
    }

    private static MapLayout layout(Journey journey, Locale locale) {
        return MapLayouter.layout(journey, MapWords.in(locale, LayoutOptions.defaults()));
    }

    /** The worked example with its first stage a SPEND moment of truth and its second a SAVE moment of truth. */
    private static Journey bothTimesAtMoments() {
        Journey journey = TestWorkshops.workedExample().journeys().get(0);
        List<Stage> stages = new ArrayList<>(journey.stages());
        stages.set(0, stages.get(0).withTime(TimeKind.SPEND).withMomentOfTruth(true));
        stages.set(1, stages.get(1).withTime(TimeKind.SAVE).withMomentOfTruth(true));
        return journey.withStages(stages);
    }

    private static List<String> painted(MapLayout layout, MapDecorations marks) {
        TextSurface surface = new TextSurface();
        Painter.paint(layout, surface, Viewport.whole(layout), PaintState.NONE.withDecorations(marks));
        return surface.texts();
    }

    @Test
    void dutchNamesThePyramidLanesAndTheDivider() {
        MapLayout layout = layout(TestWorkshops.workedExample().journeys().get(0), DUTCH);
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

    @Test
    void dutchTagsTheStagesTheMomentsOfTruthAndTheIdeas() {
        Journey journey = bothTimesAtMoments();
        MapLayout dutch = layout(journey, DUTCH);
        StageColumn spend = dutch.stages().get(0);
        StageColumn save = dutch.stages().get(1);
        assertThat(spend.timeLabel().text()).isEqualTo("GENIET");
        assertThat(save.timeLabel().text()).isEqualTo("SNEL");
        assertThat(spend.motLabel().text()).as("the whole Dutch label fits a column of the default width")
                .isEqualTo("Moment van de waarheid");
        assertThat(save.motLabel().text()).isEqualTo("Moment van de waarheid");
        List<CardBox> ideas = dutch.cards().stream().filter(CardBox::idea).toList();
        assertThat(ideas).isNotEmpty().allSatisfy(c -> assertThat(c.ideaLabel().text()).isEqualTo("IDEE"));

        MapLayout english = layout(journey, Locale.UK);
        assertThat(english.stages().get(0).timeLabel().text()).isEqualTo("SPEND");
        assertThat(english.stages().get(1).timeLabel().text()).isEqualTo("SAVE");
        assertThat(english.stages().get(0).motLabel().text()).isEqualTo("Moment of truth");
        assertThat(english.cards().stream().filter(CardBox::idea)).allSatisfy(c ->
                assertThat(c.ideaLabel().text()).isEqualTo("IDEA"));
        assertThat(MapLayouter.layout(journey, LayoutOptions.defaults()).stages().get(0).timeLabel().text())
                .as("render's own default stays English").isEqualTo("SPEND");
    }

    @Test
    void theEmotionCurveTagsThePeakAndTheEndInDutch() {
        Journey journey = bothTimesAtMoments();
        String first = journey.stages().get(0).id();
        String last = journey.stages().get(journey.stages().size() - 1).id();
        MapLayout dutch = layout(journey, DUTCH);
        assertThat(dutch.labels().peak()).isEqualTo("Piek");

        List<String> apart = painted(dutch, new MapDecorations(null, null, first, last));
        assertThat(apart).contains("Piek", "Einde", "GENIET", "SNEL", "IDEE", "Moment van de waarheid",
                        "Kernbelofte")
                .doesNotContain("Peak", "End", "SPEND", "SAVE", "IDEA", "Moment of truth", "MoT", "Core promise");
        assertThat(painted(dutch, new MapDecorations(null, null, last, last))).contains("Piek \u00b7 Einde");
        assertThat(painted(layout(journey, Locale.UK), new MapDecorations(null, null, last, last)))
                .contains("Peak \u00b7 End", "SPEND", "SAVE", "IDEA", "Moment of truth");
    }

    /**
     * Dutch words are longer than English ones: at every column width from the narrowest the layout allows, the
     * stage tag, its label and the moment-of-truth label stay inside the stage header (keeping its padding on the
     * right as on the left), and the IDEA mark inside its card, measured with the layout's own font metrics.
     */
    @Test
    void theWordsFitTheirPlacesAtEveryColumnWidth() {
        Journey journey = bothTimesAtMoments();
        TextMeasurer measure = TextMeasurer.standard();
        for (Locale locale : List.of(DUTCH, Locale.UK)) {
            MapLabels words = MapWords.in(locale).labels();
            for (double width = LayoutOptions.MIN_COLUMN_WIDTH; width <= 320; width += 5) {
                MapLayout map = MapLayouter.layout(journey, MapWords.in(locale).withDefaultColumnWidth(width));
                String where = locale + " at column width " + width;
                for (StageColumn stage : map.stages()) {
                    TextLine time = stage.timeLabel();
                    assertThat(time.width()).isCloseTo(measure.width(time.text(), time.size(), time.bold()),
                            within(1e-9));
                    double inset = stage.timeTag().x() - stage.header().x();
                    assertThat(inset).as(where).isPositive();
                    assertThat(stage.timeTag().right()).as(where + ": " + time.text() + " keeps the header's padding")
                            .isLessThanOrEqualTo(stage.header().right() - inset);
                    assertThat(time.x() + time.width()).as(where).isLessThanOrEqualTo(stage.timeTag().right());
                    TextLine mot = stage.motLabel();
                    if (mot != null) {
                        assertThat(mot.text()).isIn(words.momentOfTruth(), words.momentOfTruthShort());
                        assertThat(mot.width()).isCloseTo(measure.width(mot.text(), mot.size(), true), within(1e-9));
                        assertThat(mot.x() + mot.width()).as(where + ": " + mot.text())
                                .isLessThanOrEqualTo(stage.header().right() - inset);
                    }
                    if (width >= LayoutOptions.defaults().defaultColumnWidth()) {
                        assertThat(mot).as(where + ": a moment of truth is named in a column this wide").isNotNull();
                    }
                }
                for (CardBox card : map.cards()) {
                    if (card.idea()) {
                        assertThat(card.ideaMark().right()).as(where).isLessThanOrEqualTo(card.rect().right());
                        assertThat(card.ideaLabel().x() + card.ideaLabel().width()).as(where)
                                .isLessThanOrEqualTo(card.ideaMark().right());
                    }
                }
            }
        }
    }
}
