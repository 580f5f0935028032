package org.nineplus.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nineplus.export.ExportSource;
import org.nineplus.export.Orientation;
import org.nineplus.export.PageSize;
import org.nineplus.export.PdfOptions;
import org.nineplus.export.PngOptions;
import org.nineplus.export.TilePlan;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

/** The export dialog's state without a window: defaults, validation, what the choices give, memory. */
class ExportDialogModelTest {

    private static final Path FOLDER = Path.of("/exports");

    private final Workshop workshop = TestWorkshops.workedExample();
    private final ExportSource source = ExportSource.of(workshop, workshop.journeys().get(0));
    private Preferences node;

    @AfterEach
    void removeNode() throws Exception {
        if (node != null) {
            node.removeNode();
            node.flush();
        }
    }

    private ExportDialogModel model(ExportChoices choices) {
        return new ExportDialogModel(workshop, workshop.journeys().get(0), 120_000.0, Locale.UK, choices);
    }

    private ExportDialogModel ready() {
        ExportDialogModel model = model(ExportChoices.defaults());
        model.outputProperty().set(FOLDER.resolve("map.pdf"));
        model.setSource(source);
        return model;
    }

    @Test
    void theDefaultsAreAnA3PdfFittedInEitherOrientationWithTheAdvisorPage() {
        ExportDialogModel model = model(ExportChoices.defaults());

        assertThat(model.formatProperty().get()).isEqualTo(ExportFormat.PDF);
        assertThat(model.pageProperty().get()).isEqualTo(PageSize.A3);
        assertThat(model.orientationProperty().get()).isEqualTo(Orientation.AUTO);
        assertThat(model.placementProperty().get()).isEqualTo(MapPlacement.FIT_TO_PAGE);
        assertThat(model.tileSheetProperty().get()).isEqualTo(PageSize.A4);
        assertThat(model.dpiTextProperty().get()).isEqualTo("300");
        assertThat(model.scaleTextProperty().get()).isEqualTo("1");
        assertThat(model.overlapTextProperty().get()).isEqualTo("10");
        assertThat(model.advisorPageProperty().get()).isTrue();
        assertThat(model.outputProperty().get()).isNull();
        assertThat(model.problemProperty().get()).isEqualTo("Choose where to save the file.");
        assertThat(model.status().phaseProperty().get()).isEqualTo(ExportStatus.Phase.PREPARING);
        assertThat(model.canExportProperty().get()).isFalse();
        assertThat(model.defaultFileName()).isEqualTo("Claims journey workshop \u2013 Home insurance claim.pdf");
    }

    @Test
    void onceLaidOutAndGivenAFileItCanExportAndSaysWhatItWillBe() {
        ExportDialogModel model = ready();

        assertThat(model.canExportProperty().get()).isTrue();
        assertThat(model.summaryProperty().get()).matches("A3 (landscape|portrait), map at \\d+\u00a0%");
        ExportRequest.Pdf request = (ExportRequest.Pdf) model.request();
        assertThat(request.options().placement()).isEqualTo(PdfOptions.Placement.FIT_TO_PAGE);
        assertThat(request.options().page()).isEqualTo(PageSize.A3);
        assertThat(request.options().advisorPage()).isTrue();
        assertThat(request.options().budget()).isEqualTo(120_000.0);
        assertThat(request.out()).isEqualTo(FOLDER.resolve("map.pdf"));
    }

    @Test
    void aPngResolutionOutside72To600IsRefusedWithAMessageAnd300IsTaken() {
        ExportDialogModel model = ready();
        model.formatProperty().set(ExportFormat.PNG);

        model.dpiTextProperty().set("71");
        assertThat(model.dpiProblemProperty().get()).isEqualTo(
                "The resolution must be a whole number from 72 to 600 dpi.");
        assertThat(model.problemProperty().get()).isEqualTo(model.dpiProblemProperty().get());
        assertThat(model.canExportProperty().get()).isFalse();
        assertThat(model.pixelSizeProperty().get()).isEmpty();
        assertThatThrownBy(model::request).isInstanceOf(IllegalStateException.class);

        model.dpiTextProperty().set("601");
        assertThat(model.problemProperty().get()).contains("72 to 600 dpi");
        model.dpiTextProperty().set("lots");
        assertThat(model.problemProperty().get()).contains("72 to 600 dpi");

        model.dpiTextProperty().set("300");
        assertThat(model.dpiProblemProperty().get()).isEmpty();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.canExportProperty().get()).isTrue();
        assertThat(((ExportRequest.Png) model.request()).options().dpi()).isEqualTo(300);
    }

    @Test
    void aBadResolutionDoesNotStopAPdfForWhichItMeansNothing() {
        ExportDialogModel model = ready();
        model.dpiTextProperty().set("71");

        assertThat(model.dpiProblemProperty().get()).isNotEmpty();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.canExportProperty().get()).isTrue();
    }

    @Test
    void anA0PngAt300DpiIs9933By14043Pixels() {
        ExportDialogModel model = ready();
        model.formatProperty().set(ExportFormat.PNG);
        model.pageProperty().set(PageSize.A0);
        model.orientationProperty().set(Orientation.PORTRAIT);
        model.dpiTextProperty().set("300");

        assertThat(model.pixelSizeProperty().get()).isEqualTo("9,933 \u00d7 14,043 px");
        assertThat(model.summaryProperty().get()).startsWith("9,933 \u00d7 14,043 px \u00b7 A0 portrait");
        ExportRequest.Png request = (ExportRequest.Png) model.request();
        assertThat(request.options()).isEqualTo(PngOptions.onPage(PageSize.A0, Orientation.PORTRAIT, 300));
        assertThat(request.out().getFileName().toString()).isEqualTo("map.png");

        model.orientationProperty().set(Orientation.LANDSCAPE);
        assertThat(model.pixelSizeProperty().get()).isEqualTo("14,043 \u00d7 9,933 px");
    }

    @Test
    void tilesCountTheSheetsOfTheTilePlan() {
        ExportDialogModel model = ready();
        model.placementProperty().set(MapPlacement.TILES);
        model.tileSheetProperty().set(PageSize.A4);
        model.orientationProperty().set(Orientation.PORTRAIT);
        model.scaleTextProperty().set("1.5");
        model.overlapTextProperty().set("15");

        TilePlan plan = TilePlan.of(source.layout().width(), source.layout().height(), PageSize.A4,
                Orientation.PORTRAIT, 1.5, 15);
        assertThat(plan.tiles().size()).isGreaterThan(1);
        assertThat(model.sheetCountProperty().get()).isEqualTo(plan.tiles().size());
        assertThat(model.summaryProperty().get()).isEqualTo(plan.tiles().size() + " A4 portrait sheets ("
                + plan.rows() + " \u00d7 " + plan.columns() + ")");
        PdfOptions options = ((ExportRequest.Pdf) model.request()).options();
        assertThat(options.placement()).isEqualTo(PdfOptions.Placement.TILES);
        assertThat(options.scale()).isEqualTo(1.5);
        assertThat(options.overlapMm()).isEqualTo(15);

        model.overlapTextProperty().set("51");
        assertThat(model.problemProperty().get()).isEqualTo("The overlap must be 0 to 50 mm.");
        model.overlapTextProperty().set("10");
        model.scaleTextProperty().set("400");
        assertThat(model.problemProperty().get()).contains("scale");
        assertThat(model.canExportProperty().get()).isFalse();
    }

    @Test
    void settingsThatDoNotApplyToTheFormatSayWhy() {
        ExportDialogModel model = ready();
        Reasons why = model.unavailable();
        assertThat(why.dpi().get()).contains("vector");
        assertThat(why.advisorPage().get()).isEmpty();
        assertThat(why.scale().get()).contains("Fit to page");
        assertThat(why.tiles().get()).isEqualTo("Only for tiles");

        model.formatProperty().set(ExportFormat.PNG);
        assertThat(why.dpi().get()).isEmpty();
        assertThat(why.advisorPage().get()).isEqualTo("Only a PDF has room for the advisor's summary page");
        assertThat(why.tilePlacement().get()).isNotEmpty();

        model.formatProperty().set(ExportFormat.PDF);
        model.placementProperty().set(MapPlacement.TILES);
        model.formatProperty().set(ExportFormat.PNG);
        assertThat(model.placementProperty().get()).isEqualTo(MapPlacement.FIT_TO_PAGE);

        model.formatProperty().set(ExportFormat.SVG);
        assertThat(model.placementProperty().get()).isEqualTo(MapPlacement.MAP_SIZE);
        assertThat(why.page().get()).isEqualTo(why.orientation().get()).contains("SVG");
        assertThat(why.fit().get()).contains("SVG");
        assertThat(model.summaryProperty().get()).endsWith("pt, text kept as text");
        assertThat(model.request()).isInstanceOf(ExportRequest.Svg.class);
    }

    @Test
    void theFileFollowsTheFormatsExtension() {
        ExportDialogModel model = ready();
        model.formatProperty().set(ExportFormat.SVG);
        assertThat(model.outputProperty().get()).isEqualTo(FOLDER.resolve("map.svg"));

        model.chooseOutput(FOLDER.resolve("poster"));
        assertThat(model.outputProperty().get()).isEqualTo(FOLDER.resolve("poster.svg"));
        model.chooseOutput(FOLDER.resolve("wall.SVG"));
        assertThat(model.outputProperty().get()).isEqualTo(FOLDER.resolve("wall.SVG"));
    }

    @Test
    void theRunningStateFollowsTheExport() {
        ExportDialogModel model = ready();
        model.status().started();
        assertThat(model.canExportProperty().get()).isFalse();
        model.status().progressed(0.4);
        model.status().progressed(0.2);
        assertThat(model.status().progressProperty().get()).isEqualTo(0.4);
        model.status().failed("the folder does not exist");
        assertThat(model.status().messageProperty().get()).isEqualTo("the folder does not exist");
        assertThat(model.canExportProperty().get()).isTrue();
        model.status().started();
        model.status().finished(FOLDER.resolve("map.pdf"));
        assertThat(model.status().messageProperty().get()).isEqualTo("Exported to " + FOLDER.resolve("map.pdf"));
    }

    @Test
    void theChoicesAreRememberedInThePreferencesNodeAndComeBackInANewDialog() {
        node = Preferences.userRoot().node("org/nineplus/test/export-" + UUID.randomUUID());
        ExportDialogModel model = ready();
        model.formatProperty().set(ExportFormat.PNG);
        model.pageProperty().set(PageSize.A0);
        model.orientationProperty().set(Orientation.LANDSCAPE);
        model.dpiTextProperty().set("150");
        model.advisorPageProperty().set(false);
        model.outputProperty().set(Path.of("/posters/wall.png"));
        ExportChoices chosen = model.choices();
        assertThat(chosen.folder()).isEqualTo(Path.of("/posters"));

        new ExportMemory(() -> node).remember(chosen);
        ExportChoices recalled = new ExportMemory(() -> node).recall();

        assertThat(recalled).isEqualTo(chosen);
        ExportDialogModel again = model(recalled);
        assertThat(again.formatProperty().get()).isEqualTo(ExportFormat.PNG);
        assertThat(again.pageProperty().get()).isEqualTo(PageSize.A0);
        assertThat(again.orientationProperty().get()).isEqualTo(Orientation.LANDSCAPE);
        assertThat(again.dpiTextProperty().get()).isEqualTo("150");
        assertThat(again.advisorPageProperty().get()).isFalse();
        assertThat(again.outputProperty().get()).isEqualTo(Path.of("/posters").resolve(
                "Claims journey workshop \u2013 Home insurance claim.png"));
    }

    @Test
    void aStoredValueThatNoLongerReadsFallsBackToItsDefault() {
        node = Preferences.userRoot().node("org/nineplus/test/export-" + UUID.randomUUID());
        node.put("format", "GIF");
        node.putInt("dpi", 9000);
        node.put("tileSheet", "A0");
        node.put("page", "A1");

        ExportChoices recalled = new ExportMemory(() -> node).recall();

        assertThat(recalled.format()).isEqualTo(ExportFormat.PDF);
        assertThat(recalled.dpi()).isEqualTo(300);
        assertThat(recalled.tileSheet()).isEqualTo(PageSize.A4);
        assertThat(recalled.page()).isEqualTo(PageSize.A1);
    }
}
