package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Workshop;
import org.nineplus.render.Rect;
import org.nineplus.testing.TestWorkshops;

class TiledPdfTest {

    private static final double MM = 72 / 25.4;

    @TempDir
    Path dir;

    private final Workshop map = TestWorkshops.large(7, 7, 90, 3L);
    private final ExportSource source = ExportSource.of(map, map.journeys().get(0));

    @Test
    void aLargeMapOnA4SheetsHasOneSheetPerTileAndTheSheetsOverlapByTenMillimetres() throws IOException {
        double scale = 1.2;
        double width = source.layout().width() * scale;
        double height = source.layout().height() * scale;
        double margin = 12 * MM;
        double printableW = 210 * MM - 2 * margin;
        double printableH = 297 * MM - 2 * margin;
        double overlap = 10 * MM;
        int columns = (int) Math.ceil((width - overlap) / (printableW - overlap));
        int rows = (int) Math.ceil((height - overlap) / (printableH - overlap));
        assertThat(columns).as("the test map needs several columns").isGreaterThan(2);
        assertThat(rows).as("and several rows").isGreaterThan(1);

        Path pdf = dir.resolve("tiles.pdf");
        new PdfExporter().export(source, PdfOptions.tiled(PageSize.A4, Orientation.PORTRAIT, scale, 10), pdf,
                ExportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(rows * columns);
            double[][] origins = new double[rows * columns][];
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                assertThat((double) page.getMediaBox().getWidth()).isCloseTo(210 * MM, within(0.01));
                origins[i] = firstTransform(page);
                assertThat(origins[i][0]).as("scale of the map on sheet " + i).isCloseTo(scale, within(1e-4));
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    double[] m = origins[r * columns + c];
                    // The map's origin moves left by (printable width - overlap) per column, and up per row.
                    assertThat(m[4]).isCloseTo(margin - c * (printableW - overlap), within(0.01));
                    assertThat(m[5]).isCloseTo(297 * MM - margin + r * (printableH - overlap), within(0.01));
                }
            }
            double step = origins[0][4] - origins[1][4];
            assertThat(printableW - step).as("overlap of neighbouring sheets in mm").isCloseTo(overlap,
                    within(0.01));
        }
        String first = ExportFixtures.pdfText(pdf, 1, 1);
        assertThat(first).contains("1/1 ", "row 1 of " + rows + ", column 1 of " + columns,
                "overlap 10 mm");
        String last = ExportFixtures.pdfText(pdf, rows * columns, rows * columns);
        assertThat(last).contains(rows + "/" + columns);
    }

    @Test
    void theTilePlanCoversTheWholeMapAndEachSheetRepeatsItsNeighboursEdge() {
        TilePlan plan = TilePlan.of(source.layout().width(), source.layout().height(), PageSize.A3,
                Orientation.LANDSCAPE, 2, 10);
        assertThat(plan.sheetWidth()).isCloseTo(420 * MM, within(1e-6));
        Rect first = plan.tiles().get(0).mapArea();
        Rect last = plan.tiles().get(plan.tiles().size() - 1).mapArea();
        assertThat(first.x()).isZero();
        assertThat(first.y()).isZero();
        assertThat(last.right()).isGreaterThanOrEqualTo(source.layout().width());
        assertThat(last.bottom()).isGreaterThanOrEqualTo(source.layout().height());
        // Not one sheet too many: the last column and row start inside the map.
        assertThat(last.x()).isLessThan(source.layout().width());
        assertThat(last.y()).isLessThan(source.layout().height());
        if (plan.columns() > 1) {
            Rect second = plan.tiles().get(1).mapArea();
            assertThat((first.right() - second.x()) * plan.scale()).isCloseTo(10 * MM, within(1e-6));
        }
        assertThat(plan.tiles()).hasSize(plan.rows() * plan.columns());
        assertThat(plan.tiles().get(plan.columns()).label()).isEqualTo(plan.rows() > 1 ? "2/1" : "1/1");
    }

    @Test
    void aMapThatFitsOnOneSheetIsOneTile() {
        TilePlan plan = TilePlan.of(300, 200, PageSize.A4, Orientation.AUTO, 1, 10);
        assertThat(plan.rows()).isEqualTo(1);
        assertThat(plan.columns()).isEqualTo(1);
    }

    /** The operands of the first cm operator of the page: the map's transform. */
    private static double[] firstTransform(PDPage page) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Double> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (token instanceof COSNumber n) {
                operands.add((double) n.floatValue());
            } else if (token instanceof Operator op) {
                if (op.getName().equals("cm")) {
                    return operands.stream().mapToDouble(Double::doubleValue).toArray();
                }
                operands.clear();
            } else {
                operands.clear();
            }
        }
        throw new AssertionError("no cm operator on the page");
    }
}
