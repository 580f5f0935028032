package org.nineplus.ui.export;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Why a setting of the export dialog does not apply to the chosen format and placement, one property per setting:
 * empty when it applies. The dialog disables the control and shows the reason as its tooltip.
 */
public final class Reasons {


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
        String svgOwnSize = ExportDialogModel.TEXTS.get("why.svgOwnSize");
        String tilesArePdf = ExportDialogModel.TEXTS.get("why.tilesArePdf");
        boolean pdf = f == ExportFormat.PDF;
        page.set(svg ? svgOwnSize : p == MapPlacement.MAP_SIZE ? ExportDialogModel.TEXTS.get("why.mapSizePage")
                : p == MapPlacement.TILES ? ExportDialogModel.TEXTS.get("why.tilesOnSheets") : "");
        orientation.set(svg ? svgOwnSize : p == MapPlacement.MAP_SIZE ? ExportDialogModel.TEXTS.get("why.mapSizeShape") : "");
        fit.set(svg ? svgOwnSize : "");
        tilePlacement.set(pdf ? "" : tilesArePdf);
        tiles.set(p == MapPlacement.TILES ? "" : pdf ? ExportDialogModel.TEXTS.get("why.onlyTiles") : tilesArePdf);
        scale.set(pdf && p != MapPlacement.FIT_TO_PAGE ? "" : pdf ? ExportDialogModel.TEXTS.get("why.fitChoosesScale")
                : svg ? svgOwnSize : ExportDialogModel.TEXTS.get("why.pngSize"));
        dpi.set(pdf ? ExportDialogModel.TEXTS.get("why.pdfVector")
                : svg ? ExportDialogModel.TEXTS.get("why.svgVector") : "");
        advisorPage.set(pdf ? "" : ExportDialogModel.TEXTS.get("why.onlyPdfAdvisor"));
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
