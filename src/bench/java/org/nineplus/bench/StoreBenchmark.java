package org.nineplus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.nineplus.model.Workshop;
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
 * Save and load of the benchmark map (40 stages by 12 lanes, 5,000 cards) in a real H2 library file. Target: each
 * under 150 ms. Each save replaces the whole workshop in one transaction, as autosave does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class StoreBenchmark {

    private Path folder;
    private H2WorkshopStore store;
    private Workshop map;
    private long id;

    @Setup(Level.Trial)
    public void openLibrary() throws IOException {
        folder = Files.createTempDirectory("nineplus-bench");
        store = H2WorkshopStore.open(folder.resolve("library.mv.db"));
        map = TestWorkshops.large5000();
        if (map.cardCount() != 5000) {
            throw new IllegalStateException("the benchmark map has " + map.cardCount() + " cards");
        }
        id = store.create(map);
        if (!store.load(id).workshop().equals(map)) {
            throw new IllegalStateException("the map did not round-trip; the benchmark would measure a broken store");
        }
    }

    @TearDown(Level.Trial)
    public void closeLibrary() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public void save5000Cards() {
        store.save(id, map);
    }

    @Benchmark
    public Workshop load5000Cards() {
        return store.load(id).workshop();
    }
}
