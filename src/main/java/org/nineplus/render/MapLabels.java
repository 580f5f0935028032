package org.nineplus.render;

import org.nineplus.model.TimeKind;

/**
 * The fixed words the painter draws on the map besides the lane names and the divider: the stage tags SAVE and
 * SPEND, the moment-of-truth label (and its short form for narrow columns), the IDEA mark on idea cards and the peak
 * and end tags on the emotion curve. English by default, so render stays free of locales; the ui and the command
 * line pass the reader's words through {@link LayoutOptions#withLabels}. A missing word falls back to English.
 */
public record MapLabels(String save, String spend, String momentOfTruth, String momentOfTruthShort, String idea,
                        String peak, String end) {

    /** The words as the map has always shown them (every word falls back to its English one). */
    public static final MapLabels ENGLISH = new MapLabels(null, null, null, null, null, null, null);

    public MapLabels {
        save = orDefault(save, "SAVE");
        spend = orDefault(spend, "SPEND");
        momentOfTruth = orDefault(momentOfTruth, "Moment of truth");
        momentOfTruthShort = orDefault(momentOfTruthShort, "MoT");
        idea = orDefault(idea, "IDEA");
        peak = orDefault(peak, "Peak");
        end = orDefault(end, "End");
    }

    /** The tag of a stage's time: {@link #save} or {@link #spend}. */
    public String time(TimeKind time) {
        return time == TimeKind.SPEND ? spend : save;
    }

    /** The tag on the emotion curve of a stage that is the peak, the end, or both ("Peak · End"). */
    public String peakEnd(boolean isPeak, boolean isEnd) {
        return isPeak && isEnd ? peak + " \u00b7 " + end : isPeak ? peak : end;
    }

    private static String orDefault(String value, String english) {
        return value == null || value.isBlank() ? english : value;
    }
}
