package org.nineplus.render;

import java.util.List;

/**
 * A lane band's fill on screen, left out under the middle of its cards: each card's opaque body covers those pixels
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

    /** Fills the part of the rectangle (x1, y1)-(x2, y2) inside the band and the view, if any. */
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
