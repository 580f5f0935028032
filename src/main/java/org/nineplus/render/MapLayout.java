package org.nineplus.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything of one journey goes, in map coordinates (points at 100% zoom, y down), made by
 * {@link MapLayouter}. Immutable. Besides the geometry it answers the canvas's questions quickly: which card, cell,
 * stage header or link is under the pointer, and which cards a rubber band touches. Lookups find the column and the
 * lane by binary search and then look only at that cell's cards.
 */
public final class MapLayout {

    private final String journeyId;
    private final double width;
    private final double height;
    private final HeaderBand header;
    private final Rect laneTitleColumn;
    private final List<StageColumn> stages;
    private final List<LaneBand> lanes;
    private final Divider divider;
    private final List<CellBox> cells;
    private final List<CardBox> cards;
    private final EmotionCurve emotion;
    private final List<LinkRoute> links;
    private final MapLabels labels;

    private final double[] columnLefts;
    private final double[] laneTops;
    private final List<List<CardBox>> cardsByCell;
    private final Map<String, CardBox> cardsById;

    MapLayout(String journeyId, double width, double height, HeaderBand header, Rect laneTitleColumn,
              List<StageColumn> stages, List<LaneBand> lanes, Divider divider, List<CellBox> cells,
              List<CardBox> cards, EmotionCurve emotion, List<LinkRoute> links, MapLabels labels) {
        this.journeyId = journeyId;
        this.width = width;
        this.height = height;
        this.header = header;
        this.laneTitleColumn = laneTitleColumn;
        this.stages = List.copyOf(stages);
        this.lanes = List.copyOf(lanes);
        this.divider = divider;
        this.cells = List.copyOf(cells);
        this.cards = List.copyOf(cards);
        this.emotion = emotion;
        this.links = List.copyOf(links);
        this.labels = labels;
        columnLefts = this.stages.stream().mapToDouble(s -> s.column().x()).toArray();
        laneTops = this.lanes.stream().mapToDouble(l -> l.band().y()).toArray();
        cardsById = new HashMap<>(this.cards.size() * 2);
        Map<String, Integer> cellOfCard = new HashMap<>(this.cards.size() * 2);
        cardsByCell = new ArrayList<>(this.cells.size());
        for (int i = 0; i < this.cells.size(); i++) {
            cardsByCell.add(new ArrayList<>(this.cells.get(i).cardIds().size()));
            for (String id : this.cells.get(i).cardIds()) {
                cellOfCard.put(id, i);
            }
        }
        for (CardBox card : this.cards) {
            cardsById.put(card.cardId(), card);
            Integer cell = cellOfCard.get(card.cardId());
            if (cell != null) {
                cardsByCell.get(cell).add(card);
            }
        }
    }

    /** The fixed words the map was laid out with; the painter tags the peak and end with them. */
    public MapLabels labels() {
        return labels;
    }

    public String journeyId() {
        return journeyId;
    }

    /** Size of the whole map, margins included. */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Rect bounds() {
        return new Rect(0, 0, width, height);
    }

    public HeaderBand header() {
        return header;
    }

    /** The column on the left that holds the lane titles, from the stage header row to the last lane. */
    public Rect laneTitleColumn() {
        return laneTitleColumn;
    }

    /** Stage columns, left to right in the journey's order. */
    public List<StageColumn> stages() {
        return stages;
    }

    /** Lane bands, top to bottom in the journey's order. */
    public List<LaneBand> lanes() {
        return lanes;
    }

    /** The gap between the basic and the distinctive half of the pyramid; empty when the pyramid lanes are split. */
    public Optional<Divider> divider() {
        return Optional.ofNullable(divider);
    }

    /** All cells, lane by lane, each lane's cells left to right. */
    public List<CellBox> cells() {
        return cells;
    }

    /** All cards, cell by cell in the order of {@link #cells()}, each cell's cards top to bottom. */
    public List<CardBox> cards() {
        return cards;
    }

    /** The emotion curve; empty when the journey has no EMOTION lane. */
    public Optional<EmotionCurve> emotion() {
        return Optional.ofNullable(emotion);
    }

    public List<LinkRoute> links() {
        return links;
    }

    public Optional<CardBox> card(String cardId) {
        return Optional.ofNullable(cardsById.get(cardId));
    }

    public Optional<CellBox> cell(String stageId, String laneId) {
        int s = indexOfStage(stageId);
        int l = indexOfLane(laneId);
        return s < 0 || l < 0 ? Optional.empty() : Optional.of(cells.get(l * stages.size() + s));
    }

    /** The cards of a cell, top to bottom. */
    public List<CardBox> cardsIn(CellBox cell) {
        return List.copyOf(cardsByCell.get(cell.laneIndex() * stages.size() + cell.stageIndex()));
    }

    /** The index of the stage column containing x, or −1. */
    public int stageIndexAt(double x) {
        int i = floorIndex(columnLefts, x);
        return i >= 0 && x < stages.get(i).column().right() ? i : -1;
    }

    /** The index of the lane band containing y, or −1 (also −1 in the divider gap). */
    public int laneIndexAt(double y) {
        int i = floorIndex(laneTops, y);
        return i >= 0 && y < lanes.get(i).band().bottom() ? i : -1;
    }

    public Optional<CardBox> cardAt(double x, double y) {
        int s = stageIndexAt(x);
        int l = laneIndexAt(y);
        if (s < 0 || l < 0) {
            return Optional.empty();
        }
        for (CardBox card : cardsByCell.get(l * stages.size() + s)) {
            if (card.rect().contains(x, y)) {
                return Optional.of(card);
            }
        }
        return Optional.empty();
    }

    /**
     * The cell at (x, y) with the index a card dropped there would get: the number of the cell's cards whose middle
     * is above y. Empty outside the cells and on the emotion lane, which takes no cards.
     */
    public Optional<CellHit> cellAt(double x, double y) {
        int s = stageIndexAt(x);
        int l = laneIndexAt(y);
        if (s < 0 || l < 0) {
            return Optional.empty();
        }
        CellBox cell = cells.get(l * stages.size() + s);
        if (!cell.acceptsCards()) {
            return Optional.empty();
        }
        int index = 0;
        for (CardBox card : cardsByCell.get(l * stages.size() + s)) {
            if (card.rect().centerY() < y) {
                index++;
            }
        }
        return Optional.of(new CellHit(cell.stageId(), cell.laneId(), index));
    }

    public Optional<StageColumn> stageHeaderAt(double x, double y) {
        int s = floorIndex(columnLefts, x);
        if (s < 0) {
            return Optional.empty();
        }
        StageColumn stage = stages.get(s);
        return stage.header().contains(x, y) ? Optional.of(stage) : Optional.empty();
    }

    /** The link whose line passes within tolerance of (x, y); the nearest when several do. */
    public Optional<LinkRoute> linkAt(double x, double y, double tolerance) {
        LinkRoute best = null;
        double bestDistance = tolerance;
        for (LinkRoute link : links) {
            Rect b = link.bounds();
            if (x < b.x() - tolerance || x > b.right() + tolerance || y < b.y() - tolerance
                    || y > b.bottom() + tolerance) {
                continue;
            }
            double d = link.distanceTo(x, y);
            if (d <= bestDistance) {
                best = link;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Cards that a rubber band touches (share area with the rectangle), in the order of {@link #cards()}. */
    public List<CardBox> cardsIn(Rect area) {
        List<CardBox> found = new ArrayList<>();
        if (stages.isEmpty() || lanes.isEmpty()) {
            return found;
        }
        int firstStage = Math.max(0, floorIndex(columnLefts, area.x()));
        int lastStage = floorIndex(columnLefts, area.right());
        int firstLane = Math.max(0, floorIndex(laneTops, area.y()));
        int lastLane = floorIndex(laneTops, area.bottom());
        for (int l = firstLane; l <= lastLane; l++) {
            for (int s = firstStage; s <= lastStage; s++) {
                for (CardBox card : cardsByCell.get(l * stages.size() + s)) {
                    if (card.rect().overlaps(area)) {
                        found.add(card);
                    }
                }
            }
        }
        return found;
    }

    private int indexOfStage(String stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).stageId().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }

    private int indexOfLane(String laneId) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).laneId().equals(laneId)) {
                return i;
            }
        }
        return -1;
    }

    /** The last index whose start is at or before value, or −1. */
    private static int floorIndex(double[] starts, double value) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= value) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
