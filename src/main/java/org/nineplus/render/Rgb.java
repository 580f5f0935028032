package org.nineplus.render;

/** A colour, 8 bits per channel, with alpha (255 is opaque). No AWT or JavaFX type, so every surface can use it. */
public record Rgb(int red, int green, int blue, int alpha) {

    public Rgb {
        check(red, "red");
        check(green, "green");
        check(blue, "blue");
        check(alpha, "alpha");
    }

    public Rgb(int red, int green, int blue) {
        this(red, green, blue, 255);
    }

    /** From 0xRRGGBB. */
    public static Rgb hex(int rgb) {
        return new Rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    public Rgb withAlpha(int value) {
        return new Rgb(red, green, blue, value);
    }

    /** 0xRRGGBB, alpha left out. */
    public int rgb() {
        return (red << 16) | (green << 8) | blue;
    }

    /** "#rrggbb", for SVG and CSS. */
    public String webHex() {
        return String.format("#%06x", rgb());
    }

    private static void check(int value, String name) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(name + " must be 0..255: " + value);
        }
    }
}
