package org.nineplus.render;

import java.util.EnumMap;
import java.util.Map;

import org.nineplus.model.LaneKind;

/**
 * What the layout may be told: column widths per stage id (the facilitator resizes columns), sizes, paddings, font
 * sizes and the words the map shows (lane titles of the pyramid per kind, the divider labels, the {@link MapLabels}),
 * so the ui and the command line can pass translations. All lengths in points at 100% zoom. Build variants with the
 * {@code with…} methods.
 */
public record LayoutOptions(Map<String, Double> columnWidths, double defaultColumnWidth, double cardWidth,
                            double margin, double laneTitleWidth, double cellPadding, double cardGap,
                            double cardPadding, double minLaneHeight, double emotionLaneHeight,
                            double dividerHeight, double titleSize, double personaSize, double stageNameSize,
                            double laneTitleSize, double cardTitleSize, double tagSize,
                            Map<LaneKind, String> laneTitles, String basicLabel, String distinctiveLabel,
                            MapLabels labels) {

    public static final double MIN_COLUMN_WIDTH = 80;

    public LayoutOptions {
        columnWidths = columnWidths == null ? Map.of() : Map.copyOf(columnWidths);
        columnWidths.values().forEach(w -> {
            if (!(w >= MIN_COLUMN_WIDTH)) {
                throw new IllegalArgumentException("a column is at least " + MIN_COLUMN_WIDTH + " pt wide: " + w);
            }
        });
        if (!(defaultColumnWidth >= MIN_COLUMN_WIDTH)) {
            throw new IllegalArgumentException("default column width below " + MIN_COLUMN_WIDTH);
        }
        if (!(cardWidth > 2 * cardPadding)) {
            throw new IllegalArgumentException("card width must leave room for its padding");
        }
        EnumMap<LaneKind, String> titles = new EnumMap<>(LaneKind.class);
        titles.putAll(DEFAULT_LANE_TITLES);
        if (laneTitles != null) {
            titles.putAll(laneTitles);
        }
        laneTitles = Map.copyOf(titles);
        basicLabel = basicLabel == null ? "7+ basic" : basicLabel;
        distinctiveLabel = distinctiveLabel == null ? "9+ distinctive" : distinctiveLabel;
        labels = labels == null ? MapLabels.ENGLISH : labels;
    }

    private static final Map<LaneKind, String> DEFAULT_LANE_TITLES = Map.of(
            LaneKind.CORE, "Core promise",
            LaneKind.COMPLAINTS, "Complaints put right",
            LaneKind.INDIVIDUAL, "Individual service",
            LaneKind.SURPRISE, "Surprise");

    /** Sizes that read well on a projector and on an A0 poster. */
    public static LayoutOptions defaults() {
        return new LayoutOptions(Map.of(), 220, 196, 28, 176, 12, 10, 10, 96, 150, 46, 30, 15, 16, 15, 14, 10,
                DEFAULT_LANE_TITLES, "7+ basic", "9+ distinctive", MapLabels.ENGLISH);
    }

    /** The width of a stage's column: its own width if the facilitator resized it, else the default. */
    public double columnWidth(String stageId) {
        return columnWidths.getOrDefault(stageId, defaultColumnWidth);
    }

    /** The pyramid lanes' names in English and Dutch: a lane still called so is shown in the reader's language. */
    private static final Map<LaneKind, java.util.Set<String>> STANDARD_LANE_NAMES = Map.of(
            LaneKind.CORE, java.util.Set.of("core promise", "kernbelofte"),
            LaneKind.COMPLAINTS, java.util.Set.of("complaints put right", "klachten goed opgelost"),
            LaneKind.INDIVIDUAL, java.util.Set.of("individual service", "individuele service"),
            LaneKind.SURPRISE, java.util.Set.of("surprise", "surprising service", "verrassende service"));

    /** Whether {@code name} is one of the standard names of that pyramid lane (in any language we ship). */
    public static boolean isStandardLaneName(LaneKind kind, String name) {
        return STANDARD_LANE_NAMES.getOrDefault(kind, java.util.Set.of())
                .contains(name.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The title shown for a pyramid lane (translated by the ui), or null for other kinds. */
    public String laneTitle(LaneKind kind) {
        return laneTitles.get(kind);
    }

    public LayoutOptions withColumnWidths(Map<String, Double> value) {
        return new LayoutOptions(value, defaultColumnWidth, cardWidth, margin, laneTitleWidth, cellPadding, cardGap,
                cardPadding, minLaneHeight, emotionLaneHeight, dividerHeight, titleSize, personaSize, stageNameSize,
                laneTitleSize, cardTitleSize, tagSize, laneTitles, basicLabel, distinctiveLabel, labels);
    }

    public LayoutOptions withCardWidth(double value) {
        return new LayoutOptions(columnWidths, defaultColumnWidth, value, margin, laneTitleWidth, cellPadding, cardGap,
                cardPadding, minLaneHeight, emotionLaneHeight, dividerHeight, titleSize, personaSize, stageNameSize,
                laneTitleSize, cardTitleSize, tagSize, laneTitles, basicLabel, distinctiveLabel, labels);
    }

    public LayoutOptions withDefaultColumnWidth(double value) {
        return new LayoutOptions(columnWidths, value, cardWidth, margin, laneTitleWidth, cellPadding, cardGap,
                cardPadding, minLaneHeight, emotionLaneHeight, dividerHeight, titleSize, personaSize, stageNameSize,
                laneTitleSize, cardTitleSize, tagSize, laneTitles, basicLabel, distinctiveLabel, labels);
    }

    public LayoutOptions withCardTitleSize(double value) {
        return new LayoutOptions(columnWidths, defaultColumnWidth, cardWidth, margin, laneTitleWidth, cellPadding,
                cardGap, cardPadding, minLaneHeight, emotionLaneHeight, dividerHeight, titleSize, personaSize,
                stageNameSize, laneTitleSize, value, tagSize, laneTitles, basicLabel, distinctiveLabel, labels);
    }

    /** Translated words: lane titles of the pyramid per kind and the two divider labels. */
    public LayoutOptions withWords(Map<LaneKind, String> titles, String basic, String distinctive) {
        return new LayoutOptions(columnWidths, defaultColumnWidth, cardWidth, margin, laneTitleWidth, cellPadding,
                cardGap, cardPadding, minLaneHeight, emotionLaneHeight, dividerHeight, titleSize, personaSize,
                stageNameSize, laneTitleSize, cardTitleSize, tagSize, titles, basic, distinctive, labels);
    }

    /** The map's other fixed words (stage tags, moment of truth, IDEA, peak and end) in the reader's language. */
    public LayoutOptions withLabels(MapLabels value) {
        return new LayoutOptions(columnWidths, defaultColumnWidth, cardWidth, margin, laneTitleWidth, cellPadding,
                cardGap, cardPadding, minLaneHeight, emotionLaneHeight, dividerHeight, titleSize, personaSize,
                stageNameSize, laneTitleSize, cardTitleSize, tagSize, laneTitles, basicLabel, distinctiveLabel, value);
    }
}
