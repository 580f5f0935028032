package org.nineplus.render;

/**
 * The colours of the map: calm, printable tints for the lane bands with stronger accents from the Okabe–Ito
 * colour-blind-safe set. The basic half of the pyramid is cool (blue, bluish green), the distinctive half warm
 * (orange, reddish purple), so the two halves differ in lightness and hue for every kind of colour vision.
 */
public final class Palette {

    public static final Rgb BACKGROUND = Rgb.hex(0xFFFFFF);
    public static final Rgb INK = Rgb.hex(0x1F2933);
    public static final Rgb INK_SOFT = Rgb.hex(0x52606D);
    public static final Rgb RULE = Rgb.hex(0xFFFFFF);
    public static final Rgb HEADER_FILL = Rgb.hex(0xEEF1F4);

    public static final Rgb CARD_FILL = Rgb.hex(0xFFFFFF);
    public static final Rgb CARD_BORDER = Rgb.hex(0xBAC3CC);
    public static final Rgb IDEA_FILL = Rgb.hex(0xFFF9E6);
    public static final Rgb IDEA_BORDER = Rgb.hex(0x8C6D1F);
    public static final Rgb IDEA_MARK_FILL = Rgb.hex(0xF5C342);
    public static final Rgb IDEA_MARK_TEXT = Rgb.hex(0x3D2E00);

    public static final Rgb SCORE_FAIL = Rgb.hex(0xC24E00);
    public static final Rgb SCORE_PASS = Rgb.hex(0x0072B2);
    public static final Rgb SCORE_NINE = Rgb.hex(0x007A5A);
    public static final Rgb ON_BADGE = Rgb.hex(0xFFFFFF);

    public static final Rgb SAVE_FILL = Rgb.hex(0xDDE6F0);
    public static final Rgb SAVE_TEXT = Rgb.hex(0x243B53);
    public static final Rgb SPEND_FILL = Rgb.hex(0xFBE3D3);
    public static final Rgb SPEND_TEXT = Rgb.hex(0x7A3410);
    public static final Rgb MOMENT_OF_TRUTH = Rgb.hex(0xD55E00);

    public static final Rgb DIVIDER = Rgb.hex(0x1F2933);
    public static final Rgb BASIC_TAG = Rgb.hex(0x005F94);
    public static final Rgb DISTINCTIVE_TAG = Rgb.hex(0x9C4F0A);
    public static final Rgb CURVE = Rgb.hex(0x1F2933);
    public static final Rgb CURVE_POSITIVE = Rgb.hex(0x009E73);
    public static final Rgb CURVE_NEGATIVE = Rgb.hex(0xD55E00);
    public static final Rgb CURVE_NEUTRAL = Rgb.hex(0x7B8794);
    public static final Rgb ZERO_LINE = Rgb.hex(0xA9B4BF);
    public static final Rgb LINK = Rgb.hex(0x3E4C59);

    public static final Rgb SELECTION = Rgb.hex(0x2F6FEB);
    public static final Rgb HOVER = Rgb.hex(0x6B7FA0);
    public static final Rgb DROP_FILL = Rgb.hex(0x2F6FEB).withAlpha(40);
    public static final Rgb DROP_MARK = Rgb.hex(0x2F6FEB);

    private Palette() {
    }

    /** The band colour of a lane. */
    public static Rgb laneFill(LaneRole role) {
        return switch (role) {
            case CORE -> Rgb.hex(0xDCE9F5);
            case COMPLAINTS -> Rgb.hex(0xD6EEE7);
            case INDIVIDUAL -> Rgb.hex(0xFCEBD2);
            case SURPRISE -> Rgb.hex(0xF6E0EC);
            case EMOTION -> Rgb.hex(0xF8F8F6);
            case NOTES -> Rgb.hex(0xF1F2F0);
        };
    }

    /** The colour of a lane's title cell, a step stronger than its band. */
    public static Rgb laneTitleFill(LaneRole role) {
        return switch (role) {
            case CORE -> Rgb.hex(0xC3DAEE);
            case COMPLAINTS -> Rgb.hex(0xBCE3D7);
            case INDIVIDUAL -> Rgb.hex(0xF8D9A8);
            case SURPRISE -> Rgb.hex(0xEDC8DC);
            case EMOTION -> Rgb.hex(0xE9EBEC);
            case NOTES -> Rgb.hex(0xE4E6E3);
        };
    }

    /** The strong accent of a lane: the stripe at its title and at the left of its cards. */
    public static Rgb laneAccent(LaneRole role) {
        return switch (role) {
            case CORE -> Rgb.hex(0x0072B2);
            case COMPLAINTS -> Rgb.hex(0x009E73);
            case INDIVIDUAL -> Rgb.hex(0xE69F00);
            case SURPRISE -> Rgb.hex(0xCC79A7);
            case EMOTION -> Rgb.hex(0x7B8794);
            case NOTES -> Rgb.hex(0x9AA5B1);
        };
    }

    /** The badge colour of a score: below 7 fails the basics, 9 and up is memorable. */
    public static Rgb scoreFill(double score) {
        return score < 7.0 ? SCORE_FAIL : score < 9.0 ? SCORE_PASS : SCORE_NINE;
    }
}
