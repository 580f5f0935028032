package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.nineplus.advice.Advisor;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.render.MapLayout;
import org.nineplus.render.MapLayouter;
import org.nineplus.testing.InDutch;
import org.w3c.dom.NodeList;

/**
 * A map exported in Dutch (the default locale, as the window and {@code --lang nl} set it) is Dutch in every format:
 * the stage tags, the moment of truth, the IDEA mark, the peak and end tags, the lane names, the advisor's badges and
 * a tiled poster's sheet numbers; in English everything reads as it always did.
 */
@ExtendWith(InDutch.class)
class DutchExportTest {

    /** Words the map draws in English, none of which may appear in a Dutch export of the sample. */
    private static final List<String> ENGLISH_WORDS = List.of("SAVE", "SPEND", "IDEA", "Moment of truth", "MoT",
            "Peak", "End", "Peak \u00b7 End", "Core promise", "Surprise", "FIX", "WAIT", "POLISH");

    @TempDir
    Path dir;

    /** The sample's first journey with the advisor's marks, laid out in the default locale's words. */
    private static ExportSource sample() throws Exception {
        Workshop sample = ExportFixtures.sample();
        Journey journey = sample.journeys().get(0);
        return ExportSource.of(sample, journey).withDecorations(AdviceMarks.of(journey,
                Advisor.advise(journey, 120_000.0)));
    }

    private List<String> svgTexts(ExportSource source) throws Exception {
        Path svg = dir.resolve("map-" + Locale.getDefault() + ".svg");
        new SvgExporter().export(source, svg, ExportProgress.NONE);
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void theSvgOfADutchExportDrawsDutchWordsOnTheMap() throws Exception {
        List<String> dutch = svgTexts(sample());
        assertThat(dutch).contains("SNEL", "GENIET", "IDEE", "Moment van de waarheid", "Kernbelofte",
                "Verrassende service", "BASIS");
        assertThat(dutch).as("the peak and the end of the emotion curve").anyMatch(t -> t.startsWith("Piek"))
                .anyMatch(t -> t.endsWith("Einde"));
        assertThat(dutch).as("no English word of the map").doesNotContainAnyElementsOf(ENGLISH_WORDS);

        Locale.setDefault(Locale.UK);
        List<String> english = svgTexts(sample());
        assertThat(english).as("English reads as before").contains("SAVE", "SPEND", "IDEA", "Moment of truth",
                "Core promise", "FIX").anyMatch(t -> t.startsWith("Peak")).anyMatch(t -> t.endsWith("End"))
                .doesNotContain("SNEL", "GENIET", "IDEE", "Kernbelofte");
    }

    @Test
    void aDutchPdfPosterAndItsTiledSheetsAreDutch() throws Exception {
        ExportSource source = sample();
        Path poster = dir.resolve("poster.pdf");
        new PdfExporter().export(source, PdfOptions.onPage(PageSize.A3, Orientation.AUTO), poster,
                ExportProgress.NONE);
        String text = ExportFixtures.pdfText(poster, 1, 1);
        assertThat(text).contains("SNEL", "GENIET", "IDEE", "Moment van de waarheid", "Piek", "Einde",
                "Kernbelofte", "7+ basis");
        assertThat(text).doesNotContain("SAVE", "SPEND", "IDEA", "Moment of truth", "Peak", "Core promise");

        Path tiled = dir.resolve("tiled.pdf");
        new PdfExporter().export(source, PdfOptions.tiled(PageSize.A4, Orientation.AUTO, 1.5,
                PdfOptions.DEFAULT_OVERLAP_MM), tiled, ExportProgress.NONE);
        String sheet = ExportFixtures.pdfText(tiled, 1, 1);
        assertThat(sheet).contains("rij 1 van", "kolom 1 van", "overlap 10 mm").doesNotContain("row 1 of");
    }

    /** Settings an export cannot be made with are named in Dutch, numbers with a decimal comma; English as before. */
    @Test
    void settingsThatCannotBeExportedAreExplainedInDutch() throws Exception {
        ExportSource source = sample();
        assertThatIllegalArgumentException().isThrownBy(() -> PngOptions.mapSize(50))
                .withMessage("de schaal moet 0,05 tot 8,33 pixels per kaartpunt zijn (600 dpi), niet 50");
        assertThatIllegalArgumentException().isThrownBy(() -> PngOptions.onPage(PageSize.A4, Orientation.AUTO, 700))
                .withMessage("de resolutie moet 72 tot 600 dpi zijn, niet 700");
        MapLayout wide = MapLayouter.layout(source.journey(), MapWords.in(Locale.getDefault())
                .withDefaultColumnWidth(8000));
        assertThatIllegalArgumentException().isThrownBy(() -> RasterPlan.of(wide, PngOptions.mapSize(8)))
                .withMessageStartingWith("de afbeelding zou ").withMessageEndingWith(
                        " pixels worden, meer dan 60000 per zijde; kies een kleinere schaal of resolutie");
        assertThatIllegalArgumentException().isThrownBy(() -> TilePlan.of(source.layout().width(),
                        source.layout().height(), PageSize.A4, Orientation.AUTO, 60, 10))
                .withMessageStartingWith("de kaart zou ").withMessageEndingWith(
                        " vellen nodig hebben bij schaal 60; kies een kleinere schaal of grotere vellen");
        assertThatIllegalArgumentException().isThrownBy(() -> TilePlan.of(source.layout().width(),
                        source.layout().height(), PageSize.A4, Orientation.AUTO, 1, 150))
                .withMessage("de overlap is te groot voor het vel");
        assertThatIllegalArgumentException().isThrownBy(() -> new PdfExporter().export(source,
                        PdfOptions.mapSize(40.5), dir.resolve("huge.pdf"), ExportProgress.NONE))
                .withMessageStartingWith("bij schaal 40,5 zou de pagina ").withMessageContaining("14400 pt");

        Locale.setDefault(Locale.UK);
        assertThatIllegalArgumentException().isThrownBy(() -> PngOptions.mapSize(50))
                .withMessage("the scale must be 0.05 to 8.33 pixels per map point (600 dpi), was 50");
        assertThatIllegalArgumentException().isThrownBy(() -> new PdfExporter().export(source,
                        PdfOptions.mapSize(40.5), dir.resolve("huge.pdf"), ExportProgress.NONE))
                .withMessageStartingWith("at scale 40.5 the page would be ")
                .withMessageContaining("more than the 14400 pt a PDF page may be; use a scale of at most ");
    }
}
