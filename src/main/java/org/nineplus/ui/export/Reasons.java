package org.nineplus.ui.export;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Why a setting of the export dialog does not apply to the chosen format and placement, one property per setting:
 * empty when it applies. The dialog disables the control and shows the reason as its tooltip.
 */
public final class Reasons {

    private static final String SVG = ExportDialogModel.SVG_OWN_SIZE;

    private final ReadOnlyStringWrapper page = new ReadOnlyStringWrapper(this, "page", "");
    private final ReadOnlyStringWrapper orientation = new ReadOnlyStringWrapper(this, "orientation", "");
    private final ReadOnlyStringWrapper fit = new ReadOnlyStringWrapper(this, "fit", "");
    private final ReadOnlyStringWrapper tilePlacement = new ReadOnlyStringWrapper(this, "tilePlacement", "");
    private final ReadOnlyStringWrapper tiles = new ReadOnlyStringWrapper(this, "tiles", "");
    private final ReadOnlyStringWrapper scale = new ReadOnlyStringWrapper(this, "scale", "");
    private final ReadOnlyStringWrapper dpi = new ReadOnlyStringWrapper(this, "dpi", "");
    private final ReadOnlyStringWrapper advisorPage = new ReadOnlyStringWrapper(this, "advisorPage", "");

    Reasons() {
    }

    void update(ExportFormat f, MapPlacement p) {
        boolean svg = f == ExportFormat.SVG;
        boolean pdf = f == ExportFormat.PDF;
        page.set(svg ? SVG : p == MapPlacement.MAP_SIZE ? "A map-size page is exactly as large as the map"
                : p == MapPlacement.TILES ? "Tiles are printed on the sheet size below" : "");
        orientation.set(svg ? SVG : p == MapPlacement.MAP_SIZE ? "A map-size page has the map's own shape" : "");
        fit.set(svg ? SVG : "");
        tilePlacement.set(pdf ? "" : ExportDialogModel.TILES_ARE_PDF);
        tiles.set(p == MapPlacement.TILES ? "" : pdf ? "Only for tiles" : ExportDialogModel.TILES_ARE_PDF);
        scale.set(pdf && p != MapPlacement.FIT_TO_PAGE ? "" : pdf ? "Fit to page chooses the scale that fills the page"
                : svg ? SVG : "A PNG's size comes from its resolution");
        dpi.set(pdf ? "A PDF is vector graphics: it prints sharp at any size"
                : svg ? "An SVG is vector graphics: it prints sharp at any size" : "");
        advisorPage.set(pdf ? "" : "Only a PDF has room for the advisor's summary page");
    }

    /** The page size: only a fitted page has one. */
    public ReadOnlyStringProperty page() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty orientation() {
        return orientation.getReadOnlyProperty();
    }

    /** The "Fit to page" placement. */
    public ReadOnlyStringProperty fit() {
        return fit.getReadOnlyProperty();
    }

    /** The "Tiles" placement. */
    public ReadOnlyStringProperty tilePlacement() {
        return tilePlacement.getReadOnlyProperty();
    }

    /** The sheet size and overlap of tiles. */
    public ReadOnlyStringProperty tiles() {
        return tiles.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scale() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dpi() {
        return dpi.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty advisorPage() {
        return advisorPage.getReadOnlyProperty();
    }
}
