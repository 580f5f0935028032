package org.nineplus.render;

import java.util.List;

import org.nineplus.model.TimeKind;

/**
 * A stage: its column (from the top of the first lane to the bottom of the last), its header above the lanes with
 * the wrapped name, the moment-of-truth marker (null when not a moment of truth) and the SAVE/SPEND tag.
 */
public record StageColumn(String stageId, int index, Rect column, Rect header, List<TextLine> nameLines,
                          boolean momentOfTruth, Rect motMarker, TextLine motLabel, TimeKind time, Rect timeTag,
                          TextLine timeLabel) {

    public StageColumn {
        nameLines = List.copyOf(nameLines);
    }
}
