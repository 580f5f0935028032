package org.nineplus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Journey;
import org.nineplus.model.Link;

class LinkRouteTest {

    /** The worked example's link plus links across columns, lanes and the divider, both directions. */
    private static Journey linked() {
        return MapLayoutTest.worked().withLinks(List.of(new Link("e2", "A"), new Link("e1", "B"),
                new Link("C", "e4"), new Link("F", "e3"), new Link("e4", "D"), new Link("A", "e2"),
                new Link("e1", "F")));
    }

    @Test
    void everyLinkRunsFromTheEdgeOfOneCardToTheEdgeOfTheOther() {
        MapLayout layout = MapLayoutTest.layout(linked());
        assertThat(layout.links()).hasSize(7);
        for (LinkRoute link : layout.links()) {
            Rect from = layout.card(link.fromCardId()).orElseThrow().rect();
            Rect to = layout.card(link.toCardId()).orElseThrow().rect();
            Point start = link.points().get(0);
            Point end = link.points().get(link.points().size() - 1);
            assertThat(onVerticalEdge(start, from)).as("start of %s", link).isTrue();
            assertThat(onVerticalEdge(end, to)).as("end of %s", link).isTrue();
            assertThat(link.arrowHead().get(0)).isEqualTo(end);
            for (int i = 1; i < link.points().size(); i++) {
                Point a = link.points().get(i - 1);
                Point b = link.points().get(i);
                assertThat(a.x() == b.x() || a.y() == b.y()).as("orthogonal segment of %s", link).isTrue();
            }
        }
    }

    @Test
    void linksGoAroundCardsTheyDoNotConnect() {
        MapLayout layout = MapLayoutTest.layout(linked());
        for (LinkRoute link : layout.links()) {
            for (CardBox card : layout.cards()) {
                for (int i = 1; i < link.points().size(); i++) {
                    Point a = link.points().get(i - 1);
                    Point b = link.points().get(i);
                    boolean ownEnd = card.cardId().equals(link.fromCardId()) && i == 1
                            || card.cardId().equals(link.toCardId()) && i == link.points().size() - 1;
                    if (!ownEnd) {
                        assertThat(crossesInterior(a, b, card.rect()))
                                .as("%s segment %d through card %s", link, i, card.cardId()).isFalse();
                    }
                }
            }
            for (int i = 2; i < link.points().size() - 1; i++) {
                for (CardBox card : layout.cards()) {
                    assertThat(crossesInterior(link.points().get(i - 1), link.points().get(i), card.rect()))
                            .isFalse();
                }
            }
        }
    }

    @Test
    void linksToUnknownCardsAreLeftOut() {
        MapLayout layout = MapLayoutTest.layout(MapLayoutTest.worked().withLinks(List.of(new Link("e1", "nope"),
                new Link("e1", "e2"))));
        assertThat(layout.links()).extracting(LinkRoute::toCardId).containsExactly("e2");
        assertThat(layout.links().get(0).linkIndex()).isEqualTo(1);
    }

    private static boolean onVerticalEdge(Point p, Rect r) {
        return (Math.abs(p.x() - r.x()) < 1e-9 || Math.abs(p.x() - r.right()) < 1e-9) && p.y() > r.y()
                && p.y() < r.bottom();
    }

    /** Samples the segment every half point and asks whether any sample lies strictly inside the rectangle. */
    static boolean crossesInterior(Point a, Point b, Rect r) {
        double length = a.distanceTo(b);
        int steps = Math.max(1, (int) Math.ceil(length / 0.5));
        for (int s = 0; s <= steps; s++) {
            double t = (double) s / steps;
            double x = a.x() + t * (b.x() - a.x());
            double y = a.y() + t * (b.y() - a.y());
            if (r.containsInside(x, y)) {
                return true;
            }
        }
        return false;
    }
}
