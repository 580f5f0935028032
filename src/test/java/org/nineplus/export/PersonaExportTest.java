package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Journey;
import org.nineplus.model.Persona;
import org.nineplus.model.Workshop;
import org.nineplus.render.PersonaHeader;
import org.nineplus.render.PersonaPictures;
import org.nineplus.render.RasterImage;
import org.nineplus.render.Rect;
import org.nineplus.testing.TestWorkshops;

/** A journey's picked persona (picture, name, description) is in the header of every export. */
class PersonaExportTest {

    @TempDir
    Path dir;

    private static final Persona ANNA = new Persona("p1", "Anna Jansen", "Owns a house with a leaking roof",
            List.of("Quick payout"), List.of(), "bundled:fox");

    private static ExportSource source(boolean picked) {
        Workshop base = TestWorkshops.workedExample();
        Journey journey = base.journeys().get(0).withPersonaId(picked ? "p1" : null);
        Workshop w = base.withPersonas(List.of(ANNA)).withJourney(journey);
        return ExportSource.of(w, journey);
    }

    @Test
    void thePngShowsThePictureWhereTheHeaderPutsIt() throws Exception {
        ExportSource source = source(true);
        PngOptions options = PngOptions.mapSize(2);
        Path png = dir.resolve("persona.png");
        new PngExporter().export(source, options, png, ExportProgress.NONE);
        BufferedImage image = ImageIO.read(png.toFile());
        RasterPlan plan = PngExporter.plan(source.layout(), options);

        PersonaHeader persona = source.layout().header().pickedPersona().orElseThrow();
        RasterImage fox = PersonaPictures.image("bundled:fox").orElseThrow();
        Rect picture = persona.picture();
        int matching = 0;
        int total = 0;
        // A grid of points inside the picture: each shows the illustration's own pixel there (bar smoothing).
        for (double fx = 0.2; fx <= 0.8; fx += 0.15) {
            for (double fy = 0.2; fy <= 0.8; fy += 0.15) {
                int expected = fox.argb((int) (fx * fox.width()), (int) (fy * fox.height()));
                int actual = image.getRGB((int) plan.pixelX(picture.x() + fx * picture.width()),
                        (int) plan.pixelY(picture.y() + fy * picture.height()));
                total++;
                if (close(expected, actual, 40)) {
                    matching++;
                }
            }
        }
        assertThat(matching).as("picture pixels matching the illustration").isGreaterThanOrEqualTo(total - 2);

        Path plain = dir.resolve("plain.png");
        new PngExporter().export(source(false), options, plain, ExportProgress.NONE);
        BufferedImage without = ImageIO.read(plain.toFile());
        int centre = without.getRGB((int) plan.pixelX(picture.centerX()), (int) plan.pixelY(picture.centerY()));
        assertThat(centre & 0xFFFFFF).as("no picture without a picked persona").isEqualTo(0xFFFFFF);
    }

    @Test
    void theSvgEmbedsThePictureAndKeepsNameAndDescriptionAsText() throws Exception {
        Path svg = dir.resolve("persona.svg");
        new SvgExporter().export(source(true), svg, ExportProgress.NONE);
        String text = Files.readString(svg);
        assertThat(text).contains("<image ").contains("xlink:href=\"data:image/png;base64,")
                .contains(">Anna Jansen</text>").contains("Owns a house");

        Path plain = dir.resolve("plain.svg");
        new SvgExporter().export(source(false), plain, ExportProgress.NONE);
        assertThat(Files.readString(plain)).doesNotContain("<image ").doesNotContain("Anna Jansen")
                .contains(TestWorkshops.workedExample().journeys().get(0).persona());
    }

    @Test
    void thePdfHasThePictureAsAnImageAndTheNameAsText() throws Exception {
        Path pdf = dir.resolve("persona.pdf");
        new PdfExporter().export(source(true), PdfOptions.onPage(PageSize.A3, Orientation.AUTO), pdf,
                ExportProgress.NONE);
        assertThat(ExportFixtures.pdfText(pdf, 1, 1)).contains("Anna Jansen").contains("Owns a house with a leaking");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = document.getPage(0).getResources();
            PDImageXObject picture = null;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    picture = image;
                }
            }
            assertThat(picture).as("an image on the page").isNotNull();
            assertThat(picture.getWidth()).isEqualTo(96);
            BufferedImage decoded = picture.getImage();
            RasterImage fox = PersonaPictures.image("bundled:fox").orElseThrow();
            assertThat(close(decoded.getRGB(48, 48), fox.argb(48, 48), 2)).isTrue();
        }
    }

    private static boolean close(int a, int b, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
