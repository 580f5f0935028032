package org.nineplus.render;

import java.util.List;

/**
 * The map's background and the lane bands on screen, each left out where something opaque covers it anyway: the
 * background under the lanes ({@link #background}), a lane under the middle of its cards ({@link #aroundCards}). A lane
 * band's fill on screen is left out under the middle of its cards: each card's opaque body covers those pixels
 * anyway, and at the zooms where cards are large they are much of the band. Cell by cell: a strip left and right of
 * the card column and the gaps above, between and below the cards, each reaching one output pixel past its edges
 * (pieces of the same opaque colour may overlap; none may leave a pixel partly uncovered, where the canvas's old
 * pixels would show through). The part left out keeps a pixel clear of the card's sides and its rounded corners.
 */
final class LaneFill {

    /** From this many output pixels per map unit on, the cards are large enough to be worth leaving out. */
    static final double MIN_PIXELS_PER_UNIT = 0.5;

    private LaneFill() {
    }

    /**
     * The map's white background: everywhere in view, or, unless the detail asks for it under the lanes, only where
     * the lanes (title cells, bands and the divider between them, all opaque) do not cover it. Each part then reaches
     * one output pixel into the lanes, and a strip two pixels wide lies under every edge between two lanes and
     * between the title column and the bands, so each lane's anti-aliased edge still blends over white: the same
     * pixels as with the background filled everywhere.
     */
    static void background(MapLayout layout, Surface s, Rect visible, Detail detail) {
        List<LaneBand> lanes = layout.lanes();
        if (detail.backgroundUnderLanes() || lanes.isEmpty() || !(detail.pixelsPerUnit() > 0)) {
            s.fillRect(visible, Palette.BACKGROUND);
            return;
        }
        double px = 1 / detail.pixelsPerUnit();
        LaneBand first = lanes.get(0);
        double left = first.titleCell().x();
        double right = first.band().right();
        double top = first.band().y();
        double bottom = lanes.get(lanes.size() - 1).band().bottom();
        fill(s, visible, visible.x(), visible.y(), visible.right(), top + px, Palette.BACKGROUND);
        fill(s, visible, visible.x(), bottom - px, visible.right(), visible.bottom(), Palette.BACKGROUND);
        fill(s, visible, visible.x(), top, left + px, bottom, Palette.BACKGROUND);
        fill(s, visible, right - px, top, visible.right(), bottom, Palette.BACKGROUND);
        fill(s, visible, first.band().x() - px, top, first.band().x() + px, bottom, Palette.BACKGROUND);
        for (LaneBand lane : lanes) {
            fill(s, visible, left, lane.band().y() - px, right, lane.band().y() + px, Palette.BACKGROUND);
            fill(s, visible, left, lane.band().bottom() - px, right, lane.band().bottom() + px, Palette.BACKGROUND);
        }
    }

    /** Whether {@link #aroundCards} is used at this level of detail. */
    static boolean applies(Detail detail) {
        return !detail.backgroundUnderLanes() && detail.pixelsPerUnit() >= MIN_PIXELS_PER_UNIT;
    }

    /**
     * Fills the visible part of the lane's band except under the middle of its cards; the whole part when the cells
     * do not tile the band.
     */
    static void aroundCards(MapLayout layout, LaneBand lane, Rect visible, Surface s, Rgb fill, double pixel) {
        Rect band = lane.band();
        List<StageColumn> stages = layout.stages();
        if (stages.isEmpty() || stages.get(0).column().x() != band.x()
                || stages.get(stages.size() - 1).column().right() != band.right()) {
            fill(s, visible, band.x(), band.y(), band.right(), band.bottom(), fill);
            return;
        }
        for (StageColumn stage : stages) {
            Rect column = stage.column();
            if (column.right() + pixel < visible.x() || column.x() - pixel > visible.right()) {
                continue;
            }
            double left = column.x() - pixel;
            double right = column.right() + pixel;
            CellBox cell = layout.cell(stage.stageId(), lane.laneId()).orElseThrow();
            List<CardBox> cards = layout.cardsIn(cell);
            double inset = CardPainter.RADIUS + pixel;
            double top = band.y();
            Double x1 = null;
            double x2 = 0;
            for (CardBox card : cards) {
                Rect r = card.rect();
                double holeTop = r.y() + inset;
                double holeBottom = r.bottom() - inset;
                if (holeBottom - holeTop < 2 * pixel || r.width() < 4 * pixel) {
                    continue;
                }
                if (x1 == null) {
                    x1 = r.x() + pixel;
                    x2 = r.right() - pixel;
                } else if (r.x() + pixel != x1 || r.right() - pixel != x2) {
                    // Cards of one cell share their column; if not, fill the cell whole.
                    x1 = null;
                    break;
                }
                fill(s, visible, x1, top - pixel, x2, holeTop + pixel, fill);
                top = holeBottom;
            }
            if (x1 == null) {
                fill(s, visible, left, band.y(), right, band.bottom(), fill);
                continue;
            }
            fill(s, visible, x1, top - pixel, x2, band.bottom(), fill);
            fill(s, visible, left, band.y(), x1 + pixel, band.bottom(), fill);
            fill(s, visible, x2 - pixel, band.y(), right, band.bottom(), fill);
        }
    }

    /** Fills the part of the rectangle (x1, y1)-(x2, y2) inside {@code visible}, if any. */
    private static void fill(Surface s, Rect visible, double x1, double y1, double x2, double y2, Rgb colour) {
        double l = Math.max(x1, visible.x());
        double t = Math.max(y1, visible.y());
        double r = Math.min(x2, visible.right());
        double b = Math.min(y2, visible.bottom());
        if (r > l && b > t) {
            s.fillRect(Rect.spanning(l, t, r, b), colour);
        }
    }
}
