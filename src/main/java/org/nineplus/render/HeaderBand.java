package org.nineplus.render;

import java.util.List;
import java.util.Optional;

/**
 * The band above the map: the journey title and, wrapped to the map's width, either the persona the journey picked
 * (picture, name, description) or, when it picked none, its free-text persona line.
 *
 * @param persona the picked persona, or null
 */
public record HeaderBand(Rect rect, List<TextLine> titleLines, List<TextLine> personaLines, PersonaHeader persona) {

    public HeaderBand {
        titleLines = List.copyOf(titleLines);
        personaLines = List.copyOf(personaLines);
    }

    public HeaderBand(Rect rect, List<TextLine> titleLines, List<TextLine> personaLines) {
        this(rect, titleLines, personaLines, null);
    }

    public Optional<PersonaHeader> pickedPersona() {
        return Optional.ofNullable(persona);
    }
}
