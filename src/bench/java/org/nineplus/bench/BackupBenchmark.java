package org.nineplus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.nineplus.store.h2.H2WorkshopStore;
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
 * What the daily backup adds to opening a library that holds the benchmark map (5,000 cards): an open and close with
 * no backup due, and one where each open is a day later than the last, so each takes a backup (and removes the
 * oldest beyond ten).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BackupBenchmark {

    private static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

    private Path folder;
    private Path library;
    private int day;

    @Setup(Level.Trial)
    public void createLibrary() throws IOException {
        folder = Files.createTempDirectory("nineplus-bench");
        library = folder.resolve("library.mv.db");
        try (H2WorkshopStore store = H2WorkshopStore.open(library, at(0))) {
            store.create(TestWorkshops.large5000());
        }
    }

    private static Clock at(int day) {
        return Clock.fixed(START.plus(Duration.ofDays(day)), ZoneOffset.UTC);
    }

    @TearDown(Level.Trial)
    public void removeLibrary() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public void openAndCloseNoBackupDue() {
        H2WorkshopStore.open(library, at(day)).close();
    }

    @Benchmark
    public void openAndCloseWithDailyBackup() {
        day++;
        H2WorkshopStore.open(library, at(day)).close();
    }
}
