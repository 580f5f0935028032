package org.nineplus.ui.canvas;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.nineplus.model.LaneKind;
import org.nineplus.render.LayoutOptions;

/** The words the map draws (pyramid lane names, the 7+/9+ divider) in the user's language. */
public final class MapWords {

    private static final String BUNDLE = "org.nineplus.ui.canvas.map";

    private MapWords() {
    }

    /** {@code options} with the pyramid lane titles and divider labels of {@code locale}. */
    public static LayoutOptions in(Locale locale, LayoutOptions options) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<LaneKind, String> lanes = new EnumMap<>(LaneKind.class);
        for (LaneKind kind : LaneKind.PYRAMID) {
            lanes.put(kind, words.getString("lane." + kind.name()));
        }
        return options.withWords(lanes, words.getString("divider.basic"), words.getString("divider.distinctive"));
    }
}
