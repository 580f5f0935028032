package org.nineplus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.render.LayoutOptions;
import org.nineplus.render.MapLayout;
import org.nineplus.render.MapLayouter;
import org.nineplus.testing.TestWorkshops;

/** {@code export} as exchange-format.md describes it, run in-process in the headless surefire JVM. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private Path example;
    private MapLayout layout;

    @BeforeEach
    void writeTheWorkedExample() throws Exception {
        Workshop workshop = TestWorkshops.workedExample();
        Journey second = workshop.journeys().get(0).withTitle("Second journey");
        second = new Journey("j2", second.title(), second.persona(), null, second.stages(), second.lanes(),
                second.cards().subList(0, 3), java.util.List.of());
        workshop = workshop.withJourneys(java.util.List.of(workshop.journeys().get(0), second));
        example = dir.resolve("example.json");
        new WorkshopJson().write(workshop, example);
        layout = MapLayouter.layout(workshop.journeys().get(0), LayoutOptions.defaults());
    }

    private CliRun export(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.run(dir.resolve("never-created.mv.db"), all);
    }

    private static void ok(CliRun run) {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theTestsRunHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(System.getenv("DISPLAY")).isNullOrEmpty();
    }

    @Test
    void pdfOnAPageFitsTheMapOnThatPage() throws Exception {
        Path out = dir.resolve("map.pdf");
        ok(export("--format", "pdf", "--page", "A3", "--out", out.toString(), example.toString()));
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(Math.min(box.getWidth(), box.getHeight())).isCloseTo(841.89f,
                    org.assertj.core.api.Assertions.within(0.01f));
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Claim status tracker", "Flowers after a burglary");
        }
    }

    @Test
    void pdfWithoutAPageIsTheMapsSizeTimesTheScale() throws Exception {
        Path out = dir.resolve("natural.pdf");
        ok(export("--format", "pdf", "--scale", "0.5", "--out", out.toString(), example.toString()));
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat((double) document.getPage(0).getMediaBox().getWidth()).isCloseTo(layout.width() * 0.5,
                    org.assertj.core.api.Assertions.within(0.01));
        }
    }

    @Test
    void pdfWithPageAndScaleIsTiled() throws Exception {
        Path out = dir.resolve("tiles.pdf");
        ok(export("--format", "pdf", "--page", "A4", "--scale", "2", "--out", out.toString(), example.toString()));
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(document)).contains("1/1", "1/2");
        }
    }

    @Test
    void pngOnAPageIs300DpiUnlessAScaleIsGiven() throws Exception {
        Path out = dir.resolve("map.png");
        ok(export("--format", "png", "--page", "A4", "--out", out.toString(), example.toString()));
        BufferedImage image = ImageIO.read(out.toFile());
        // A4 at 300 dpi, the orientation that suits the map.
        assertThat(Math.min(image.getWidth(), image.getHeight())).isEqualTo(2480);
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(3508);

        Path scaled = dir.resolve("scaled.png");
        ok(export("--format", "png", "--page", "A4", "--scale", "2", "--out", scaled.toString(),
                example.toString()));
        BufferedImage small = ImageIO.read(scaled.toFile());
        assertThat(Math.min(small.getWidth(), small.getHeight())).isEqualTo(1191); // 144 dpi
    }

    @Test
    void pngWithoutAPageIsTheMapsSizeTimesTheScale() throws Exception {
        Path out = dir.resolve("natural.png");
        ok(export("--format", "png", "--out", out.toString(), example.toString()));
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(layout.width()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(layout.height()));
        Path twice = dir.resolve("twice.png");
        ok(export("--format=png", "--scale=2", "--out=" + twice, example.toString()));
        assertThat(ImageIO.read(twice.toFile()).getWidth()).isEqualTo((int) Math.ceil(layout.width() * 2));
    }

    @Test
    void svgOfTheChosenJourney() throws Exception {
        Path out = dir.resolve("second.svg");
        ok(export("--format", "svg", "--journey", "j2", "--out", out.toString(), example.toString()));
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        String text = document.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
        assertThat(text).contains("Second journey", "Clear website").doesNotContain("Claim status tracker");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("unknown format", new String[] {"--format", "gif"}, "unknown format 'gif'"),
                Arguments.of("no format", new String[] {}, "--format is required"),
                Arguments.of("unknown page", new String[] {"--format", "pdf", "--page", "B5"},
                        "unknown page size 'B5'"),
                Arguments.of("zero scale", new String[] {"--format", "png", "--scale", "0"}, "--scale '0'"),
                Arguments.of("negative scale", new String[] {"--format", "png", "--scale", "-2"}, "--scale '-2'"),
                Arguments.of("text scale", new String[] {"--format", "pdf", "--scale", "big"}, "--scale 'big'"),
                Arguments.of("NaN scale", new String[] {"--format", "pdf", "--scale", "NaN"}, "--scale 'NaN'"),
                Arguments.of("dpi above 600", new String[] {"--format", "png", "--page", "A4", "--scale", "9"},
                        "72 to 600 dpi"),
                Arguments.of("png scale above 600 dpi", new String[] {"--format", "png", "--scale", "500"},
                        "scale must be 0.05 to 8.33"),
                Arguments.of("pdf page too large", new String[] {"--format", "pdf", "--scale", "50"}, "14400"),
                Arguments.of("svg with a page", new String[] {"--format", "svg", "--page", "A4"}, "svg"),
                Arguments.of("unknown journey", new String[] {"--format", "svg", "--journey", "j9"},
                        "no journey 'j9'"),
                Arguments.of("unknown option", new String[] {"--format", "svg", "--dpi", "300"}, "--dpi"),
                Arguments.of("csv with a page", new String[] {"--format", "csv", "--page", "A4"}, "a csv is a table"),
                Arguments.of("png with a budget", new String[] {"--format", "png", "--budget", "100"},
                        "--budget is for csv"),
                Arguments.of("negative budget", new String[] {"--format", "csv", "--budget", "-5"},
                        "--budget must not be negative"),
                Arguments.of("text budget", new String[] {"--format", "csv", "--budget", "lots"},
                        "--budget 'lots' is not an amount"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsOneLineStatusTwoAndNoFile(String name, String[] options, String message) throws Exception {
        Path out = dir.resolve("out.file");
        String[] args = Stream.concat(Stream.of(options), Stream.of("--out", out.toString(), example.toString()))
                .toArray(String[]::new);
        CliRun run = export(args);
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("nineplus: export: ").contains(message);
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("example.json");
        }
    }

    @Test
    void aBadFileIsTheExchangeErrorWithStatusTwo() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"nineplus.workshop\", \"version\": 1, \"journeys\": [");
        Path out = dir.resolve("out.png");
        CliRun run = export("--format", "png", "--out", out.toString(), broken.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("nineplus: ").contains("broken.json");
        assertThat(out).doesNotExist();
    }

    @Test
    void missingOutOrMissingFolderIsStatusTwo() {
        CliRun noOut = export("--format", "png", example.toString());
        assertThat(noOut.status()).isEqualTo(2);
        assertThat(noOut.errLines()).singleElement().asString().contains("--out is required");
        Path nowhere = dir.resolve("missing-folder/map.png");
        CliRun noFolder = export("--format", "png", "--out", nowhere.toString(), example.toString());
        assertThat(noFolder.status()).isEqualTo(2);
        assertThat(noFolder.errLines()).singleElement().asString().contains("does not exist");
        assertThat(nowhere.getParent()).doesNotExist();
    }

    @Test
    void helpNamesTheExportCommand() {
        CliRun help = CliRun.run(dir.resolve("x.mv.db"), "--help");
        assertThat(help.out()).contains("export    --format png|pdf|svg|csv", "--page SIZE", "--scale K",
                "[--budget N]", "png, pdf, svg or csv");
    }
}
