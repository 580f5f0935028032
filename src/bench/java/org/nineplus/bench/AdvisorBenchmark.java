package org.nineplus.bench;

import java.util.concurrent.TimeUnit;

import org.nineplus.advice.Advice;
import org.nineplus.advice.Advisor;
import org.nineplus.model.Journey;
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
 * The advisor on the benchmark map (40 stages by 12 lanes, 5,000 cards, about 1,000 ideas of which about 370 sit in
 * the pyramid lanes). Target: under 5 ms, since it runs on every edit. The budget funds some ideas of every round but
 * not all, so every round sorts and every reason kind is built.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class AdvisorBenchmark {

    /** About a quarter of what the estimated candidates together cost. */
    static final double BUDGET = 2_000_000.0;

    private Journey journey;

    @Setup(Level.Trial)
    public void loadMap() {
        journey = TestWorkshops.large5000().journeys().get(0);
        if (journey.cards().size() != 5000) {
            throw new IllegalStateException("the benchmark map has " + journey.cards().size() + " cards");
        }
        Advice advice = Advisor.advise(journey, BUDGET);
        long funded = advice.ideas().stream().filter(i -> i.funded()).count();
        if (advice.ideas().size() < 300 || funded == 0 || funded == advice.ideas().size() || advice.totals().left() < 0) {
            throw new IllegalStateException("the budget should fund some ideas but not all: " + funded + " of "
                    + advice.ideas().size());
        }
        System.out.println("\nAdvisorBenchmark: " + journey.cards().stream().filter(c -> c.isIdea()).count()
                + " ideas, " + advice.ideas().size() + " candidates, " + funded + " funded, " + advice.totals());
    }

    @Benchmark
    public Advice advise5000Cards() {
        return Advisor.advise(journey, BUDGET);
    }

    @Benchmark
    public Advice advise5000CardsWithoutBudget() {
        return Advisor.advise(journey, null);
    }
}
