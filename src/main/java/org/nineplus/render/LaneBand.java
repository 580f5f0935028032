package org.nineplus.render;

import java.util.List;

import org.nineplus.model.LaneKind;

/** A lane: the band across all columns, its title cell in the left column, its kind and colour role. */
public record LaneBand(String laneId, int index, LaneKind kind, LaneRole role, Rect band, Rect titleCell,
                       List<TextLine> titleLines) {

    public LaneBand {
        titleLines = List.copyOf(titleLines);
    }

    public boolean isBasic() {
        return kind.isBasic();
    }

    public boolean isDistinctive() {
        return kind.isDistinctive();
    }
}
