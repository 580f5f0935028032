package org.nineplus.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Stage;
import org.nineplus.testing.TestWorkshops;

class MapLayoutTest {

    static Journey worked() {
        return TestWorkshops.workedExample().journeys().get(0);
    }

    static MapLayout layout(Journey journey) {
        return MapLayouter.layout(journey, LayoutOptions.defaults());
    }

    @Test
    void columnsFollowTheStagesLeftToRight() {
        MapLayout layout = layout(worked());
        assertThat(layout.stages()).extracting(StageColumn::stageId).containsExactly("S1", "S2", "S3");
        for (int i = 1; i < layout.stages().size(); i++) {
            assertThat(layout.stages().get(i).column().x()).isEqualTo(layout.stages().get(i - 1).column().right());
        }
        assertThat(layout.stages().get(0).column().x()).isEqualTo(layout.laneTitleColumn().right());
        assertThat(layout.width()).isGreaterThanOrEqualTo(layout.stages().get(2).column().right());
        StageColumn s2 = layout.stages().get(1);
        assertThat(s2.momentOfTruth()).isTrue();
        assertThat(s2.motMarker()).isNotNull();
        assertThat(layout.stages().get(0).motMarker()).isNull();
        assertThat(s2.timeLabel().text()).isEqualTo("SAVE");
        assertThat(s2.header().bottom()).isLessThanOrEqualTo(s2.column().y());
    }

    @Test
    void resizedColumnsTakeTheirWidth() {
        MapLayout layout = MapLayouter.layout(worked(),
                LayoutOptions.defaults().withColumnWidths(Map.of("S2", 400.0)));
        assertThat(layout.stages().get(1).column().width()).isEqualTo(400);
        assertThat(layout.stages().get(0).column().width()).isEqualTo(LayoutOptions.defaults().defaultColumnWidth());
    }

    @Test
    void everyCardSitsInsideItsCellAndNoTwoCardsOverlap() {
        MapLayout layout = layout(worked());
        assertThat(layout.cards()).hasSize(worked().cards().size());
        for (CardBox card : layout.cards()) {
            CellBox cell = layout.cell(card.stageId(), card.laneId()).orElseThrow();
            Rect c = cell.rect();
            Rect r = card.rect();
            assertThat(r.x()).isGreaterThanOrEqualTo(c.x());
            assertThat(r.right()).isLessThanOrEqualTo(c.right());
            assertThat(r.y()).isGreaterThanOrEqualTo(c.y());
            assertThat(r.bottom()).isLessThanOrEqualTo(c.bottom());
            assertThat(cell.cardIds()).contains(card.cardId());
        }
        List<CardBox> cards = layout.cards();
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                assertThat(cards.get(i).rect().overlaps(cards.get(j).rect()))
                        .as("%s and %s", cards.get(i).cardId(), cards.get(j).cardId()).isFalse();
            }
        }
    }

    @Test
    void cardsInACellStackInFileOrder() {
        MapLayout layout = layout(worked());
        CardBox e2 = layout.card("e2").orElseThrow();
        CardBox a = layout.card("A").orElseThrow();
        assertThat(layout.cell("S2", "core").orElseThrow().cardIds()).containsExactly("e2", "A");
        assertThat(a.rect().y()).isGreaterThan(e2.rect().bottom());
        assertThat(e2.indexInCell()).isZero();
        assertThat(a.indexInCell()).isEqualTo(1);
    }

    @Test
    void everyCardShowsItsWholeTitleAndItsScore() {
        MapLayout layout = layout(worked());
        for (Card card : worked().cards()) {
            CardBox box = layout.card(card.id()).orElseThrow();
            assertThat(words(box.shownTitle())).isEqualTo(words(card.title()));
            assertThat(box.idea()).isEqualTo(card.isIdea());
            for (TextLine line : box.titleLines()) {
                assertThat(line.x() + line.width()).isLessThanOrEqualTo(box.rect().right());
                assertThat(line.baseline()).isLessThan(box.rect().bottom());
            }
        }
        assertThat(layout.card("e3").orElseThrow().scoreText()).isEqualTo("7.5");
        assertThat(layout.card("A").orElseThrow().scoreText()).isEqualTo("\u2192 7.6");
        assertThat(layout.card("A").orElseThrow().ideaMark()).isNotNull();
        assertThat(layout.card("e3").orElseThrow().ideaMark()).isNull();
        assertThat(layout.card("E").orElseThrow().scoreText()).isNull();
    }

    @Test
    void aLongTitleWrapsAndTheCardGrows() {
        Journey journey = worked();
        MapLayout before = layout(journey);
        String longTitle = "A personal claim handler who knows the family, calls back within the hour and stays "
                + "with them until the house is dry again";
        MapLayout after = layout(withTitle(journey, "B", longTitle));
        CardBox shortCard = before.card("B").orElseThrow();
        CardBox longCard = after.card("B").orElseThrow();
        assertThat(longCard.titleLines()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(longCard.rect().height()).isGreaterThan(shortCard.rect().height() + 40);
        assertThat(longCard.shownTitle()).isEqualTo(longTitle);
        LaneBand individual = after.lanes().get(2);
        assertThat(individual.band().height()).isGreaterThanOrEqualTo(longCard.rect().height());
    }

    @Test
    void aThreeHundredCharacterWordIsBrokenNotCut() {
        String word = "Overlongwordwithoutspaces".repeat(12);
        assertThat(word).hasSize(300);
        MapLayout layout = layout(withTitle(worked(), "C", word));
        CardBox card = layout.card("C").orElseThrow();
        assertThat(card.titleLines()).hasSizeGreaterThan(5);
        assertThat(String.join("", card.titleLines().stream().map(TextLine::text).toList())).isEqualTo(word);
        card.titleLines().forEach(l -> assertThat(l.x() + l.width()).isLessThanOrEqualTo(card.rect().right()));
        CellBox cell = layout.cell("S2", "surprise").orElseThrow();
        assertThat(cell.rect().bottom()).isGreaterThanOrEqualTo(card.rect().bottom());
    }

    @Test
    void eachLaneIsAsTallAsItsTallestCell() {
        Journey journey = withTitle(worked(), "D", "Faster homepage that loads in under one second on a phone "
                + "in a cellar with one bar of signal");
        MapLayout layout = layout(journey);
        double padding = LayoutOptions.defaults().cellPadding();
        for (LaneBand lane : layout.lanes()) {
            double tallest = 0;
            for (CellBox cell : layout.cells()) {
                if (cell.laneId().equals(lane.laneId())) {
                    List<CardBox> cards = layout.cardsIn(cell);
                    if (!cards.isEmpty()) {
                        tallest = Math.max(tallest, cards.get(cards.size() - 1).rect().bottom() - cell.rect().y());
                    }
                    assertThat(cell.rect().height()).isEqualTo(lane.band().height());
                }
            }
            assertThat(lane.band().height()).isGreaterThanOrEqualTo(tallest + padding);
            if (tallest + padding > LayoutOptions.defaults().minLaneHeight()) {
                assertThat(lane.band().height()).isCloseTo(tallest + padding, offset(0.01));
            }
        }
    }

    @Test
    void theDividerSitsBetweenComplaintsAndIndividual() {
        MapLayout layout = layout(worked());
        Divider divider = layout.divider().orElseThrow();
        LaneBand complaints = layout.lanes().get(1);
        LaneBand individual = layout.lanes().get(2);
        assertThat(complaints.kind()).isEqualTo(LaneKind.COMPLAINTS);
        assertThat(individual.kind()).isEqualTo(LaneKind.INDIVIDUAL);
        assertThat(divider.rect().y()).isEqualTo(complaints.band().bottom());
        assertThat(divider.rect().bottom()).isEqualTo(individual.band().y());
        assertThat(divider.lineY()).isBetween(complaints.band().bottom(), individual.band().y());
        assertThat(divider.distinctiveAbove()).isFalse();
        assertThat(divider.basicLabel().baseline()).isLessThan(divider.lineY());
        assertThat(divider.distinctiveLabel().baseline()).isGreaterThan(divider.lineY());
        assertThat(divider.basicLabel().text()).endsWith("7+ basic");
        assertThat(divider.distinctiveLabel().text()).endsWith("9+ distinctive");
        assertThat(complaints.role().isBasic()).isTrue();
        assertThat(individual.role().isDistinctive()).isTrue();
    }

    @Test
    void thePyramidTopDownPutsDistinctiveAboveTheDivider() {
        List<Lane> lanes = new ArrayList<>(TestWorkshops.standardLanes());
        List<Lane> pyramid = new ArrayList<>(lanes.subList(0, 4));
        java.util.Collections.reverse(pyramid);
        lanes.subList(0, 4).clear();
        lanes.addAll(1, pyramid);
        MapLayout layout = layout(worked().withLanes(lanes));
        Divider divider = layout.divider().orElseThrow();
        assertThat(divider.distinctiveAbove()).isTrue();
        LaneBand individual = layout.lanes().stream().filter(l -> l.kind() == LaneKind.INDIVIDUAL).findFirst()
                .orElseThrow();
        assertThat(divider.rect().y()).isEqualTo(individual.band().bottom());
        assertThat(divider.distinctiveLabel().baseline()).isLessThan(divider.lineY());
    }

    @Test
    void splitPyramidLanesGetNoDividerButKeepTheirHalf() {
        List<Lane> lanes = new ArrayList<>(TestWorkshops.standardLanes());
        Lane channels = lanes.remove(5);
        lanes.add(2, channels);
        MapLayout layout = layout(worked().withLanes(lanes));
        assertThat(layout.divider()).isEmpty();
        assertThat(layout.lanes()).extracting(LaneBand::kind).containsExactly(LaneKind.CORE, LaneKind.COMPLAINTS,
                LaneKind.NOTES, LaneKind.INDIVIDUAL, LaneKind.SURPRISE, LaneKind.EMOTION);
        for (int i = 1; i < layout.lanes().size(); i++) {
            assertThat(layout.lanes().get(i).band().y()).isEqualTo(layout.lanes().get(i - 1).band().bottom());
        }
        assertThat(MapLayouter.dividerIndex(lanes)).isEqualTo(-1);
    }

    @Test
    void laneTitlesOfThePyramidCanBeTranslated() {
        LayoutOptions dutch = LayoutOptions.defaults().withWords(Map.of(LaneKind.CORE, "Kernbelofte",
                LaneKind.SURPRISE, "Verrassing"), "7+ basis", "9+ onderscheidend");
        MapLayout layout = MapLayouter.layout(worked(), dutch);
        assertThat(layout.lanes().get(0).titleLines().get(0).text()).isEqualTo("Kernbelofte");
        assertThat(layout.lanes().get(3).titleLines().get(0).text()).isEqualTo("Verrassing");
        assertThat(layout.lanes().get(1).titleLines()).extracting(TextLine::text)
                .containsExactly("Complaints put right");
        assertThat(layout.lanes().get(5).titleLines().get(0).text()).isEqualTo("Channels");
        assertThat(layout.divider().orElseThrow().distinctiveLabel().text()).endsWith("9+ onderscheidend");
    }

    @Test
    void emotionPointsSitAtColumnCentresAndMapMinusThreeAndPlusThreeToTheLaneBottomAndTop() {
        MapLayout layout = layout(worked());
        EmotionCurve curve = layout.emotion().orElseThrow();
        LaneBand lane = layout.lanes().get(4);
        assertThat(lane.kind()).isEqualTo(LaneKind.EMOTION);
        assertThat(curve.points()).extracting(EmotionPoint::emotion).containsExactly(1, -2, 1);
        for (EmotionPoint p : curve.points()) {
            assertThat(p.at().x()).isEqualTo(layout.stages().get(p.stageIndex()).column().centerX());
            assertThat(lane.band().contains(p.at().x(), p.at().y())).isTrue();
        }
        assertThat(curve.yFor(-3)).isEqualTo(curve.plot().bottom());
        assertThat(curve.yFor(3)).isEqualTo(curve.plot().y());
        assertThat(curve.plot().y()).isGreaterThan(lane.band().y());
        assertThat(curve.plot().bottom()).isLessThan(lane.band().bottom());
        assertThat(curve.yFor(-3)).isGreaterThan(curve.yFor(3));
        for (int e = -3; e <= 3; e++) {
            assertThat(curve.emotionAt(curve.yFor(e))).isCloseTo(e, offset(1e-9));
            assertThat(curve.snappedEmotionAt(curve.yFor(e) + 3)).isEqualTo(e);
        }
        assertThat(curve.emotionAt(lane.band().bottom() + 100)).isEqualTo(-3);
        assertThat(curve.emotionAt(lane.band().y() - 100)).isEqualTo(3);
    }

    @Test
    void theCurveIsSmoothThroughThePointsAndStaysInTheLane() {
        MapLayout layout = layout(worked());
        EmotionCurve curve = layout.emotion().orElseThrow();
        assertThat(curve.runs()).hasSize(1);
        List<Bezier> run = curve.runs().get(0);
        assertThat(run).hasSize(2);
        assertThat(run.get(0).start()).isEqualTo(curve.points().get(0).at());
        assertThat(run.get(0).end()).isEqualTo(curve.points().get(1).at());
        assertThat(run.get(1).start()).isEqualTo(run.get(0).end());
        // C1 continuity at the joint: the control points on both sides are collinear with it.
        Point joint = run.get(0).end();
        Point in = run.get(0).control2();
        Point out = run.get(1).control1();
        double cross = (joint.x() - in.x()) * (out.y() - joint.y()) - (joint.y() - in.y()) * (out.x() - joint.x());
        assertThat(cross).isCloseTo(0, offset(1e-6));
        for (Bezier b : run) {
            for (double t = 0; t <= 1; t += 0.05) {
                Point p = b.at(t);
                assertThat(p.y()).isBetween(curve.plot().y(), curve.plot().bottom());
            }
        }
    }

    @Test
    void aStageWithoutEmotionHasNoPointAndBreaksTheCurve() {
        Journey journey = worked();
        List<Stage> stages = new ArrayList<>(journey.stages());
        stages.set(1, stages.get(1).withEmotion(null));
        EmotionCurve curve = layout(journey.withStages(stages)).emotion().orElseThrow();
        assertThat(curve.points()).extracting(EmotionPoint::stageId).containsExactly("S1", "S3");
        assertThat(curve.runs()).isEmpty();
    }

    @Test
    void anEmptyJourneyLaysOut() {
        Journey empty = new Journey("j", "Blank canvas", "", null, List.of(), TestWorkshops.standardLanes(),
                List.of(), List.of());
        MapLayout layout = layout(empty);
        assertThat(layout.cards()).isEmpty();
        assertThat(layout.width()).isPositive();
        assertThat(layout.cardAt(300, 300)).isEmpty();
        assertThat(layout.cellAt(300, 300)).isEmpty();
        assertThat(layout.cardsIn(layout.bounds())).isEmpty();
    }

    static Journey withTitle(Journey journey, String cardId, String title) {
        return journey.withCards(journey.cards().stream().map(c -> c.id().equals(cardId) ? c.withTitle(title) : c)
                .toList());
    }

    static List<String> words(String s) {
        return Arrays.asList(s.trim().split("\\s+"));
    }
}
