package org.nineplus.export;

import java.util.Locale;
import java.util.Objects;

import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.render.LayoutOptions;
import org.nineplus.render.MapDecorations;
import org.nineplus.render.MapLayout;
import org.nineplus.render.MapLayouter;
import org.nineplus.render.PaintState;

/**
 * What is exported: one journey of a workshop, its laid-out map, and the marks drawn over it (the advisor's verdict
 * tints and idea badges, as on the canvas; {@link MapDecorations#NONE} for the bare map). The window passes the
 * layout options it shows (column widths, translated lane titles) so the file looks like the canvas.
 */
public record ExportSource(Workshop workshop, Journey journey, MapLayout layout, MapDecorations decorations) {

    public ExportSource {
        Objects.requireNonNull(workshop, "workshop");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(layout, "layout");
        decorations = decorations == null ? MapDecorations.NONE : decorations;
    }

    /** The bare map, without marks. */
    public ExportSource(Workshop workshop, Journey journey, MapLayout layout) {
        this(workshop, journey, layout, MapDecorations.NONE);
    }

    /** The same map with {@code marks} drawn over it. */
    public ExportSource withDecorations(MapDecorations marks) {
        return new ExportSource(workshop, journey, layout, marks);
    }

    /** What the painter draws over the map: the marks, and nothing of the screen's selection or hover. */
    public PaintState paintState() {
        return PaintState.NONE.withDecorations(decorations);
    }

    /** The journey laid out with the default options, its words in the default locale's language ({@link MapWords}). */
    public static ExportSource of(Workshop workshop, Journey journey) {
        return of(workshop, journey, MapWords.in(Locale.getDefault()));
    }

    public static ExportSource of(Workshop workshop, Journey journey, LayoutOptions options) {
        return new ExportSource(workshop, journey, MapLayouter.layout(workshop, journey, options));
    }

    /** "Workshop – Journey" (either part left out when blank), or "Journey map". */
    public String title() {
        String w = workshop.title().strip();
        String j = journey.title().strip();
        if (w.isEmpty() && j.isEmpty()) {
            return AdvisorSummary.TEXTS.get("source.untitled");
        }
        return w.isEmpty() ? j : j.isEmpty() ? w : w + " \u2013 " + j;
    }

    /** The facilitator, or "NinePlus" when none is named. */
    public String author() {
        String f = workshop.facilitator().strip();
        return f.isEmpty() ? "NinePlus" : f;
    }
}
