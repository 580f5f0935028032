package org.nineplus.export;

import java.util.Objects;

/**
 * How a map goes into a PDF. Make one with {@link #onPage}, {@link #mapSize} or {@link #tiled}, and add the advisor
 * page with {@link #withAdvisorPage}.
 *
 * @param placement one page fitted to a paper size, one page the size of the map, or tiles over sheets
 * @param page the paper size (null for {@link Placement#MAP_SIZE})
 * @param orientation portrait, landscape or whichever suits the map (AUTO)
 * @param scale page points per map point for MAP_SIZE and TILES (a fitted page computes its own)
 * @param overlapMm for TILES: how far neighbouring sheets overlap, in millimetres
 * @param advisorPage whether to add pages with the advisor's summary after the map
 * @param budget the budget the advisor page funds with, or null for none
 */
public record PdfOptions(Placement placement, PageSize page, Orientation orientation, double scale,
                         double overlapMm, boolean advisorPage, Double budget) {

    /** Where the map goes. */
    public enum Placement {
        /** The whole map on one page of the paper size, scaled to fit inside a margin and centred. */
        FIT_TO_PAGE,
        /** One page exactly the size of the map times the scale. */
        MAP_SIZE,
        /** The map at the scale on as many sheets as it needs, with overlap, crop marks and sheet numbers. */
        TILES
    }

    /** The default overlap of tiled sheets. */
    public static final double DEFAULT_OVERLAP_MM = 10;

    public PdfOptions {
        Objects.requireNonNull(placement, "placement");
        orientation = orientation == null ? Orientation.AUTO : orientation;
        if (placement != Placement.MAP_SIZE) {
            Objects.requireNonNull(page, "a page size is needed for " + placement);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the scale must be a positive number, was " + scale);
        }
        if (!(overlapMm >= 0) || overlapMm > 50) {
            throw new IllegalArgumentException("the overlap must be 0 to 50 mm, was " + overlapMm);
        }
        if (budget != null && (budget.isNaN() || budget.isInfinite() || budget < 0)) {
            throw new IllegalArgumentException("the budget must be 0 or more, was " + budget);
        }
    }

    /** The whole map on one page of that size, fitted inside a 10 mm margin and centred. */
    public static PdfOptions onPage(PageSize page, Orientation orientation) {
        return new PdfOptions(Placement.FIT_TO_PAGE, page, orientation, 1, DEFAULT_OVERLAP_MM, false, null);
    }

    /** One page the size of the map times scale (1: a map point is a PDF point). */
    public static PdfOptions mapSize(double scale) {
        return new PdfOptions(Placement.MAP_SIZE, null, Orientation.AUTO, scale, DEFAULT_OVERLAP_MM, false, null);
    }

    /** The map at scale on sheets of that size, neighbours overlapping by overlapMm, to be taped together. */
    public static PdfOptions tiled(PageSize sheet, Orientation orientation, double scale, double overlapMm) {
        return new PdfOptions(Placement.TILES, sheet, orientation, scale, overlapMm, false, null);
    }

    /** The same, with the advisor's summary (verdicts, funded ideas, totals) under the budget after the map. */
    public PdfOptions withAdvisorPage(Double budgetValue) {
        return new PdfOptions(placement, page, orientation, scale, overlapMm, true, budgetValue);
    }
}
