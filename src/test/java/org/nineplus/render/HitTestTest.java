package org.nineplus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Journey;
import org.nineplus.model.Link;
import org.nineplus.testing.TestWorkshops;

class HitTestTest {

    private final MapLayout layout = MapLayoutTest.layout(MapLayoutTest.worked());

    @Test
    void cardAtTheCentreOfEachCardFindsThatCard() {
        for (CardBox card : layout.cards()) {
            assertThat(layout.cardAt(card.rect().centerX(), card.rect().centerY())).contains(card);
        }
        CardBox e2 = layout.card("e2").orElseThrow();
        assertThat(layout.cardAt(e2.rect().x() - 2, e2.rect().centerY())).isEmpty();
        assertThat(layout.cardAt(e2.rect().centerX(), e2.rect().bottom() + 2)).isEmpty();
        assertThat(layout.cardAt(-5, -5)).isEmpty();
    }

    @Test
    void cellAtGivesTheCellAndTheInsertionIndexOfADrop() {
        CardBox e2 = layout.card("e2").orElseThrow();
        CardBox a = layout.card("A").orElseThrow();
        double x = e2.rect().centerX();
        assertThat(layout.cellAt(x, e2.rect().y() + 2)).contains(new CellHit("S2", "core", 0));
        assertThat(layout.cellAt(x, (e2.rect().bottom() + a.rect().y()) / 2)).contains(new CellHit("S2", "core", 1));
        assertThat(layout.cellAt(x, a.rect().bottom() + 4)).contains(new CellHit("S2", "core", 2));
        CellBox empty = layout.cell("S3", "surprise").orElseThrow();
        assertThat(layout.cellAt(empty.rect().centerX(), empty.rect().centerY()))
                .contains(new CellHit("S3", "surprise", 0));
        CellBox emotion = layout.cell("S1", "emotion").orElseThrow();
        assertThat(layout.cellAt(emotion.rect().centerX(), emotion.rect().centerY())).isEmpty();
        Divider divider = layout.divider().orElseThrow();
        assertThat(layout.cellAt(x, divider.lineY())).isEmpty();
        assertThat(layout.cellAt(layout.laneTitleColumn().centerX(), e2.rect().centerY())).isEmpty();
    }

    @Test
    void stageHeaderAtFindsTheHeaderOnly() {
        StageColumn s3 = layout.stages().get(2);
        assertThat(layout.stageHeaderAt(s3.header().centerX(), s3.header().centerY())).contains(s3);
        assertThat(layout.stageHeaderAt(s3.column().centerX(), s3.column().centerY())).isEmpty();
        assertThat(layout.stageHeaderAt(layout.laneTitleColumn().centerX(), s3.header().centerY())).isEmpty();
    }

    @Test
    void cardsInARubberBandAreTheCardsItTouches() {
        CardBox e1 = layout.card("e1").orElseThrow();
        CardBox f = layout.card("F").orElseThrow();
        Rect band = Rect.spanning(e1.rect().centerX(), e1.rect().centerY(), f.rect().centerX(), f.rect().centerY());
        assertThat(layout.cardsIn(band)).extracting(CardBox::cardId).containsExactlyInAnyOrder("e1", "D", "F");
        assertThat(layout.cardsIn(layout.bounds())).hasSize(layout.cards().size());
        CellBox empty = layout.cell("S3", "surprise").orElseThrow();
        assertThat(layout.cardsIn(empty.rect())).isEmpty();
    }

    @Test
    void linkAtFindsALinkNearItsSegments() {
        Journey journey = MapLayoutTest.worked();
        MapLayout withLinks = MapLayoutTest.layout(journey.withLinks(List.of(new Link("e2", "A"),
                new Link("e1", "e4"))));
        LinkRoute first = withLinks.links().get(0);
        Point a = first.points().get(1);
        Point b = first.points().get(2);
        double mx = (a.x() + b.x()) / 2;
        double my = (a.y() + b.y()) / 2;
        assertThat(withLinks.linkAt(mx, my, 3)).contains(first);
        assertThat(withLinks.linkAt(mx + 2.5, my, 3)).contains(first);
        assertThat(withLinks.linkAt(mx + 20, my, 3)).isEmpty();
        LinkRoute second = withLinks.links().get(1);
        Point p = second.points().get(second.points().size() / 2);
        assertThat(withLinks.linkAt(p.x(), p.y(), 2)).contains(second);
        assertThat(second.linkIndex()).isEqualTo(1);
    }

    @Test
    void hitTestsAgreeWithALinearScanOnTheLargeMap() {
        MapLayout large = MapLayoutTest.layout(TestWorkshops.large5000().journeys().get(0));
        assertThat(large.cards()).hasSize(5000);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            double x = random.nextDouble() * large.width();
            double y = random.nextDouble() * large.height();
            CardBox expected = large.cards().stream().filter(c -> c.rect().contains(x, y)).findFirst().orElse(null);
            assertThat(large.cardAt(x, y).orElse(null)).isEqualTo(expected);
        }
        Rect area = new Rect(large.width() * 0.3, large.height() * 0.2, 900, 700);
        assertThat(large.cardsIn(area)).containsExactlyInAnyOrderElementsOf(
                large.cards().stream().filter(c -> c.rect().overlaps(area)).toList());
    }
}
