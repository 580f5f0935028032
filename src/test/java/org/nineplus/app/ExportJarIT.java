package org.nineplus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.testing.TestWorkshops;

/**
 * The packaged jar exports the 5,000-card map to an A0 PDF and an A0 PNG at 300 dpi with a 512 MB heap and no
 * display, as {@code java -Xmx512m -Djava.awt.headless=true -jar nineplus.jar export ...}.
 */
class ExportJarIT {

    private static final Path JAR = Path.of(System.getProperty("nineplus.jar", "target/nineplus.jar"));

    @TempDir
    static Path dir;

    private static Path map;

    @BeforeAll
    static void writeTheLargeMap() throws IOException {
        map = dir.resolve("large5000.json");
        new WorkshopJson().write(TestWorkshops.large5000(), map);
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("export did not finish in five minutes");
        }
        return new Result(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void anA0PdfOfFiveThousandCardsIn512Megabytes() throws Exception {
        Path pdf = dir.resolve("a0.pdf");
        Result result = run("export", "--format", "pdf", "--page", "A0", "--out", pdf.toString(), map.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat((double) Math.min(box.getWidth(), box.getHeight())).isCloseTo(2383.94, within(0.01));
            assertThat((double) Math.max(box.getWidth(), box.getHeight())).isCloseTo(3370.39, within(0.01));
            assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void anA0PngAt300DpiOfFiveThousandCardsIn512Megabytes() throws Exception {
        Path png = dir.resolve("a0.png");
        Result result = run("export", "--format", "png", "--page", "A0", "--out", png.toString(), map.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        int[] size = headerSize(png);
        assertThat(Math.min(size[0], size[1])).isEqualTo(9933);
        assertThat(Math.max(size[0], size[1])).isEqualTo(14043);
        // The whole file decodes (read every 16th pixel, so this test's own heap stays small).
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            reader.setInput(in);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(16, 16, 0, 0);
            var image = reader.read(0, param);
            assertThat(image.getWidth()).isEqualTo((size[0] + 15) / 16);
            assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("the page margin").isEqualTo(0xFFFFFF);
            reader.dispose();
        }
    }

    private static int[] headerSize(Path png) throws IOException {
        try (InputStream raw = Files.newInputStream(png); DataInputStream in = new DataInputStream(raw)) {
            in.skipBytes(8 + 4);
            assertThat(new String(in.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("IHDR");
            return new int[] {in.readInt(), in.readInt()};
        }
    }
}
