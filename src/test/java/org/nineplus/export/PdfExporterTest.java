package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdfExporterTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

    @TempDir
    Path dir;

    private final PdfExporter exporter = new PdfExporter(Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest
    @CsvSource({"A0, PORTRAIT, 2383.94, 3370.39", "A0, LANDSCAPE, 3370.39, 2383.94",
        "A3, PORTRAIT, 841.89, 1190.55", "A3, LANDSCAPE, 1190.55, 841.89", "A4, PORTRAIT, 595.28, 841.89",
        "A4, LANDSCAPE, 841.89, 595.28", "A2, PORTRAIT, 1190.55, 1683.78", "A1, LANDSCAPE, 2383.94, 1683.78"})
    void thePageHasTheIsoSizeInPoints(PageSize size, Orientation orientation, double width, double height)
            throws IOException {
        Path pdf = dir.resolve("map.pdf");
        exporter.export(ExportFixtures.worked(), PdfOptions.onPage(size, orientation), pdf, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat((double) box.getWidth()).isCloseTo(width, within(0.01));
            assertThat((double) box.getHeight()).isCloseTo(height, within(0.01));
        }
    }

    @Test
    void autoOrientationTurnsAWideMapLandscapeAndATallOnePortrait() throws IOException {
        org.nineplus.model.Workshop wide = org.nineplus.testing.TestWorkshops.large(12, 6, 40, 5L);
        for (ExportSource source : List.of(ExportSource.of(wide, wide.journeys().get(0)),
                ExportFixtures.worked())) {
            boolean wideMap = source.layout().width() > source.layout().height() * 1.5;
            boolean tallMap = source.layout().height() > source.layout().width();
            assertThat(wideMap || tallMap).as("the test maps are clearly wide or tall").isTrue();
            Path pdf = dir.resolve("map.pdf");
            exporter.export(source, PdfOptions.onPage(PageSize.A3, Orientation.AUTO), pdf, ExportProgress.NONE);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDRectangle box = document.getPage(0).getMediaBox();
                assertThat(box.getWidth() > box.getHeight()).isEqualTo(wideMap);
            }
        }
    }

    @Test
    void textExtractionFindsEveryCardTitleInTheEmbeddedSubsetFont() throws Exception {
        for (ExportSource source : List.of(ExportFixtures.worked(), ExportSource.of(ExportFixtures.sample(),
                ExportFixtures.sample().journeys().get(0)))) {
            Path pdf = dir.resolve("titles.pdf");
            exporter.export(source, PdfOptions.onPage(PageSize.A3, Orientation.AUTO), pdf, ExportProgress.NONE);
            String text = ExportFixtures.pdfText(pdf, 1, 1);
            for (String title : ExportFixtures.titles(source)) {
                assertThat(text).as("card title on the page").contains(ExportFixtures.normalised(title));
            }
            for (var stage : source.journey().stages()) {
                assertThat(text).contains(ExportFixtures.normalised(stage.name()));
            }
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDResources resources = document.getPage(0).getResources();
                List<PDFont> fonts = new ArrayList<>();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
                assertThat(fonts).hasSize(2).allSatisfy(font -> {
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSans(-Bold)?");
                });
            }
        }
    }

    @Test
    void theMapPageHoldsNoImage() throws Exception {
        Path pdf = dir.resolve("vector.pdf");
        exporter.export(ExportSource.of(ExportFixtures.sample(), ExportFixtures.sample().journeys().get(0)),
                PdfOptions.onPage(PageSize.A0, Orientation.AUTO), pdf, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage page = document.getPage(0);
            assertThat(imagesIn(page.getResources())).isZero();
            // It is not empty either: the painter drew into the content stream.
            assertThat(page.getContents().readAllBytes().length).isGreaterThan(10_000);
        }
    }

    private static int imagesIn(PDResources resources) throws IOException {
        if (resources == null) {
            return 0;
        }
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                images++;
            } else if (x instanceof PDFormXObject form) {
                images += imagesIn(form.getResources());
            }
        }
        return images;
    }

    @Test
    void mapSizeMakesOnePageAsLargeAsTheMapTimesTheScale() throws IOException {
        ExportSource source = ExportFixtures.worked();
        Path pdf = dir.resolve("fit.pdf");
        exporter.export(source, PdfOptions.mapSize(0.5), pdf, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat((double) box.getWidth()).isCloseTo(source.layout().width() * 0.5, within(0.01));
            assertThat((double) box.getHeight()).isCloseTo(source.layout().height() * 0.5, within(0.01));
        }
        assertThatThrownBy(() -> exporter.export(source, PdfOptions.mapSize(100), pdf, ExportProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("14400 pt");
    }

    @Test
    void theMetadataNamesWorkshopJourneyFacilitatorAndDate() throws IOException {
        Path pdf = dir.resolve("meta.pdf");
        exporter.export(ExportFixtures.worked(), PdfOptions.onPage(PageSize.A4, Orientation.AUTO), pdf,
                ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Claims journey workshop \u2013 Home insurance claim");
            assertThat(info.getAuthor()).isEqualTo("A. Facilitator");
            assertThat(info.getCreator()).isEqualTo("NinePlus");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(NOW);
        }
        Path anonymous = dir.resolve("anonymous.pdf");
        ExportSource noFacilitator = new ExportSource(new org.nineplus.model.Workshop("", "", null, " ", null,
                null, null, ExportFixtures.worked().workshop().journeys()), ExportFixtures.worked().journey(),
                ExportFixtures.worked().layout());
        exporter.export(noFacilitator, PdfOptions.mapSize(1), anonymous, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(anonymous.toFile())) {
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("NinePlus");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Home insurance claim");
        }
    }

    @Test
    void theAdvisorPageListsVerdictsFundedIdeasAndTotals() throws IOException {
        Path pdf = dir.resolve("advice.pdf");
        exporter.export(ExportFixtures.worked(), PdfOptions.onPage(PageSize.A3, Orientation.AUTO)
                .withAdvisorPage(60_000.0), pdf, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(1).getMediaBox().getWidth())
                    .isEqualTo(document.getPage(0).getMediaBox().getWidth());
            assertThat(imagesIn(document.getPage(1).getResources())).isZero();
        }
        String advice = ExportFixtures.pdfText(pdf, 2, 2);
        assertThat(advice).contains("Advisor summary", "Budget: 60,000", "Stage verdicts", "Funded ideas",
                "Funded basic (core, complaints) 20,000", "Funded distinctive (individual, surprise) 39,000",
                "Left of the budget 1,000");
        // The funded ideas in the advisor's funding order (A, the fix, first), numbered.
        List<String> order = org.nineplus.advice.Advisor.advise(ExportFixtures.worked().journey(), 60_000.0)
                .fundingOrder();
        assertThat(order).hasSize(4).startsWith("A");
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            numbered.add((i + 1) + ". " + ExportFixtures.worked().journey().card(order.get(i)).orElseThrow().title());
        }
        assertThat(advice).containsSubsequence(numbered);
        assertThat(advice).contains("Report a claim", "fix the basics", "Orient");
        assertThat(advice).doesNotContain("Cheaper back office 10,000");
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsTheOldOne() throws IOException {
        Path pdf = dir.resolve("keep.pdf");
        Files.writeString(pdf, "the old poster");
        ExportFixtures.CancelAfter cancel = new ExportFixtures.CancelAfter(2);
        assertThatThrownBy(() -> exporter.export(ExportFixtures.worked(),
                PdfOptions.tiled(PageSize.A4, Orientation.PORTRAIT, 1.5, 10), pdf, cancel))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(pdf)).isEqualTo("the old poster");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(pdf);
        }
        assertThat(cancel.decreased).isFalse();
    }

    @Test
    void progressRisesToOne() throws IOException {
        ExportFixtures.CancelAfter never = new ExportFixtures.CancelAfter(Integer.MAX_VALUE);
        exporter.export(ExportFixtures.worked(), PdfOptions.tiled(PageSize.A4, Orientation.PORTRAIT, 1.5, 10)
                .withAdvisorPage(null), dir.resolve("p.pdf"), never);
        assertThat(never.last).isEqualTo(1.0);
        assertThat(never.decreased).isFalse();
        assertThat(never.asked()).isGreaterThan(3);
    }
}
