package org.nineplus.render;

import java.util.Map;

/**
 * What an analysis adds to the map, on screen and in exports alike: a tint per stage (laid over the stage's header
 * and, lightly, over its basic cells), a badge per card, and the peak and end stages marked on the emotion curve.
 * Render gives these no meaning; the advisor's verdicts and classes are mapped onto them in the ui layer.
 *
 * @param stageTints stage id to the colour of its verdict
 * @param cardBadges card id to its badge
 * @param peakStageId the stage marked "Peak" on the emotion curve, or null
 * @param endStageId the stage marked "End" on the emotion curve, or null
 */
public record MapDecorations(Map<String, Rgb> stageTints, Map<String, CardBadge> cardBadges, String peakStageId,
                             String endStageId) {

    public static final MapDecorations NONE = new MapDecorations(Map.of(), Map.of(), null, null);

    public MapDecorations {
        stageTints = stageTints == null ? Map.of() : Map.copyOf(stageTints);
        cardBadges = cardBadges == null ? Map.of() : Map.copyOf(cardBadges);
    }

    public MapDecorations withStageTints(Map<String, Rgb> tints) {
        return new MapDecorations(tints, cardBadges, peakStageId, endStageId);
    }
}
