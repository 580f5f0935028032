package org.nineplus.bench;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.nineplus.advice.Advice;
import org.nineplus.advice.Advisor;
import org.nineplus.advice.IdeaAdvice;
import org.nineplus.advice.IdeaClass;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
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
 * The advisor on the benchmark map (40 stages by 12 lanes, 5,000 cards, 943 ideas of which 338 sit in the pyramid
 * lanes). Target: under 5 ms, since it runs on every edit.
 *
 * <p>In the generated map every stage has some basic card below 7.0, so only round 1 has candidates. The second map
 * lifts every basic score to at least 7.0 (the stages without a failing golden rule then pass), so the ideas become
 * OVER_POLISH, NINE_PLUS and OFF_MOMENT and the value rounds sort and fund. The budget funds some but not all.
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
    private Journey basicsInOrder;

    @Setup(Level.Trial)
    public void loadMap() {
        journey = TestWorkshops.large5000().journeys().get(0);
        if (journey.cards().size() != 5000) {
            throw new IllegalStateException("the benchmark map has " + journey.cards().size() + " cards");
        }
        Set<String> basicLanes = journey.lanes().stream().filter(l -> l.kind().isBasic()).map(Lane::id)
                .collect(Collectors.toSet());
        basicsInOrder = journey.withCards(journey.cards().stream()
                .map(c -> c.isExisting() && c.score() != null && basicLanes.contains(c.lane())
                        ? c.withScore(Math.max(7.0, c.score())) : c)
                .toList());
        check(journey);
        check(basicsInOrder);
    }

    private static void check(Journey map) {
        Advice advice = Advisor.advise(map, BUDGET);
        long funded = advice.ideas().stream().filter(IdeaAdvice::funded).count();
        if (advice.ideas().size() < 300 || funded == 0 || funded == advice.ideas().size()) {
            throw new IllegalStateException("the budget should fund some ideas but not all: " + funded + " of "
                    + advice.ideas().size());
        }
        Map<IdeaClass, Long> classes = advice.ideas().stream()
                .collect(Collectors.groupingBy(IdeaAdvice::finalClass, TreeMap::new, Collectors.counting()));
        System.out.println("\nAdvisorBenchmark: " + map.cards().stream().filter(c -> c.isIdea()).count()
                + " ideas, " + advice.ideas().size() + " candidates " + classes + ", " + funded + " funded, "
                + advice.totals());
    }

    @Benchmark
    public Advice advise5000Cards() {
        return Advisor.advise(journey, BUDGET);
    }

    @Benchmark
    public Advice advise5000CardsBasicsInOrder() {
        return Advisor.advise(basicsInOrder, BUDGET);
    }

    @Benchmark
    public Advice advise5000CardsWithoutBudget() {
        return Advisor.advise(journey, null);
    }
}
