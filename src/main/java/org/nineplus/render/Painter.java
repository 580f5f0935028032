package org.nineplus.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link MapLayout} onto any {@link Surface}: background, header, stage headers (moment-of-truth marker,
 * SAVE/SPEND tag), lane bands in their colours with their titles, the divider between the basic and the distinctive
 * half of the pyramid, the emotion curve, the cards and the links. Only what intersects the viewport is drawn, so
 * the screen pays for what is in view; an export passes {@link Viewport#whole}. The {@link PaintState} adds the
 * screen's overlays (selection, hover, drop target) and the analysis's decorations: stage tints on the header and
 * the basic cells, card badges, and the peak and end marked on the emotion curve.
 */
public final class Painter {

    private static final double HEADER_RADIUS = 6;
    /** How strongly a stage tint colours the basic cells: about 16 %, so cards and print stay calm. */
    static final int CELL_TINT_ALPHA = 40;

    private Painter() {
    }

    public static void paint(MapLayout layout, Surface s, Viewport view) {
        paint(layout, s, view, PaintState.NONE);
    }

    public static void paint(MapLayout layout, Surface s, Viewport view, PaintState state) {
        paint(layout, s, view, state, Detail.FULL);
    }

    /**
     * Paints with a level of detail: text and cards too small at the output's scale are drawn simplified (see
     * {@link Detail}). The screen passes its zoom; vector exports use {@link Detail#FULL} (the other overloads).
     */
    public static void paint(MapLayout layout, Surface out, Viewport view, PaintState state, Detail detail) {
        Surface s = detail.minTextPixels() > 0 ? new DetailSurface(out, detail) : out;
        Rect visible = view.rect();
        s.clip(visible);
        LaneFill.background(layout, s, visible, detail);
        paintHeader(layout.header(), s, view);
        paintLanes(layout, s, view, detail);
        paintBasicTints(layout, s, view, state);
        paintColumns(layout, s, view, state);
        layout.divider().filter(d -> view.shows(d.rect())).ifPresent(d -> paintDivider(d, s));
        LinePainter lines = new LinePainter(detail);
        layout.emotion().ifPresent(curve -> {
            LaneBand lane = layout.lanes().stream().filter(l -> l.laneId().equals(curve.laneId())).findFirst()
                    .orElseThrow();
            if (view.shows(lane.band()) || view.shows(lane.titleCell())) {
                lines.paintEmotion(curve, lane, s, view);
                lines.paintPeakEnd(curve, layout.labels(), state.peakStageId(), state.endStageId(), s, view);
            }
        });
        if (state.dropTarget() != null) {
            paintDropTarget(layout, state.dropTarget(), s);
        }
        Map<String, LaneRole> roles = new HashMap<>();
        layout.lanes().forEach(l -> roles.put(l.laneId(), l.role()));
        CardPainter cards = new CardPainter(roles, detail);
        for (CardBox card : layout.cardsIn(visible.inset(-4, -4))) {
            cards.paint(card, s, state);
        }
        for (LinkRoute link : layout.links()) {
            if (view.shows(link.bounds())) {
                lines.paintLink(link, s, state.selectedLinkIndexes().contains(link.linkIndex()));
            }
        }
        s.restore();
    }

    private static void paintHeader(HeaderBand header, Surface s, Viewport view) {
        if (!view.shows(header.rect())) {
            return;
        }
        for (TextLine line : header.titleLines()) {
            s.text(line.x(), line.baseline(), line.text(), line.size(), true, Palette.INK);
        }
        for (TextLine line : header.personaLines()) {
            s.text(line.x(), line.baseline(), line.text(), line.size(), false, Palette.INK_SOFT);
        }
        header.pickedPersona().ifPresent(persona -> persona.paint(s));
    }

    private static void paintLanes(MapLayout layout, Surface s, Viewport view, Detail detail) {
        Rect visible = view.rect();
        for (LaneBand lane : layout.lanes()) {
            Rect band = lane.band();
            if (view.shows(band) && LaneFill.applies(detail)) {
                LaneFill.aroundCards(layout, lane, clipTo(band, visible), s, Palette.laneFill(lane.role()),
                        1 / detail.pixelsPerUnit());
            } else if (view.shows(band)) {
                s.fillRect(clipTo(band, visible), Palette.laneFill(lane.role()));
            }
            if (view.shows(lane.titleCell())) {
                Rect title = lane.titleCell();
                s.fillRect(title, Palette.laneTitleFill(lane.role()));
                s.fillRect(new Rect(title.x(), title.y(), 6, title.height()), Palette.laneAccent(lane.role()));
                for (TextLine line : lane.titleLines()) {
                    s.text(line.x(), line.baseline(), line.text(), line.size(), true, Palette.INK);
                }
            }
            // White rule between lanes keeps the bands apart without ink.
            double left = Math.max(lane.titleCell().x(), visible.x());
            double right = Math.min(band.right(), visible.right());
            if (left < right && band.y() >= visible.y() - 2 && band.y() <= visible.bottom() + 2) {
                s.line(left, band.y(), right, band.y(), Palette.RULE, Stroke.solid(2));
            }
        }
    }

    /** Lays each tinted stage's colour lightly over its basic cells (CORE and COMPLAINTS): light enough to print. */
    private static void paintBasicTints(MapLayout layout, Surface s, Viewport view, PaintState state) {
        if (state.stageTints().isEmpty()) {
            return;
        }
        for (LaneBand lane : layout.lanes()) {
            if (!lane.isBasic() || !view.shows(lane.band())) {
                continue;
            }
            for (StageColumn stage : layout.stages()) {
                Rgb tint = state.stageTints().get(stage.stageId());
                if (tint == null) {
                    continue;
                }
                layout.cell(stage.stageId(), lane.laneId()).map(CellBox::rect).filter(view::shows)
                        .ifPresent(cell -> s.fillRect(cell, tint.withAlpha(Math.min(tint.alpha(), CELL_TINT_ALPHA))));
            }
        }
    }

    private static void paintColumns(MapLayout layout, Surface s, Viewport view, PaintState state) {
        for (StageColumn stage : layout.stages()) {
            Rect c = stage.column();
            if (view.shows(c) && stage.index() > 0) {
                s.line(c.x(), Math.max(c.y(), view.y()), c.x(), Math.min(c.bottom(), view.y() + view.height()),
                        Palette.RULE, Stroke.solid(2));
            }
            if (view.shows(stage.header())) {
                paintStageHeader(stage, s, state.stageTints().get(stage.stageId()));
            }
        }
    }

    private static void paintStageHeader(StageColumn stage, Surface s, Rgb tint) {
        Rect h = stage.header().inset(2, 0);
        Rect box = new Rect(h.x(), h.y(), h.width(), h.height() - 4);
        s.fillRoundRect(box, HEADER_RADIUS, Palette.HEADER_FILL);
        if (tint != null) {
            s.fillRoundRect(box, HEADER_RADIUS, tint.withAlpha(Math.min(tint.alpha(), 90)));
            s.fillRect(new Rect(box.x(), box.bottom() - 4, box.width(), 4), tint.withAlpha(255));
        }
        if (stage.momentOfTruth()) {
            s.fillRect(new Rect(box.x() + HEADER_RADIUS, box.y(), box.width() - 2 * HEADER_RADIUS, 3),
                    Palette.MOMENT_OF_TRUTH);
        }
        for (TextLine line : stage.nameLines()) {
            s.text(line.x(), line.baseline(), line.text(), line.size(), true, Palette.INK);
        }
        boolean spend = stage.time() == org.nineplus.model.TimeKind.SPEND;
        Rect tag = stage.timeTag();
        s.fillRoundRect(tag, tag.height() / 2, spend ? Palette.SPEND_FILL : Palette.SAVE_FILL);
        TextLine t = stage.timeLabel();
        s.text(t.x(), t.baseline(), t.text(), t.size(), true, spend ? Palette.SPEND_TEXT : Palette.SAVE_TEXT);
        if (stage.motMarker() != null) {
            s.fillPath(star(stage.motMarker()), Palette.MOMENT_OF_TRUTH);
            TextLine m = stage.motLabel();
            if (m != null) {
                s.text(m.x(), m.baseline(), m.text(), m.size(), true, Palette.MOMENT_OF_TRUTH);
            }
        }
    }

    private static void paintDivider(Divider d, Surface s) {
        s.fillRect(d.rect(), Palette.BACKGROUND);
        s.line(d.rect().x(), d.lineY(), d.rect().right(), d.lineY(), Palette.DIVIDER, Stroke.solid(3));
        paintTag(d.basicTag(), d.basicLabel(), Palette.BASIC_TAG, s);
        paintTag(d.distinctiveTag(), d.distinctiveLabel(), Palette.DISTINCTIVE_TAG, s);
    }

    private static void paintTag(Rect tag, TextLine label, Rgb fill, Surface s) {
        s.fillRoundRect(tag, tag.height() / 2, fill);
        s.text(label.x(), label.baseline(), label.text(), label.size(), true, Palette.ON_BADGE);
    }

    private static void paintDropTarget(MapLayout layout, CellHit target, Surface s) {
        paintDropTarget(layout, target, s, false);
    }

    /**
     * The drop cell's highlight and insertion line. {@code overCards}: drawn over the cards already painted (the
     * screen's overlay layer), so the light fill leaves the cards' rectangles out and the cards keep their colour,
     * as when the fill is painted under them.
     */
    public static void paintDropTarget(MapLayout layout, CellHit target, Surface s, boolean overCards) {
        layout.cell(target.stageId(), target.laneId()).ifPresent(cell -> {
            if (overCards) {
                s.fillPath(withHoles(cell.rect(), layout.cardsIn(cell)), Palette.DROP_FILL);
            } else {
                s.fillRect(cell.rect(), Palette.DROP_FILL);
            }
            s.strokeRect(cell.rect().inset(1, 1), Palette.DROP_MARK, Stroke.solid(2));
            List<CardBox> cards = layout.cardsIn(cell);
            double y;
            if (cards.isEmpty()) {
                y = cell.rect().y() + 6;
            } else if (target.insertionIndex() >= cards.size()) {
                y = cards.get(cards.size() - 1).rect().bottom() + 5;
            } else {
                y = cards.get(Math.max(0, target.insertionIndex())).rect().y() - 5;
            }
            Rect r = cell.rect().inset(8, 0);
            s.line(r.x(), y, r.right(), y, Palette.DROP_MARK, Stroke.solid(3));
        });
    }

    /** The rectangle less the cards' rectangles (traced the other way round, so non-zero filling leaves holes). */
    private static PathShape withHoles(Rect r, List<CardBox> cards) {
        PathShape.Builder b = PathShape.builder();
        b.moveTo(r.x(), r.y()).lineTo(r.right(), r.y()).lineTo(r.right(), r.bottom()).lineTo(r.x(), r.bottom())
                .close();
        for (CardBox card : cards) {
            Rect c = card.rect();
            b.moveTo(c.x(), c.y()).lineTo(c.x(), c.bottom()).lineTo(c.right(), c.bottom()).lineTo(c.right(), c.y())
                    .close();
        }
        return b.build();
    }

    /** A five-pointed star filling the square. */
    static PathShape star(Rect r) {
        double cx = r.centerX();
        double cy = r.centerY() + r.height() * 0.04;
        double outer = r.width() / 2;
        double inner = outer * 0.45;
        PathShape.Builder b = PathShape.builder();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double px = cx + radius * Math.cos(angle);
            double py = cy + radius * Math.sin(angle);
            if (i == 0) {
                b.moveTo(px, py);
            } else {
                b.lineTo(px, py);
            }
        }
        return b.close().build();
    }

    private static Rect clipTo(Rect r, Rect visible) {
        double x1 = Math.max(r.x(), visible.x());
        double y1 = Math.max(r.y(), visible.y());
        double x2 = Math.min(r.right(), visible.right());
        double y2 = Math.min(r.bottom(), visible.bottom());
        return x2 > x1 && y2 > y1 ? Rect.spanning(x1, y1, x2, y2) : r;
    }
}
