package org.nineplus.ui.export;

/** Where the map goes: fitted to one page, on one page of its own size, or over sheets to tape together. */
public enum MapPlacement {
    FIT_TO_PAGE,
    MAP_SIZE,
    TILES;

    /** Whether a format offers this placement: PDF all three, PNG no tiles, SVG only its own size. */
    public boolean availableFor(ExportFormat format) {
        return switch (format) {
            case PDF -> true;
            case PNG -> this != TILES;
            case SVG -> this == MAP_SIZE;
        };
    }

    @Override
    public String toString() {
        return ExportDialogModel.TEXTS.get("placement." + name());
    }
}
