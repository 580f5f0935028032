package org.nineplus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.testing.TestWorkshops;

class PainterTest {

    private final MapLayout layout = MapLayoutTest.layout(MapLayoutTest.worked());

    @Test
    void aPngOfTheWorkedExampleHasTheCardAndLaneColoursWhereTheLayoutSaysTheyAre(@TempDir Path dir)
            throws Exception {
        BufferedImage image = RenderTestSupport.paint(layout, 1.0);
        Path png = dir.resolve("worked.png");
        ImageIO.write(image, "png", png.toFile());
        BufferedImage back = ImageIO.read(png.toFile());
        assertThat(Files.size(png)).isPositive();

        CardBox e3 = layout.card("e3").orElseThrow();
        Point empty = emptySpotIn(e3);
        assertThat(rgb(back, empty)).isEqualTo(Palette.CARD_FILL.rgb());
        CardBox idea = layout.card("B").orElseThrow();
        assertThat(rgb(back, emptySpotIn(idea))).isEqualTo(Palette.IDEA_FILL.rgb());

        // An empty cell of each pyramid lane shows that lane's colour.
        for (String lane : List.of("core", "complaints", "individual", "surprise")) {
            CellBox cell = layout.cell("S3", lane).orElseThrow();
            Point p = layout.cardsIn(cell).isEmpty() ? cell.rect().center()
                    : new Point(cell.rect().centerX(), cell.rect().bottom() - 4);
            LaneBand band = layout.lanes().stream().filter(l -> l.laneId().equals(lane)).findFirst().orElseThrow();
            assertThat(rgb(back, p)).as(lane).isEqualTo(Palette.laneFill(band.role()).rgb());
        }
        assertThat(Palette.laneFill(LaneRole.CORE)).isNotEqualTo(Palette.laneFill(LaneRole.INDIVIDUAL));

        // The divider line is drawn in its colour across the map.
        Divider d = layout.divider().orElseThrow();
        assertThat(rgb(back, new Point(layout.stages().get(1).column().centerX(), d.lineY())))
                .isEqualTo(Palette.DIVIDER.rgb());
        // A failing score has the warning badge.
        CardBox e2 = layout.card("e2").orElseThrow();
        Rect badge = e2.scoreBadge();
        assertThat(rgb(back, new Point(badge.x() + 2.5, badge.centerY()))).isEqualTo(Palette.SCORE_FAIL.rgb());
    }

    @Test
    void withASmallViewportOnlyTheVisibleCardsArePainted() {
        CardBox e1 = layout.card("e1").orElseThrow();
        Viewport view = Viewport.of(e1.rect().inset(-4, -4));
        RecordingSurface surface = new RecordingSurface();
        Painter.paint(layout, surface, view);

        assertThat(surface.texts()).contains("Clear website");
        for (CardBox other : layout.cards()) {
            if (!other.cardId().equals("e1")) {
                String firstLine = other.titleLines().get(0).text();
                assertThat(surface.texts()).as(other.cardId()).doesNotContain(firstLine);
            }
        }
        assertThat(surface.texts()).doesNotContain("Home insurance claim");
        assertThat(surface.openClips()).isZero();
        long cardFills = surface.calls.stream().filter(c -> c.op().equals("fillRoundRect")
                && c.colour().equals(Palette.CARD_FILL) && c.rect().equals(e1.rect())).count();
        assertThat(cardFills).isEqualTo(1);

        RecordingSurface whole = new RecordingSurface();
        Painter.paint(layout, whole, Viewport.whole(layout));
        for (CardBox card : layout.cards()) {
            assertThat(whole.texts()).containsAll(card.titleLines().stream().map(TextLine::text).toList());
        }
        assertThat(whole.texts()).contains("Home insurance claim", "Young family in their first house",
                "Orient", "Report a claim", "Settlement", "Core promise", "Surprise", "SAVE", "Moment of truth");
        assertThat(whole.texts()).anyMatch(t -> t.endsWith("7+ basic")).anyMatch(t -> t.endsWith("9+ distinctive"));
        assertThat(whole.calls.size()).isGreaterThan(surface.calls.size() * 5);
    }

    @Test
    void ideasAreDashedAndMarkedAndExistingCardsAreNot() {
        RecordingSurface surface = new RecordingSurface();
        Painter.paint(layout, surface, Viewport.whole(layout));
        for (CardBox card : layout.cards()) {
            boolean dashed = surface.calls.stream().anyMatch(c -> c.op().equals("strokeRoundRectDashed")
                    && card.rect().equals(c.rect()));
            assertThat(dashed).as(card.cardId()).isEqualTo(card.idea());
        }
        long ideaMarks = surface.texts().stream().filter("IDEA"::equals).count();
        assertThat(ideaMarks).isEqualTo(layout.cards().stream().filter(CardBox::idea).count());
    }

    @Test
    void theOverlaysOfThePaintStateAreDrawn() {
        CellHit drop = new CellHit("S3", "surprise", 0);
        Rgb verdict = Rgb.hex(0xD55E00);
        PaintState state = PaintState.NONE.withSelection(Set.of("A")).withHover("e1").withDropTarget(drop)
                .withStageTints(Map.of("S2", verdict));
        RecordingSurface surface = new RecordingSurface();
        Painter.paint(layout, surface, Viewport.whole(layout), state);

        Rect selected = layout.card("A").orElseThrow().rect();
        assertThat(surface.calls).anyMatch(c -> c.op().equals("strokeRoundRect")
                && c.colour().equals(Palette.SELECTION) && c.rect().x() < selected.x()
                && c.rect().right() > selected.right());
        assertThat(surface.calls).anyMatch(c -> c.colour() != null && c.colour().equals(Palette.HOVER));
        Rect cell = layout.cell("S3", "surprise").orElseThrow().rect();
        assertThat(surface.calls).anyMatch(c -> c.op().equals("fillRect") && c.rect().equals(cell)
                && c.colour().equals(Palette.DROP_FILL));
        assertThat(surface.calls).anyMatch(c -> c.colour() != null && c.colour().rgb() == verdict.rgb());

        RecordingSurface plain = new RecordingSurface();
        Painter.paint(layout, plain, Viewport.whole(layout));
        assertThat(plain.calls).noneMatch(c -> Palette.SELECTION.equals(c.colour()) || Palette.HOVER.equals(
                c.colour()) || Palette.DROP_FILL.equals(c.colour()));
    }

    @Test
    void theLargeMapPaintsOnlyTheCardsInView() {
        MapLayout large = MapLayoutTest.layout(TestWorkshops.large5000().journeys().get(0));
        Viewport screen = new Viewport(1200, 900, 1600, 1000);
        RecordingSurface surface = new RecordingSurface();
        Painter.paint(large, surface, screen);
        long painted = surface.calls.stream().filter(c -> c.op().equals("fillRoundRect") && (c.colour().equals(
                Palette.CARD_FILL) || c.colour().equals(Palette.IDEA_FILL))
                && large.cardAt(c.rect().centerX(), c.rect().centerY()).map(b -> b.rect().equals(c.rect()))
                        .orElse(false)).count();
        assertThat(painted).isPositive().isEqualTo(large.cardsIn(screen.rect().inset(-4, -4)).size()).isLessThan(300);
    }

    /** A point inside the card clear of its text, badge and mark, found from the layout. */
    static Point emptySpotIn(CardBox card) {
        Rect inner = card.rect().inset(CardPainter.STRIPE + 4, 4);
        for (double y = inner.y(); y < inner.bottom(); y += 1) {
            for (double x = inner.x(); x < inner.right(); x += 1) {
                if (clear(card, x, y)) {
                    return new Point(x, y);
                }
            }
        }
        throw new AssertionError("no empty spot in " + card);
    }

    private static boolean clear(CardBox card, double x, double y) {
        for (double dx = -3; dx <= 3; dx++) {
            for (double dy = -3; dy <= 3; dy++) {
                if (covered(card, x + dx, y + dy)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean covered(CardBox card, double x, double y) {
        for (TextLine line : card.titleLines()) {
            if (x <= line.x() + line.width() + 1 && y >= line.baseline() - line.size() && y <= line.baseline() + 4) {
                return true;
            }
        }
        return card.scoreBadge() != null && card.scoreBadge().inset(-2, -2).contains(x, y)
                || card.ideaMark() != null && card.ideaMark().inset(-2, -2).contains(x, y);
    }

    private static int rgb(BufferedImage image, Point p) {
        return image.getRGB((int) Math.floor(p.x()), (int) Math.floor(p.y())) & 0xFFFFFF;
    }
}
