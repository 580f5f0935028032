package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.render.CardBox;
import org.nineplus.render.Java2DSurface;
import org.nineplus.render.MapLayout;
import org.nineplus.render.Painter;
import org.nineplus.render.Palette;
import org.nineplus.render.Viewport;

class PngExporterTest {

    @TempDir
    Path dir;

    private final PngExporter exporter = new PngExporter();

    @Test
    void a4At150DpiIs1240By1754PixelsAndSaysSoInPhys() throws IOException {
        Path png = dir.resolve("a4.png");
        exporter.export(ExportFixtures.worked(), PngOptions.onPage(PageSize.A4, Orientation.PORTRAIT, 150), png,
                ExportProgress.NONE);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isBetween(1239, 1241);
        assertThat(image.getHeight()).isBetween(1753, 1755);
        int[] phys = phys(Files.readAllBytes(png));
        assertThat(phys[0]).as("pixels per metre across").isEqualTo(5906); // 150 / 0.0254
        assertThat(phys[1]).isEqualTo(5906);
        assertThat(phys[2]).as("unit: metre").isEqualTo(1);

        Path landscape = dir.resolve("a3.png");
        exporter.export(ExportFixtures.worked(), PngOptions.onPage(PageSize.A3, Orientation.LANDSCAPE, 72),
                landscape, ExportProgress.NONE);
        BufferedImage a3 = ImageIO.read(landscape.toFile());
        assertThat(a3.getWidth()).isEqualTo(1191);
        assertThat(a3.getHeight()).isEqualTo(842);
        assertThat(phys(Files.readAllBytes(landscape))[0]).isEqualTo(2835);
    }

    @Test
    void everyCardHasItsFillColourWhereTheLayoutPutsIt() throws Exception {
        ExportSource source = ExportSource.of(ExportFixtures.sample(), ExportFixtures.sample().journeys().get(0));
        PngOptions options = PngOptions.onPage(PageSize.A3, Orientation.AUTO, 200);
        Path png = dir.resolve("cards.png");
        exporter.export(source, options, png, ExportProgress.NONE);
        BufferedImage image = ImageIO.read(png.toFile());
        RasterPlan plan = PngExporter.plan(source.layout(), options);
        assertThat(image.getHeight()).as("several bands").isGreaterThan(2 * PngExporter.BAND_ROWS);
        assertThat(source.layout().cards()).hasSizeGreaterThan(10);
        for (CardBox card : source.layout().cards()) {
            // The bottom padding of a card, below its footer: only the card's fill is there.
            double x = card.rect().centerX();
            double y = card.rect().bottom() - 4.5;
            int pixel = image.getRGB((int) plan.pixelX(x), (int) plan.pixelY(y)) & 0xFFFFFF;
            assertThat(pixel).as(card.cardId())
                    .isEqualTo((card.idea() ? Palette.IDEA_FILL : Palette.CARD_FILL).rgb());
        }
        // The margin of the page is white, and the map is centred.
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        double right = image.getWidth() - plan.pixelX(source.layout().width());
        assertThat(Math.abs(right - plan.offsetX())).isLessThan(1.0);
    }

    @Test
    void theBandsJoinWithoutSeams() throws IOException {
        ExportSource source = ExportFixtures.worked();
        PngOptions options = PngOptions.mapSize(2);
        Path png = dir.resolve("bands.png");
        exporter.export(source, options, png, ExportProgress.NONE);
        BufferedImage banded = ImageIO.read(png.toFile());
        RasterPlan plan = PngExporter.plan(source.layout(), options);
        assertThat(plan.height()).isGreaterThan(PngExporter.BAND_ROWS * 2);

        // The same map painted in one piece.
        MapLayout layout = source.layout();
        BufferedImage whole = new BufferedImage(plan.width(), plan.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = whole.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, plan.width(), plan.height());
        g.scale(plan.scale(), plan.scale());
        Painter.paint(layout, new Java2DSurface(g), Viewport.whole(layout));
        g.dispose();

        int differing = 0;
        int worst = 0;
        int[] perRow = new int[plan.height()];
        for (int y = 0; y < plan.height(); y++) {
            for (int x = 0; x < plan.width(); x++) {
                int a = banded.getRGB(x, y);
                int b = whole.getRGB(x, y);
                if (a != b) {
                    differing++;
                    perRow[y]++;
                    worst = Math.max(worst, channelDifference(a, b));
                }
            }
        }
        // Java2D may antialias the edge of a clipped curve a shade differently; nothing more.
        assertThat(differing).as("pixels that differ from a one-piece rendering")
                .isLessThan(plan.width() * plan.height() / 2000);
        assertThat(worst).as("largest channel difference: an antialiasing shade, not another colour")
                .isLessThanOrEqualTo(40);
        // A seam would be a line of differences at a band's edge; rows there differ no more than their neighbours.
        for (int top = PngExporter.BAND_ROWS; top < plan.height(); top += PngExporter.BAND_ROWS) {
            int nearby = 0;
            for (int y = top - 12; y < top + 12; y++) {
                nearby = y == top - 1 || y == top || y >= plan.height() ? nearby : Math.max(nearby, perRow[y]);
            }
            assertThat(Math.max(perRow[top - 1], perRow[top])).as("differing pixels at the seam above row " + top)
                    .isLessThanOrEqualTo(nearby + 4);
        }
    }

    private static int channelDifference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return d;
    }

    @Test
    void theResolutionIsSeventyTwoToSixHundredDpi() {
        assertThatThrownBy(() -> PngOptions.onPage(PageSize.A4, Orientation.AUTO, 71))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("72 to 600 dpi");
        assertThatThrownBy(() -> PngOptions.onPage(PageSize.A4, Orientation.AUTO, 601))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PngOptions.mapSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PngOptions.mapSize(8.4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("600 dpi");
        org.nineplus.model.Workshop huge = org.nineplus.testing.TestWorkshops.large(300, 6, 10, 1L);
        assertThatThrownBy(() -> RasterPlan.of(org.nineplus.render.MapLayouter.layout(huge.journeys().get(0),
                org.nineplus.render.LayoutOptions.defaults()), PngOptions.mapSize(8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 60000");
        assertThat(PngOptions.onPage(PageSize.A0, Orientation.PORTRAIT, 600).scale()).isEqualTo(600 / 72.0);
        RasterPlan a0 = RasterPlan.of(ExportFixtures.worked().layout(),
                PngOptions.onPage(PageSize.A0, Orientation.PORTRAIT, 300));
        assertThat(a0.width()).isEqualTo(9933);
        assertThat(a0.height()).isEqualTo(14043);
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        Path png = dir.resolve("cancelled.png");
        ExportFixtures.CancelAfter cancel = new ExportFixtures.CancelAfter(2);
        assertThatThrownBy(() -> exporter.export(ExportFixtures.worked(),
                PngOptions.onPage(PageSize.A4, Orientation.PORTRAIT, 150), png, cancel))
                .isInstanceOf(CancellationException.class);
        assertThat(png).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
        assertThat(cancel.last).as("it got as far as a band").isPositive().isLessThan(1);
    }

    /** The pHYs chunk's x, y and unit, read from the file's chunks. */
    static int[] phys(byte[] file) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(file));
        in.skipBytes(8);
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] type = in.readNBytes(4);
            byte[] data = in.readNBytes(length);
            in.readInt();
            if (new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals("pHYs")) {
                DataInputStream d = new DataInputStream(new java.io.ByteArrayInputStream(data));
                return new int[] {d.readInt(), d.readInt(), d.readUnsignedByte()};
            }
        }
        throw new AssertionError("no pHYs chunk");
    }

    static byte[] bytes(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
