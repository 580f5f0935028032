package org.nineplus.export;

import java.util.Locale;
import java.util.Optional;

/** The ISO 216 A sizes a map is printed on, in points (1/72 inch), portrait. */
public enum PageSize {
    A4(210, 297),
    A3(297, 420),
    A2(420, 594),
    A1(594, 841),
    A0(841, 1189);

    /** Points per millimetre. */
    public static final double POINTS_PER_MM = 72 / 25.4;

    private final int widthMm;
    private final int heightMm;

    PageSize(int widthMm, int heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** Width in points, portrait (A4: 595.28). */
    public double width() {
        return widthMm * POINTS_PER_MM;
    }

    /** Height in points, portrait (A4: 841.89). */
    public double height() {
        return heightMm * POINTS_PER_MM;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    /** The size named "A4", "a3"…, if there is one. */
    public static Optional<PageSize> named(String name) {
        for (PageSize size : values()) {
            if (size.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
