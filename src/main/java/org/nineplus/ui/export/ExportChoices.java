package org.nineplus.ui.export;

import java.nio.file.Path;
import java.util.Objects;

import org.nineplus.export.Orientation;
import org.nineplus.export.PageSize;
import org.nineplus.export.PdfOptions;

/**
 * What the export dialog remembers between uses: every choice the person makes, and the folder last exported to.
 *
 * @param tileSheet A4 or A3
 * @param dpi the PNG resolution, 72 to 600
 * @param scale for a PDF of the map's size or in tiles: page points per map point
 * @param overlapMm for tiles, 0 to 50
 * @param folder the folder of the last export, or null
 */
public record ExportChoices(ExportFormat format, PageSize page, Orientation orientation, MapPlacement placement,
                           PageSize tileSheet, int dpi, double scale, double overlapMm, boolean advisorPage,
                           Path folder) {

    public static final int DEFAULT_DPI = 300;

    public ExportChoices {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(tileSheet, "tileSheet");
    }

    /** A PDF fitted to an A3 page in whichever orientation suits the map, with the advisor page. */
    public static ExportChoices defaults() {
        return new ExportChoices(ExportFormat.PDF, PageSize.A3, Orientation.AUTO, MapPlacement.FIT_TO_PAGE,
                PageSize.A4, DEFAULT_DPI, 1, PdfOptions.DEFAULT_OVERLAP_MM, true, null);
    }
}
