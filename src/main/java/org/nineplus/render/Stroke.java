package org.nineplus.render;

/** How a line is drawn: width in points, solid or dashed (dash and gap of about three widths). */
public record Stroke(double width, boolean dashed) {

    public Stroke {
        if (!(width > 0)) {
            throw new IllegalArgumentException("stroke width must be positive: " + width);
        }
    }

    public static Stroke solid(double width) {
        return new Stroke(width, false);
    }

    public static Stroke dashed(double width) {
        return new Stroke(width, true);
    }

    /** Dash length and gap, in points, for surfaces that draw dashes. */
    public double[] dashPattern() {
        double unit = Math.max(2.5, width * 3);
        return new double[] {unit, unit * 0.8};
    }
}
