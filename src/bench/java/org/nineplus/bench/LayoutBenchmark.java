package org.nineplus.bench;

import java.util.concurrent.TimeUnit;

import org.nineplus.model.Journey;
import org.nineplus.render.CardBox;
import org.nineplus.render.LayoutOptions;
import org.nineplus.render.MapLayout;
import org.nineplus.render.MapLayouter;
import org.nineplus.render.Rect;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Layout of the benchmark map (40 stages by 12 lanes, 5,000 cards, about 500 links), as the canvas does on every
 * revision, and the hit tests the canvas runs on every mouse move. Target: layout well under 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class LayoutBenchmark {

    private Journey journey;
    private LayoutOptions options;
    private MapLayout layout;
    private double[] xs;
    private double[] ys;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        journey = TestWorkshops.large5000().journeys().get(0);
        options = LayoutOptions.defaults();
        layout = MapLayouter.layout(journey, options);
        if (layout.cards().size() != 5000 || layout.stages().size() != 40 || layout.lanes().size() != 12) {
            throw new IllegalStateException("the benchmark map did not lay out whole");
        }
        java.util.Random random = new java.util.Random(1);
        xs = new double[4096];
        ys = new double[4096];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = random.nextDouble() * layout.width();
            ys[i] = random.nextDouble() * layout.height();
        }
    }

    @Benchmark
    public MapLayout layout5000Cards() {
        return MapLayouter.layout(journey, options);
    }

    /** cardAt at a random point, in microseconds. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CardBox cardAt() {
        int i = next++ & 4095;
        return layout.cardAt(xs[i], ys[i]).orElse(null);
    }

    /** cardsIn for a screen-sized rubber band, in microseconds. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int cardsInScreen() {
        int i = next++ & 4095;
        return layout.cardsIn(new Rect(xs[i], ys[i], 1600, 1000)).size();
    }
}
