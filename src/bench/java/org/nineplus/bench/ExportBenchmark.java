package org.nineplus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.nineplus.export.ExportProgress;
import org.nineplus.export.ExportSource;
import org.nineplus.export.Orientation;
import org.nineplus.export.PageSize;
import org.nineplus.export.PdfExporter;
import org.nineplus.export.PdfOptions;
import org.nineplus.export.PngExporter;
import org.nineplus.export.PngOptions;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Export of the benchmark map (40 stages by 12 lanes, 5,000 cards) as a user starts it: layout, then the whole file
 * written to disk (atomic write included). Targets: A0 PDF under 3 s, A0 PNG at 300 dpi under 10 s. Single shots,
 * each in a 512 MB heap as the memory test runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.awt.headless=true"})
public class ExportBenchmark {

    private Workshop workshop;
    private Path dir;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        workshop = TestWorkshops.large5000();
        if (workshop.cardCount() != 5000) {
            throw new IllegalStateException("the benchmark map is not the 5,000-card map");
        }
        dir = Files.createTempDirectory("export-bench");
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    public long a0Pdf() throws IOException {
        Path out = dir.resolve("a0.pdf");
        new PdfExporter().export(ExportSource.of(workshop, workshop.journeys().get(0)),
                PdfOptions.onPage(PageSize.A0, Orientation.AUTO), out, ExportProgress.NONE);
        return Files.size(out);
    }

    @Benchmark
    public long a0Png300Dpi() throws IOException {
        Path out = dir.resolve("a0.png");
        new PngExporter().export(ExportSource.of(workshop, workshop.journeys().get(0)),
                PngOptions.onPage(PageSize.A0, Orientation.AUTO, 300), out, ExportProgress.NONE);
        return Files.size(out);
    }
}
