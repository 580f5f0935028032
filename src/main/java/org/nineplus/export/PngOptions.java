package org.nineplus.export;

import java.util.Objects;

/**
 * How large a PNG is: a paper size at a resolution ({@link #onPage}: the map fitted inside a 10 mm margin and
 * centred, as on a PDF page) or the map's own size times a scale ({@link #mapSize}: pixels per map point).
 *
 * @param page the paper size, or null for the map's own size
 * @param orientation for a page: portrait, landscape or AUTO
 * @param dpi pixels per inch: of the paper for a page (72 to 600); for the map's own size 72 × scale
 * @param scale pixels per map point (a page computes its own from the dpi)
 */
public record PngOptions(PageSize page, Orientation orientation, double dpi, double scale) {

    public static final int MIN_DPI = 72;
    public static final int MAX_DPI = 600;

    /** The largest scale: 600 dpi. */
    public static final double MAX_SCALE = MAX_DPI / 72.0;
    /** The smallest scale of a map-size image (a thumbnail). */
    public static final double MIN_SCALE = 0.05;

    public PngOptions {
        orientation = orientation == null ? Orientation.AUTO : orientation;
        if (page != null && !(dpi >= MIN_DPI - 1e-9 && dpi <= MAX_DPI + 1e-9)) {
            throw new IllegalArgumentException(AdvisorSummary.TEXTS.get("problem.resolution", MIN_DPI, MAX_DPI, dpi));
        }
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE + 1e-9)) {
            throw new IllegalArgumentException(AdvisorSummary.TEXTS.get("problem.pngScale", MIN_SCALE,
                    Math.floor(MAX_SCALE * 100) / 100, scale));
        }
    }

    /** The paper size at dpi (72 to 600). */
    public static PngOptions onPage(PageSize page, Orientation orientation, double dpi) {
        Objects.requireNonNull(page, "page");
        return new PngOptions(page, orientation, dpi, dpi / 72);
    }

    /** The map's own size, scale pixels per map point: {@link #MIN_SCALE} to 600/72 (600 dpi). */
    public static PngOptions mapSize(double scale) {
        return new PngOptions(null, Orientation.AUTO, scale * 72, scale);
    }
}
