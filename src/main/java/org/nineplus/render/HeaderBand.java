package org.nineplus.render;

import java.util.List;

/** The band above the map: the journey title and the persona line, wrapped to the map's width. */
public record HeaderBand(Rect rect, List<TextLine> titleLines, List<TextLine> personaLines) {

    public HeaderBand {
        titleLines = List.copyOf(titleLines);
        personaLines = List.copyOf(personaLines);
    }
}
