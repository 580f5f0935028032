package org.nineplus.export;

import java.util.ArrayList;
import java.util.List;

import org.nineplus.render.Rect;

/**
 * How a map is cut into sheets for taping together: sheet size (points, in the chosen orientation), the margin that
 * holds crop marks and sheet numbers, the printable area inside it, the overlap between neighbours and the scale.
 * Sheet (row, column) shows the map from {@code column × step / scale} across, where the step is the printable width
 * minus the overlap, so each sheet repeats the last {@code overlap} of its left and upper neighbour.
 */
public record TilePlan(double sheetWidth, double sheetHeight, double margin, double overlap, double scale, int rows,
                       int columns, List<Tile> tiles) {

    /** The margin of a tiled sheet: 12 mm, room for crop marks and the sheet number. */
    public static final double SHEET_MARGIN = 12 * PageSize.POINTS_PER_MM;

    /** One sheet: its place in the grid (from 0) and the map area it shows in its printable area. */
    public record Tile(int row, int column, Rect mapArea) {

        /** The number printed on the sheet: "row/column", counted from 1. */
        public String label() {
            return (row + 1) + "/" + (column + 1);
        }
    }

    public TilePlan {
        tiles = List.copyOf(tiles);
    }

    /** Plans the sheets for a map of mapWidth × mapHeight points. AUTO takes the orientation that needs fewer. */
    public static TilePlan of(double mapWidth, double mapHeight, PageSize sheet, Orientation orientation, double scale,
                              double overlapMm) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the scale must be a positive number, was " + scale);
        }
        double overlap = overlapMm * PageSize.POINTS_PER_MM;
        TilePlan portrait = plan(mapWidth, mapHeight, sheet.width(), sheet.height(), scale, overlap);
        TilePlan landscape = plan(mapWidth, mapHeight, sheet.height(), sheet.width(), scale, overlap);
        return switch (orientation) {
            case PORTRAIT -> portrait;
            case LANDSCAPE -> landscape;
            case AUTO -> landscape.tiles.size() < portrait.tiles.size() ? landscape : portrait;
        };
    }

    private static TilePlan plan(double mapWidth, double mapHeight, double sheetWidth, double sheetHeight,
                                 double scale, double overlap) {
        double printableWidth = sheetWidth - 2 * SHEET_MARGIN;
        double printableHeight = sheetHeight - 2 * SHEET_MARGIN;
        if (overlap >= Math.min(printableWidth, printableHeight) / 2) {
            throw new IllegalArgumentException(AdvisorSummary.TEXTS.get("problem.overlapTooLarge"));
        }
        int columns = count(mapWidth * scale, printableWidth, overlap);
        int rows = count(mapHeight * scale, printableHeight, overlap);
        long sheets = (long) rows * columns;
        if (sheets > 10_000) {
            throw new IllegalArgumentException(AdvisorSummary.TEXTS.get("problem.tooManySheets", sheets, scale));
        }
        List<Tile> tiles = new ArrayList<>(rows * columns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                tiles.add(new Tile(r, c, new Rect(c * (printableWidth - overlap) / scale,
                        r * (printableHeight - overlap) / scale, printableWidth / scale, printableHeight / scale)));
            }
        }
        return new TilePlan(sheetWidth, sheetHeight, SHEET_MARGIN, overlap, scale, rows, columns, tiles);
    }

    /** Sheets needed along one side: the first holds printable, each further one printable − overlap more. */
    private static int count(double length, double printable, double overlap) {
        if (length <= printable) {
            return 1;
        }
        return 1 + (int) Math.ceil((length - printable) / (printable - overlap) - 1e-9);
    }

    public double printableWidth() {
        return sheetWidth - 2 * margin;
    }

    public double printableHeight() {
        return sheetHeight - 2 * margin;
    }
}
