package org.nineplus.export;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.nineplus.model.LaneKind;
import org.nineplus.model.Texts;
import org.nineplus.render.LayoutOptions;
import org.nineplus.render.MapLabels;

/**
 * The words the map draws (pyramid lane names, the 7+/9+ divider, the stage tags, the moment of truth, the IDEA mark,
 * peak and end) in the reader's language, from {@code org/nineplus/export/map*.properties}. Here, not in render (which
 * knows no locale) nor in ui, so the canvas, the export dialog and the command line's {@code export} share them.
 */
public final class MapWords {

    private static final Texts WORDS = Texts.of("org.nineplus.export.map");

    private MapWords() {
    }

    /** The default layout options in the words of {@code locale}. */
    public static LayoutOptions in(Locale locale) {
        return in(locale, LayoutOptions.defaults());
    }

    /** {@code options} with the map's words in {@code locale}. */
    public static LayoutOptions in(Locale locale, LayoutOptions options) {
        Texts words = WORDS.in(locale);
        Map<LaneKind, String> lanes = new EnumMap<>(LaneKind.class);
        for (LaneKind kind : LaneKind.PYRAMID) {
            lanes.put(kind, words.get("lane." + kind.name()));
        }
        return options.withWords(lanes, words.get("divider.basic"), words.get("divider.distinctive"))
                .withLabels(labels(words));
    }

    private static MapLabels labels(Texts words) {
        return new MapLabels(words.get("time.SAVE"), words.get("time.SPEND"), words.get("moment"),
                words.get("moment.short"), words.get("card.idea"), words.get("curve.peak"), words.get("curve.end"));
    }
}
