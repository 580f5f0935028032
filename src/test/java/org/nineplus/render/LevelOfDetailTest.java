package org.nineplus.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The painter's level of detail: tiny text becomes light bars, tiny cards plain rectangles; 1:1 and vectors stay. */
class LevelOfDetailTest {

    private final MapLayout layout = MapLayoutTest.layout(MapLayoutTest.worked());

    private RecordingSurface paint(Detail detail) {
        RecordingSurface s = new RecordingSurface();
        Painter.paint(layout, s, Viewport.whole(layout), PaintState.NONE, detail);
        return s;
    }

    private List<TextLine> titleLines() {
        return layout.cards().stream().flatMap(c -> c.titleLines().stream()).toList();
    }

    @Test
    void atOneToOneEveryTitleIsRealText() {
        RecordingSurface s = paint(Detail.screen(1));
        List<String> titles = titleLines().stream().map(TextLine::text).toList();
        assertThat(titles).isNotEmpty();
        assertThat(s.texts()).containsAll(titles);
        assertThat(s.texts()).isEqualTo(paint(Detail.FULL).texts());
    }

    @Test
    void atATinyScaleTextBecomesBarsOfItsWidth() {
        RecordingSurface s = paint(Detail.screen(0.15));
        assertThat(s.texts()).as("no card title as glyphs at 15 %")
                .doesNotContainAnyElementsOf(titleLines().stream().map(TextLine::text).toList());
        for (TextLine line : titleLines()) {
            RecordingSurface.Call bar = s.calls.stream()
                    .filter(c -> c.op().equals("fillRect") && c.rect().x() == line.x()
                            && Math.abs(c.rect().bottom() - (line.baseline() - line.size() * 0.1)) < 1e-9)
                    .findFirst().orElseThrow(() -> new AssertionError("no bar for " + line.text()));
            assertThat(bar.rect().width()).as(line.text()).isCloseTo(line.width(), within(0.5));
            assertThat(bar.rect().height()).isLessThan(line.size());
            assertThat(bar.colour().alpha()).as("a light bar").isLessThan(Palette.INK.alpha());
        }
        // Cards are still about 29 px wide at 15 %, drawn with fill, stripe and border, but square: the corner radius
        // would be 0.9 px.
        CardBox e1 = layout.card("e1").orElseThrow();
        assertThat(s.calls).anyMatch(c -> c.op().equals("fillRect") && e1.rect().equals(c.rect()));
        assertThat(s.calls).anyMatch(c -> c.op().equals("strokeRect") && e1.rect().equals(c.rect()));
        assertThat(s.calls).noneMatch(c -> c.op().contains("RoundRect") && e1.rect().equals(c.rect()));
    }

    @Test
    void onScreenCardFramesAndBadgesComeAsStampsUnlessTheirTextIsABar() {
        CardBox e1 = layout.card("e1").orElseThrow();
        assertThat(e1.scoreBadge()).isNotNull();
        Rect frameAt = e1.rect().inset(-CardFrame.REACH, -CardFrame.REACH);
        RecordingSurface whole = new RecordingSurface(true);
        Painter.paint(layout, whole, Viewport.whole(layout), PaintState.NONE, Detail.screen(1));
        assertThat(whole.calls).anyMatch(c -> c.op().equals("stamp") && frameAt.equals(c.rect()));
        assertThat(whole.calls).anyMatch(c -> c.op().equals("stamp") && e1.scoreText().equals(c.text()));
        assertThat(whole.calls).noneMatch(c -> c.op().contains("RoundRect") && e1.rect().equals(c.rect()));
        assertThat(whole.texts()).doesNotContain(e1.scoreText());
        long cards = layout.cards().size();
        assertThat(whole.stamps.stream().filter(CardFrame.class::isInstance).count()).isEqualTo(cards);

        RecordingSurface quarter = new RecordingSurface(true);
        Painter.paint(layout, quarter, Viewport.whole(layout), PaintState.NONE, Detail.screen(0.25));
        assertThat(quarter.calls).as("the frame has no text: still a stamp")
                .anyMatch(c -> c.op().equals("stamp") && frameAt.equals(c.rect()));
        assertThat(quarter.stamps).as("a badge's text is a bar at 25 %: drawn in parts")
                .noneMatch(Badge.class::isInstance);
        assertThat(quarter.calls).anyMatch(c -> c.op().equals("fillRoundRect") && e1.scoreBadge().equals(c.rect()));
    }

    @Test
    void atAQuarterCardsKeepTheirRoundedCornersWhileTitlesAreBars() {
        RecordingSurface s = paint(Detail.screen(0.25));
        CardBox e1 = layout.card("e1").orElseThrow();
        assertThat(s.calls).anyMatch(c -> c.op().equals("fillRoundRect") && e1.rect().equals(c.rect()));
        assertThat(s.texts()).doesNotContainAnyElementsOf(e1.titleLines().stream().map(TextLine::text).toList());
    }

    @Test
    void belowTwentyFivePixelsACardIsOnePlainRectangle() {
        CardBox e1 = layout.card("e1").orElseThrow();
        for (double scale : new double[] {0.05, 0.1}) {
            assertThat(e1.rect().width() * scale).as("card width in pixels").isLessThan(25);
            RecordingSurface s = paint(Detail.screen(scale));
            assertThat(s.calls).noneMatch(c -> c.rect() != null && c.op().contains("RoundRect")
                    && e1.rect().intersects(c.rect()));
            assertThat(s.calls).filteredOn(c -> c.op().equals("fillRect") && e1.rect().equals(c.rect())).hasSize(1);
            // Inside the card only its rectangle: no title, not even as bars, no stripe, border or badge.
            assertThat(s.calls).filteredOn(c -> c.rect() != null && inside(c.rect(), e1.rect())).hasSize(1);
        }
        // Just above the threshold the card keeps its stripe and border.
        double above = 26 / e1.rect().width();
        RecordingSurface s = paint(Detail.screen(above));
        assertThat(s.calls).anyMatch(c -> c.op().equals("strokeRect") && e1.rect().equals(c.rect()));
    }

    private static boolean inside(Rect inner, Rect outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.right() <= outer.right()
                && inner.bottom() <= outer.bottom();
    }

    @Test
    void vectorAndRasterExportsKeepTextAtTheirScale() {
        List<String> titles = titleLines().stream().map(TextLine::text).toList();
        assertThat(paint(Detail.FULL).texts()).containsAll(titles);
        // A PNG at 10 %: titles are 1.4 px or more, still glyphs; only under one pixel are they bars.
        assertThat(paint(Detail.raster(0.1)).texts()).containsAll(titles);
        assertThat(paint(Detail.raster(0.01)).texts()).isEmpty();
    }

    @Test
    void theScreenLeavesTheBackgroundOutUnderTheLanesButNotUnderTheirEdgesAndExportsFillItEverywhere() {
        LaneBand lane = layout.lanes().get(1);
        Point inside = lane.band().center();
        for (Detail export : List.of(Detail.FULL, Detail.raster(0.5), Detail.raster(3))) {
            assertThat(backgroundFills(paint(export))).as("%s", export).anyMatch(r -> r.contains(inside.x(),
                    inside.y()));
        }
        double zoom = 0.8;
        List<Rect> screen = backgroundFills(paint(Detail.screen(zoom)));
        assertThat(screen).noneMatch(r -> r.contains(inside.x(), inside.y()));
        assertThat(screen).as("the header").anyMatch(r -> r.contains(layout.header().rect().centerX(),
                layout.header().rect().centerY()));
        double pixel = 0.99 / zoom;
        for (LaneBand l : layout.lanes()) {
            for (double y : new double[] {l.band().y(), l.band().bottom()}) {
                for (double x : new double[] {l.titleCell().centerX(), l.band().centerX()}) {
                    assertThat(screen).as("under the edge at y %s", y).anyMatch(r -> r.contains(x, y - pixel)
                            && r.contains(x, y + pixel));
                }
            }
            double seam = l.band().x();
            assertThat(screen).as("under the title column's edge").anyMatch(r -> r.contains(seam - pixel,
                    l.band().centerY()) && r.contains(seam + pixel, l.band().centerY()));
        }
    }

    @Test
    void farOutALinksArrowheadAndStartDotAreSmallSquaresAndCloseUpTheirOwnShapes() {
        assertThat(layout.links()).isNotEmpty();
        Point start = layout.links().get(0).points().get(0);
        Rect dot = new Rect(start.x() - 3, start.y() - 3, 6, 6);
        RecordingSurface far = paint(Detail.screen(0.1));
        assertThat(far.calls).noneMatch(c -> c.op().equals("fillRoundRect") && dot.equals(c.rect()));
        assertThat(far.calls).noneMatch(c -> c.op().equals("fillPath") && Palette.LINK.equals(c.colour()));
        assertThat(far.calls).anyMatch(c -> c.op().equals("fillRect") && Palette.LINK.equals(c.colour())
                && c.rect().contains(start.x(), start.y()) && c.rect().width() < dot.width());
        for (Detail close : List.of(Detail.screen(0.5), Detail.screen(1), Detail.FULL, Detail.raster(0.1))) {
            RecordingSurface s = paint(close);
            assertThat(s.calls).as("%s", close).anyMatch(c -> c.op().equals("fillRoundRect") && dot.equals(c.rect()));
            assertThat(s.calls).anyMatch(c -> c.op().equals("fillPath") && Palette.LINK.equals(c.colour()));
        }
    }

    private static List<Rect> backgroundFills(RecordingSurface s) {
        return s.calls.stream().filter(c -> c.op().equals("fillRect") && Palette.BACKGROUND.equals(c.colour()))
                .map(RecordingSurface.Call::rect).toList();
    }
}
