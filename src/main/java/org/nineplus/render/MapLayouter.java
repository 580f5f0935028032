package org.nineplus.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.Persona;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Stage;
import org.nineplus.model.Workshop;

/**
 * Turns a journey into a {@link MapLayout}: the header band, the stage header row, the lane-title column, the lane
 * bands (each as tall as its tallest cell), the divider between the basic and the distinctive half of the pyramid,
 * the cards stacked in their cells, the emotion curve and the routed links. Pure: the same journey and options give
 * the same layout.
 */
public final class MapLayouter {

    private static final double HEADER_GAP = 14;
    private static final double STAGE_PAD = 10;
    private static final double LANE_TITLE_PAD = 12;
    private static final double EMOTION_PLOT_INSET = 18;

    private final TextMeasurer text;
    private final LayoutOptions o;

    private MapLayouter(TextMeasurer text, LayoutOptions options) {
        this.text = text;
        this.o = options;
    }

    /** Lays out a journey with the bundled font. */
    public static MapLayout layout(Journey journey, LayoutOptions options) {
        return layout(journey, null, options);
    }

    /** Lays out a journey whose header shows {@code persona} (null: the journey's free-text persona line). */
    public static MapLayout layout(Journey journey, Persona persona, LayoutOptions options) {
        return new MapLayouter(TextMeasurer.standard(), options).build(journey, persona);
    }

    /** Lays out one journey of a workshop, with the workshop's persona the journey picked, if any. */
    public static MapLayout layout(Workshop workshop, Journey journey, LayoutOptions options) {
        return layout(journey, pickedPersona(workshop, journey), options);
    }

    /** The workshop's persona the journey picked, or null. */
    public static Persona pickedPersona(Workshop workshop, Journey journey) {
        if (journey.personaId() == null) {
            return null;
        }
        return workshop.personas().stream().filter(p -> p.id().equals(journey.personaId())).findFirst()
                .orElse(null);
    }

    private MapLayout build(Journey journey, Persona persona) {
        List<Stage> stages = journey.stages();
        List<Lane> lanes = journey.lanes();
        int nS = stages.size();
        int nL = lanes.size();
        double m = o.margin();
        double gridLeft = m + o.laneTitleWidth();
        double[] colLeft = new double[nS];
        double[] colWidth = new double[nS];
        double x = gridLeft;
        Map<String, Integer> stageIndex = new HashMap<>();
        for (int s = 0; s < nS; s++) {
            colLeft[s] = x;
            colWidth[s] = o.columnWidth(stages.get(s).id());
            x += colWidth[s];
            stageIndex.put(stages.get(s).id(), s);
        }
        double contentRight = Math.max(x, gridLeft + o.defaultColumnWidth());
        double width = contentRight + m;

        HeaderBand header = header(journey, persona, m, contentRight);
        double headerRowTop = header.rect().bottom() + HEADER_GAP;
        double headerRowHeight = stageHeaderHeight(stages, colWidth);
        double gridTop = headerRowTop + headerRowHeight;

        // Cards per cell, in journey order; measured once.
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int l = 0; l < nL; l++) {
            laneIndex.put(lanes.get(l).id(), l);
        }
        List<List<Card>> cellCards = new ArrayList<>(nL * nS);
        for (int i = 0; i < nL * nS; i++) {
            cellCards.add(new ArrayList<>(4));
        }
        for (Card card : journey.cards()) {
            Integer s = stageIndex.get(card.stage());
            Integer l = laneIndex.get(card.lane());
            if (s != null && l != null && lanes.get(l).kind() != LaneKind.EMOTION) {
                cellCards.get(l * nS + s).add(card);
            }
        }
        CardLayouter cardLayouter = new CardLayouter(text, o);
        double[] cardWidth = new double[nS];
        for (int s = 0; s < nS; s++) {
            cardWidth[s] = Math.min(o.cardWidth(), colWidth[s] - 2 * o.cellPadding());
        }

        int dividerBefore = dividerIndex(lanes);
        List<LaneBand> bands = new ArrayList<>(nL);
        List<CellBox> cells = new ArrayList<>(nL * nS);
        List<CardBox> cardBoxes = new ArrayList<>(journey.cards().size());
        Divider divider = null;
        double y = gridTop;
        for (int l = 0; l < nL; l++) {
            Lane lane = lanes.get(l);
            if (l == dividerBefore) {
                divider = divider(lanes.get(l).kind().isDistinctive(), m, y, contentRight);
                y += o.dividerHeight();
            }
            List<String> titleTexts = text.wrap(laneTitle(lane), o.laneTitleWidth() - 2 * LANE_TITLE_PAD,
                    o.laneTitleSize(), true);
            double titleHeight = 2 * LANE_TITLE_PAD + titleTexts.size() * text.lineHeight(o.laneTitleSize());
            List<List<String>> wrapped = new ArrayList<>();
            List<double[]> heights = new ArrayList<>();
            double h = Math.max(o.minLaneHeight(), titleHeight);
            if (lane.kind() == LaneKind.EMOTION) {
                h = Math.max(h, o.emotionLaneHeight());
            }
            for (int s = 0; s < nS; s++) {
                List<Card> here = cellCards.get(l * nS + s);
                double[] hs = new double[here.size()];
                double stack = 0;
                for (int k = 0; k < here.size(); k++) {
                    List<String> lines = cardLayouter.wrapTitle(here.get(k), cardWidth[s]);
                    wrapped.add(lines);
                    hs[k] = cardLayouter.height(here.get(k), lines);
                    stack += hs[k] + (k > 0 ? o.cardGap() : 0);
                }
                heights.add(hs);
                h = Math.max(h, stack + 2 * o.cellPadding());
            }
            int w = 0;
            for (int s = 0; s < nS; s++) {
                List<Card> here = cellCards.get(l * nS + s);
                double cx = colLeft[s] + (colWidth[s] - cardWidth[s]) / 2;
                double cy = y + o.cellPadding();
                List<String> ids = new ArrayList<>(here.size());
                for (int k = 0; k < here.size(); k++) {
                    double ch = heights.get(s)[k];
                    cardBoxes.add(cardLayouter.place(here.get(k), wrapped.get(w++), k, cx, cy, cardWidth[s], ch));
                    ids.add(here.get(k).id());
                    cy += ch + o.cardGap();
                }
                cells.add(new CellBox(stages.get(s).id(), lane.id(), s, l, new Rect(colLeft[s], y, colWidth[s], h),
                        lane.kind() != LaneKind.EMOTION, ids));
            }
            bands.add(new LaneBand(lane.id(), l, lane.kind(), LaneRole.of(lane.kind()),
                    new Rect(gridLeft, y, contentRight - gridLeft, h), new Rect(m, y, o.laneTitleWidth(), h),
                    placeLines(titleTexts, m + LANE_TITLE_PAD, y + LANE_TITLE_PAD, o.laneTitleSize(), true)));
            y += h;
        }
        double gridBottom = y;
        List<StageColumn> columns = new ArrayList<>(nS);
        for (int s = 0; s < nS; s++) {
            columns.add(stageColumn(stages.get(s), s, colLeft[s], colWidth[s], headerRowTop, headerRowHeight,
                    gridTop, gridBottom));
        }
        EmotionCurve emotion = null;
        for (LaneBand band : bands) {
            if (band.kind() == LaneKind.EMOTION && emotion == null) {
                Rect plot = new Rect(band.band().x(), band.band().y() + EMOTION_PLOT_INSET, band.band().width(),
                        Math.max(1, band.band().height() - 2 * EMOTION_PLOT_INSET));
                emotion = EmotionCurve.build(band.laneId(), plot, stages, columns);
            }
        }
        Map<String, CardBox> byId = new HashMap<>(cardBoxes.size() * 2);
        cardBoxes.forEach(c -> byId.put(c.cardId(), c));
        List<LinkRoute> links = new LinkRouter(columns, bands, divider, o.cellPadding())
                .route(journey.links(), byId, stageIndex);
        Rect laneTitleColumn = new Rect(m, headerRowTop, o.laneTitleWidth(), gridBottom - headerRowTop);
        return new MapLayout(journey.id(), width, gridBottom + m, header, laneTitleColumn, columns, bands, divider,
                cells, cardBoxes, emotion, links, o.labels());
    }

    /**
     * A pyramid lane shows its name in the reader's language unless the team gave it a name of its own; any other
     * lane shows the name from the file.
     */
    private String laneTitle(Lane lane) {
        String translated = lane.kind().isPyramid() ? o.laneTitle(lane.kind()) : null;
        boolean standardName = lane.name().isBlank() || LayoutOptions.isStandardLaneName(lane.kind(), lane.name());
        return translated != null && standardName ? translated : lane.name();
    }

    private HeaderBand header(Journey journey, Persona persona, double m, double contentRight) {
        double w = contentRight - m;
        List<String> title = text.wrap(journey.title(), w, o.titleSize(), true);
        List<TextLine> titleLines = placeLines(title, m, m, o.titleSize(), true);
        double y = m + title.size() * text.lineHeight(o.titleSize());
        if (persona != null) {
            PersonaHeader picked = PersonaHeader.place(persona, m, y + 6, w, o.personaSize(), text);
            return new HeaderBand(new Rect(m, m, w, picked.bottom(text) - m), titleLines, List.of(), picked);
        }
        List<String> line = text.wrap(journey.persona(), w, o.personaSize(), false);
        if (!line.isEmpty()) {
            y += 4;
        }
        List<TextLine> personaLines = placeLines(line, m, y, o.personaSize(), false);
        y += line.size() * text.lineHeight(o.personaSize());
        return new HeaderBand(new Rect(m, m, w, y - m), titleLines, personaLines);
    }

    private double stageHeaderHeight(List<Stage> stages, double[] colWidth) {
        double h = 0;
        for (int s = 0; s < stages.size(); s++) {
            int lines = Math.max(1, text.wrap(stages.get(s).name(), colWidth[s] - 2 * STAGE_PAD, o.stageNameSize(),
                    true).size());
            h = Math.max(h, lines * text.lineHeight(o.stageNameSize()));
        }
        return Math.ceil(2 * STAGE_PAD + h + 8 + tagHeight());
    }

    private double tagHeight() {
        return Math.ceil(o.tagSize() + 9);
    }

    private StageColumn stageColumn(Stage stage, int index, double left, double width, double top, double height,
                                    double gridTop, double gridBottom) {
        Rect header = new Rect(left, top, width, height);
        List<String> name = text.wrap(stage.name(), width - 2 * STAGE_PAD, o.stageNameSize(), true);
        List<TextLine> nameLines = placeLines(name, left + STAGE_PAD, top + STAGE_PAD, o.stageNameSize(), true);
        double tagH = tagHeight();
        double tagTop = header.bottom() - STAGE_PAD - tagH;
        double size = o.tagSize();
        double baseline = tagTop + (tagH + text.ascent(size) - text.descent(size)) / 2;
        String timeText = o.labels().time(stage.time());
        double tw = text.width(timeText, size, true);
        Rect timeTag = new Rect(left + STAGE_PAD, tagTop, tw + 12, tagH);
        TextLine timeLabel = new TextLine(timeText, timeTag.x() + 6, baseline, tw, size, true);
        Rect marker = null;
        TextLine motLabel = null;
        if (stage.momentOfTruth()) {
            marker = new Rect(timeTag.right() + 8, tagTop, tagH, tagH);
            double room = header.right() - STAGE_PAD - marker.right() - 4;
            String full = o.labels().momentOfTruth();
            String label = text.width(full, size, true) <= room ? full : o.labels().momentOfTruthShort();
            double lw = text.width(label, size, true);
            if (lw <= room) {
                motLabel = new TextLine(label, marker.right() + 4, baseline, lw, size, true);
            }
        }
        return new StageColumn(stage.id(), index, new Rect(left, gridTop, width, gridBottom - gridTop), header,
                nameLines, stage.momentOfTruth(), marker, motLabel, stage.time(), timeTag, timeLabel);
    }

    /**
     * The lane index before which the divider goes: the pyramid lanes must be contiguous and each half contiguous
     * inside them (bottom-up or top-down order both work). Otherwise −1: no divider, the bands still show their half.
     */
    static int dividerIndex(List<Lane> lanes) {
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).kind().isPyramid()) {
                first = first < 0 ? i : first;
                last = i;
                count++;
            }
        }
        if (count < 2 || last - first + 1 != count) {
            return -1;
        }
        int boundary = -1;
        for (int i = first + 1; i <= last; i++) {
            if (lanes.get(i).kind().isBasic() != lanes.get(i - 1).kind().isBasic()) {
                if (boundary >= 0) {
                    return -1;
                }
                boundary = i;
            }
        }
        return boundary;
    }

    private Divider divider(boolean distinctiveBelow, double m, double y, double contentRight) {
        Rect rect = new Rect(m, y, contentRight - m, o.dividerHeight());
        double lineY = rect.centerY();
        double size = o.tagSize() + 1;
        double tagHeight = Math.min(size + 8, o.dividerHeight() / 2 - 3);
        double aboveTop = lineY - 3 - tagHeight;
        double belowTop = lineY + 3;
        double x = m + LANE_TITLE_PAD;
        String basicText = (distinctiveBelow ? "\u25B2 " : "\u25BC ") + o.basicLabel();
        String distinctiveText = (distinctiveBelow ? "\u25BC " : "\u25B2 ") + o.distinctiveLabel();
        Rect basicTag = tag(basicText, x, distinctiveBelow ? aboveTop : belowTop, tagHeight, size);
        Rect distinctiveTag = tag(distinctiveText, x, distinctiveBelow ? belowTop : aboveTop, tagHeight, size);
        return new Divider(rect, lineY, !distinctiveBelow, tagLabel(basicText, basicTag, size), basicTag,
                tagLabel(distinctiveText, distinctiveTag, size), distinctiveTag);
    }

    private Rect tag(String label, double x, double top, double height, double size) {
        return new Rect(x, top, text.width(label, size, true) + 16, height);
    }

    private TextLine tagLabel(String label, Rect tag, double size) {
        double baseline = tag.y() + (tag.height() + text.ascent(size) - text.descent(size)) / 2;
        return new TextLine(label, tag.x() + 8, baseline, text.width(label, size, true), size, true);
    }

    private List<TextLine> placeLines(List<String> lines, double x, double top, double size, boolean bold) {
        List<TextLine> placed = new ArrayList<>(lines.size());
        double baseline = top + text.ascent(size);
        for (String line : lines) {
            placed.add(new TextLine(line, x, baseline, text.width(line, size, bold), size, bold));
            baseline += text.lineHeight(size);
        }
        return placed;
    }
}
