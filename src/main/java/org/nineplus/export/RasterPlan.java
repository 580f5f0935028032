package org.nineplus.export;

import org.nineplus.render.MapLayout;

/**
 * The pixels of a PNG export: the image size, the scale (pixels per map point) and where the map's top-left corner
 * lands, so map point (x, y) is pixel ({@code offsetX + x × scale}, {@code offsetY + y × scale}).
 */
public record RasterPlan(int width, int height, double scale, double offsetX, double offsetY, double dpi) {

    /** The longest side a PNG export may have, in pixels. */
    public static final int MAX_SIDE = 60_000;

    public static RasterPlan of(MapLayout layout, PngOptions options) {
        if (options.page() == null) {
            return checked(new RasterPlan((int) Math.ceil(layout.width() * options.scale() - 1e-6),
                    (int) Math.ceil(layout.height() * options.scale() - 1e-6), options.scale(), 0, 0, options.dpi()));
        }
        PagePlacement p = PagePlacement.fit(layout.width(), layout.height(), options.page(), options.orientation());
        double pixelsPerPoint = options.dpi() / 72;
        return checked(new RasterPlan((int) Math.round(p.pageWidth() * pixelsPerPoint),
                (int) Math.round(p.pageHeight() * pixelsPerPoint), p.scale() * pixelsPerPoint,
                p.x() * pixelsPerPoint, p.y() * pixelsPerPoint, options.dpi()));
    }

    private static RasterPlan checked(RasterPlan plan) {
        if (plan.width < 1 || plan.height < 1) {
            throw new IllegalArgumentException("the image would be empty");
        }
        if (plan.width > MAX_SIDE || plan.height > MAX_SIDE) {
            throw new IllegalArgumentException(AdvisorSummary.TEXTS.get("problem.imageTooLarge", plan.width,
                    plan.height, MAX_SIDE));
        }
        return plan;
    }

    /** The pixel column of map x. */
    public double pixelX(double mapX) {
        return offsetX + mapX * scale;
    }

    /** The pixel row of map y. */
    public double pixelY(double mapY) {
        return offsetY + mapY * scale;
    }
}
