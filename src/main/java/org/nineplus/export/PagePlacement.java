package org.nineplus.export;

/**
 * Where a map of a given size goes on a page: the page size in points (in the orientation chosen), the scale (page
 * points per map point) and the top-left corner of the map on the page, the map fitted inside the margin and
 * centred.
 */
public record PagePlacement(double pageWidth, double pageHeight, double scale, double x, double y) {

    /** The margin around a map fitted to a page: 10 mm. */
    public static final double MARGIN = 10 * PageSize.POINTS_PER_MM;

    /** Fits a map of mapWidth × mapHeight points on the page inside {@link #MARGIN}, centred. */
    public static PagePlacement fit(double mapWidth, double mapHeight, PageSize page, Orientation orientation) {
        if (!(mapWidth > 0) || !(mapHeight > 0)) {
            throw new IllegalArgumentException("the map has no size: " + mapWidth + " x " + mapHeight);
        }
        PagePlacement portrait = fitOn(mapWidth, mapHeight, page.width(), page.height());
        PagePlacement landscape = fitOn(mapWidth, mapHeight, page.height(), page.width());
        return switch (orientation) {
            case PORTRAIT -> portrait;
            case LANDSCAPE -> landscape;
            case AUTO -> landscape.scale() > portrait.scale() ? landscape : portrait;
        };
    }

    private static PagePlacement fitOn(double mapWidth, double mapHeight, double pageWidth, double pageHeight) {
        double scale = Math.min((pageWidth - 2 * MARGIN) / mapWidth, (pageHeight - 2 * MARGIN) / mapHeight);
        return new PagePlacement(pageWidth, pageHeight, scale, (pageWidth - mapWidth * scale) / 2,
                (pageHeight - mapHeight * scale) / 2);
    }
}
