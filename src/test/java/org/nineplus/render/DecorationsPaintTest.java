package org.nineplus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The analysis's decorations (card badges, stage tints, peak and end) painted into an image, as an export would. */
class DecorationsPaintTest {

    private static final Rgb RED = Rgb.hex(0xCF222E);
    private static final Rgb GREEN = Rgb.hex(0x1A7F37);

    private final MapLayout layout = MapLayoutTest.layout(MapLayoutTest.worked());

    private BufferedImage paint(PaintState state) {
        BufferedImage image = new BufferedImage((int) Math.ceil(layout.width()), (int) Math.ceil(layout.height()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Painter.paint(layout, new Java2DSurface(g), Viewport.whole(layout), state);
        } finally {
            g.dispose();
        }
        return image;
    }

    @Test
    void aBadgeIsDrawnInItsColourInTheFooterSlotClearOfTitleAndScore() {
        CardBadge fix = new CardBadge("FIX", RED, Palette.ON_BADGE);
        PaintState state = PaintState.NONE.withDecorations(new MapDecorations(Map.of(), Map.of("A", fix), null,
                null));
        BufferedImage plain = paint(PaintState.NONE);
        BufferedImage badged = paint(state);

        CardBox a = layout.card("A").orElseThrow();
        Rect tag = new CardPainter(Map.of()).tagRect(a, fix);
        assertThat(tag).isNotNull();
        assertThat(a.tagSlot().contains(tag.x(), tag.centerY())).isTrue();
        assertThat(tag.right()).isLessThanOrEqualTo(a.tagSlot().right());
        int x = (int) Math.floor(tag.x() + 3);
        int y = (int) Math.floor(tag.centerY());
        assertThat(badged.getRGB(x, y) & 0xFFFFFF).isEqualTo(RED.rgb());
        assertThat(plain.getRGB(x, y) & 0xFFFFFF).isNotEqualTo(RED.rgb());
        // The IDEA mark, the score badge and every title line keep their place, untouched by the badge.
        assertThat(tag.overlaps(a.ideaMark())).isFalse();
        if (a.scoreBadge() != null) {
            assertThat(tag.overlaps(a.scoreBadge())).isFalse();
        }
        for (TextLine line : a.titleLines()) {
            assertThat(line.baseline()).isLessThan(tag.y());
        }
        // A badge on B was not asked for: B looks as it did.
        Rect b = layout.card("B").orElseThrow().tagSlot();
        assertThat(badged.getRGB((int) b.x() + 3, (int) b.centerY()))
                .isEqualTo(plain.getRGB((int) b.x() + 3, (int) b.centerY()));
    }

    @Test
    void theLongestClassLabelFitsTheSlotOfEveryIdeaOfTheWorkedExample() {
        CardPainter painter = new CardPainter(Map.of());
        CardBadge widest = new CardBadge("POLISH", RED, Palette.ON_BADGE);
        for (CardBox card : layout.cards()) {
            if (card.idea()) {
                Rect tag = painter.tagRect(card, widest);
                assertThat(tag).as(card.cardId()).isNotNull();
                assertThat(tag.x()).as(card.cardId()).isEqualTo(card.tagSlot().x());
            }
        }
    }

    @Test
    void aStageTintColoursTheBasicCellsOfThatStageOnly() {
        BufferedImage plain = paint(PaintState.NONE);
        BufferedImage tinted = paint(PaintState.NONE.withStageTints(Map.of("S2", RED)));

        for (String lane : new String[] {"core", "complaints"}) {
            Point spot = emptySpotIn(layout.cell("S2", lane).orElseThrow());
            int before = rgbAt(plain, spot);
            int after = rgbAt(tinted, spot);
            assertThat(after).as(lane).isNotEqualTo(before);
            assertThat(red(after) - blue(after)).as(lane + " turns redder").isGreaterThan(red(before) - blue(before));
            assertThat(green(after)).as(lane + " stays light").isGreaterThan(150);
        }
        // The distinctive half of S2 and the basic cells of other stages keep their lane colour.
        Point surprise = emptySpotIn(layout.cell("S2", "surprise").orElseThrow());
        assertThat(rgbAt(tinted, surprise)).isEqualTo(rgbAt(plain, surprise));
        Point otherStage = emptySpotIn(layout.cell("S3", "core").orElseThrow());
        assertThat(rgbAt(tinted, otherStage)).isEqualTo(rgbAt(plain, otherStage));
        // The header carries the verdict colour at full strength along its lower edge.
        StageColumn s2 = layout.stages().get(1);
        Point marker = new Point(s2.header().centerX(), s2.header().bottom() - 4 - 2);
        assertThat(rgbAt(tinted, marker)).isEqualTo(RED.rgb());
    }

    @Test
    void thePeakAndTheEndAreTaggedOnTheEmotionCurve() {
        RecordingSurface none = new RecordingSurface();
        Painter.paint(layout, none, Viewport.whole(layout));
        assertThat(none.texts()).doesNotContain("Peak", "End");

        RecordingSurface marked = new RecordingSurface();
        Painter.paint(layout, marked, Viewport.whole(layout), PaintState.NONE.withDecorations(
                new MapDecorations(Map.of("S3", GREEN), Map.of(), "S1", "S3")));
        assertThat(marked.texts()).contains("Peak", "End");
        EmotionCurve curve = layout.emotion().orElseThrow();
        EmotionPoint peak = curve.points().stream().filter(p -> p.stageId().equals("S1")).findFirst().orElseThrow();
        RecordingSurface.Call tag = marked.calls.stream().filter(c -> "Peak".equals(c.text())).findFirst()
                .orElseThrow();
        // Beside its point, inside the emotion lane, within the peak's column.
        assertThat(Math.abs(tag.rect().y() - peak.at().y())).isLessThan(40);
        assertThat(tag.rect().x()).isLessThan(peak.at().x()).isGreaterThan(layout.stages().get(0).column().x());

        RecordingSurface same = new RecordingSurface();
        Painter.paint(layout, same, Viewport.whole(layout), PaintState.NONE.withDecorations(
                new MapDecorations(Map.of(), Map.of(), "S3", "S3")));
        assertThat(same.texts()).contains("Peak \u00b7 End").doesNotContain("Peak", "End");
    }

    /** A point of the cell clear of its cards (below the last one, or the middle of an empty cell). */
    private Point emptySpotIn(CellBox cell) {
        return layout.cardsIn(cell).isEmpty() ? cell.rect().center()
                : new Point(cell.rect().centerX(), cell.rect().bottom() - 4);
    }

    private static int rgbAt(BufferedImage image, Point p) {
        return image.getRGB((int) Math.floor(p.x()), (int) Math.floor(p.y())) & 0xFFFFFF;
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    private static int blue(int rgb) {
        return rgb & 0xFF;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 0xFF;
    }
}
