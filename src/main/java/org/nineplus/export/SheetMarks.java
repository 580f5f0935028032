package org.nineplus.export;

import org.nineplus.render.Palette;
import org.nineplus.render.Rect;
import org.nineplus.render.Rgb;
import org.nineplus.render.Stroke;
import org.nineplus.render.Surface;
import org.nineplus.render.TextMeasurer;

/**
 * What a tiled sheet carries in its margin, drawn in sheet coordinates (points, y down): crop marks at the four
 * corners of the printable area, ticks where the neighbouring sheets' overlap begins (trim one sheet along its crop
 * marks and lay it on its neighbour up to the ticks), and the sheet number "row/column" with the grid size.
 */
final class SheetMarks {

    private static final Rgb MARK = Rgb.hex(0x000000);
    private static final double GAP = 2 * PageSize.POINTS_PER_MM;
    private static final double LENGTH = 7 * PageSize.POINTS_PER_MM;

    private SheetMarks() {
    }

    static void paint(Surface s, TilePlan plan, TilePlan.Tile tile, String title) {
        Rect p = new Rect(plan.margin(), plan.margin(), plan.printableWidth(), plan.printableHeight());
        Stroke hair = Stroke.solid(0.5);
        for (double x : new double[] {p.x(), p.right()}) {
            s.line(x, p.y() - GAP, x, p.y() - GAP - LENGTH, MARK, hair);
            s.line(x, p.bottom() + GAP, x, p.bottom() + GAP + LENGTH, MARK, hair);
        }
        for (double y : new double[] {p.y(), p.bottom()}) {
            s.line(p.x() - GAP, y, p.x() - GAP - LENGTH, y, MARK, hair);
            s.line(p.right() + GAP, y, p.right() + GAP + LENGTH, y, MARK, hair);
        }
        Stroke tick = Stroke.dashed(0.5);
        if (tile.column() + 1 < plan.columns()) {
            double x = p.right() - plan.overlap();
            s.line(x, p.y() - GAP, x, p.y() - GAP - LENGTH / 2, MARK, tick);
            s.line(x, p.bottom() + GAP, x, p.bottom() + GAP + LENGTH / 2, MARK, tick);
        }
        if (tile.row() + 1 < plan.rows()) {
            double y = p.bottom() - plan.overlap();
            s.line(p.x() - GAP, y, p.x() - GAP - LENGTH / 2, y, MARK, tick);
            s.line(p.right() + GAP, y, p.right() + GAP + LENGTH / 2, y, MARK, tick);
        }
        double size = 9;
        TextMeasurer m = TextMeasurer.standard();
        double baseline = p.y() - GAP - m.descent(size) - 1;
        s.text(p.x() + GAP, baseline, tile.label(), size, true, Palette.INK);
        String grid = AdvisorSummary.TEXTS.get("sheet.grid", tile.row() + 1, plan.rows(), tile.column() + 1,
                plan.columns(), Math.round(plan.overlap() / PageSize.POINTS_PER_MM));
        double small = 7;
        String line = title + " \u00b7 " + grid;
        double room = p.width() - 2 * GAP;
        if (m.width(line, small, false) > room) {
            line = grid;
        }
        s.text(p.x() + GAP, p.bottom() + GAP + m.ascent(small) + 1, line, small, false, Palette.INK_SOFT);
    }
}
