package org.nineplus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code advise} as exchange-format.md describes it, run in-process; the output is read back with Jackson. */
class AdviseCommandTest {

    @TempDir
    static Path dir;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Path library() {
        return dir.resolve("never-created.mv.db");
    }

    private static Path file(String name, Workshop workshop) throws Exception {
        Path file = dir.resolve(name);
        new WorkshopJson().write(workshop, file);
        return file;
    }

    private static JsonNode adviseOk(String... args) throws Exception {
        CliRun run = CliRun.run(library(), args);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("\n");
        return MAPPER.readTree(run.out());
    }

    @Test
    void theWorkedExampleFieldByField() throws Exception {
        Path file = file("example.json", TestWorkshops.workedExample());
        JsonNode doc = adviseOk("advise", "--budget", "60000", file.toString());

        assertThat(fieldNames(doc)).containsExactly("journey", "budget", "stages", "ideas", "totals", "peakEnd");
        assertThat(doc.get("journey").textValue()).isEqualTo("j1");
        assertThat(doc.get("budget").isIntegralNumber()).isTrue();
        assertThat(doc.get("budget").longValue()).isEqualTo(60_000);

        JsonNode stages = doc.get("stages");
        assertThat(stages).hasSize(3);
        assertStage(stages.get(0), "S1", 8.0, "GOOD_ENOUGH");
        assertStage(stages.get(1), "S2", 6.0, "FIX_BASICS");
        assertStage(stages.get(2), "S3", 7.8, "FIX_BASICS");

        JsonNode ideas = doc.get("ideas");
        assertThat(ideas).hasSize(6);
        assertIdea(ideas.get(0), "A", "FIX_BASICS", "FIX_BASICS", true);
        assertIdea(ideas.get(1), "B", "PREMATURE", "NINE_PLUS", true, "A");
        assertIdea(ideas.get(2), "C", "PREMATURE", "NINE_PLUS", true, "A");
        assertIdea(ideas.get(3), "D", "OVER_POLISH", "OVER_POLISH", false);
        assertIdea(ideas.get(4), "E", "NO_CX_POTENTIAL", "NO_CX_POTENTIAL", false);
        assertIdea(ideas.get(5), "F", "OFF_MOMENT", "OFF_MOMENT", true);
        assertThat(ideas.get(3).get("reason").textValue())
                .contains("Not funded: €15,000 does not fit the €1,000 left");

        JsonNode totals = doc.get("totals");
        assertThat(fieldNames(totals)).containsExactly("basic", "distinctive", "left");
        assertThat(totals.get("basic").isIntegralNumber()).isTrue();
        assertThat(totals.get("basic").longValue()).isEqualTo(20_000);
        assertThat(totals.get("distinctive").longValue()).isEqualTo(39_000);
        assertThat(totals.get("left").longValue()).isEqualTo(1_000);

        JsonNode peakEnd = doc.get("peakEnd");
        assertThat(peakEnd.get("peak").isInt()).isTrue();
        assertThat(peakEnd.get("peak").intValue()).isEqualTo(-2);
        assertThat(peakEnd.get("end").intValue()).isEqualTo(1);
        assertThat(peakEnd.get("index").isDouble()).isTrue();
        assertThat(peakEnd.get("index").doubleValue()).isEqualTo(-0.5);
        assertThat(texts(peakEnd.get("hints"))).containsExactly("CREATE_PEAK");
    }

    @Test
    void scoresAreWrittenWithADecimalPointAndUnratedAsNull() throws Exception {
        Journey journey = TestWorkshops.workedExample().journeys().get(0);
        Journey blank = journey.withCards(journey.cards().stream().filter(c -> !c.stage().equals("S1")).toList());
        Workshop workshop = TestWorkshops.workedExample().withJourney(blank);
        CliRun run = CliRun.run(library(), "advise", file("unrated.json", workshop).toString());
        assertThat(run.out()).contains("\"basicScore\": 6.0").contains("\"basicScore\": null");
        JsonNode doc = MAPPER.readTree(run.out());
        assertStage(doc.get("stages").get(0), "S1", null, "UNRATED");
    }

    @Test
    void withoutBudgetNothingIsFundedAndNothingIsLeft() throws Exception {
        JsonNode doc = adviseOk("advise", file("nobudget.json", TestWorkshops.workedExample()).toString());
        assertThat(doc.get("budget").isNull()).isTrue();
        for (JsonNode idea : doc.get("ideas")) {
            assertThat(idea.get("funded").booleanValue()).isFalse();
            assertThat(idea.get("class")).isEqualTo(idea.get("initialClass"));
            assertThat(idea.get("unlockedBy")).isEmpty();
        }
        assertThat(doc.get("totals").get("basic").longValue()).isZero();
        assertThat(doc.get("totals").get("distinctive").longValue()).isZero();
        assertThat(doc.get("totals").get("left").longValue()).isZero();
    }

    @Test
    void journeyOptionChoosesTheJourneyAndAFractionalBudgetStaysFractional() throws Exception {
        Workshop example = TestWorkshops.workedExample();
        Journey second = example.journeys().get(0).withId("j2").withStages(List.of())
                .withCards(List.of()).withLinks(List.of());
        Workshop two = example.withJourneys(List.of(example.journeys().get(0), second));
        Path file = file("two.json", two);

        JsonNode doc = adviseOk("advise", "--journey", "j2", "--budget=1000.5", file.toString());
        assertThat(doc.get("journey").textValue()).isEqualTo("j2");
        assertThat(doc.get("budget").doubleValue()).isEqualTo(1000.5);
        assertThat(doc.get("stages")).isEmpty();
        assertThat(doc.get("ideas")).isEmpty();
        assertThat(doc.get("totals").get("left").doubleValue()).isEqualTo(1000.5);
        assertThat(doc.get("peakEnd").get("index").doubleValue()).isZero();
        assertThat(doc.get("peakEnd").get("hints")).isEmpty();
        assertThat(adviseOk("advise", file.toString()).get("journey").textValue()).isEqualTo("j1");
    }

    @Test
    void helpNamesTheCommand() {
        CliRun help = CliRun.run(library(), "advise", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("advise    [--journey ID] [--budget N] FILE.json", "--budget N");
    }

    static Stream<Arguments> badInput() throws Exception {
        String good = file("good.json", TestWorkshops.workedExample()).toString();
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ not json");
        return Stream.of(
                Arguments.of("missing file", new String[] {"advise", dir.resolve("missing.json").toString()},
                        "missing.json"),
                Arguments.of("not JSON", new String[] {"advise", broken.toString()}, "broken.json"),
                Arguments.of("unknown journey", new String[] {"advise", "--journey", "j9", good}, "j9"),
                Arguments.of("negative budget", new String[] {"advise", "--budget", "-5", good}, "negative"),
                Arguments.of("budget not a number", new String[] {"advise", "--budget", "lots", good}, "'lots'"),
                Arguments.of("budget NaN", new String[] {"advise", "--budget", "NaN", good}, "'NaN'"),
                Arguments.of("budget Infinity", new String[] {"advise", "--budget", "Infinity", good}, "Infinity"),
                Arguments.of("budget without value", new String[] {"advise", good, "--budget"}, "needs a value"),
                Arguments.of("no file", new String[] {"advise", "--budget", "10"}, "missing FILE.json"),
                Arguments.of("two files", new String[] {"advise", good, good}, "expected one"),
                Arguments.of("unknown option", new String[] {"advise", "--db", "x", good}, "--db"),
                Arguments.of("budget twice", new String[] {"advise", "--budget", "1", "--budget", "2", good},
                        "twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputExitsWithTwoOneLineOnStandardErrorAndNothingOnStandardOutput(String name, String[] args,
                                                                             String mentioned) {
        CliRun run = CliRun.run(library(), args);
        assertThat(run.status()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("nineplus: ").contains(mentioned)
                .doesNotStartWith("nineplus: unexpected");
        assertThat(library()).doesNotExist();
    }

    private static void assertStage(JsonNode stage, String id, Double basicScore, String verdict) {
        assertThat(fieldNames(stage)).containsExactly("id", "basicScore", "verdict");
        assertThat(stage.get("id").textValue()).isEqualTo(id);
        if (basicScore == null) {
            assertThat(stage.get("basicScore").isNull()).isTrue();
        } else {
            assertThat(stage.get("basicScore").isDouble()).isTrue();
            assertThat(stage.get("basicScore").doubleValue()).isEqualTo(basicScore);
        }
        assertThat(stage.get("verdict").textValue()).isEqualTo(verdict);
    }

    private static void assertIdea(JsonNode idea, String id, String initialClass, String finalClass, boolean funded,
                                   String... unlockedBy) {
        assertThat(fieldNames(idea)).containsExactly("id", "initialClass", "class", "funded", "unlockedBy", "reason");
        assertThat(idea.get("id").textValue()).isEqualTo(id);
        assertThat(idea.get("initialClass").textValue()).as(id).isEqualTo(initialClass);
        assertThat(idea.get("class").textValue()).as(id).isEqualTo(finalClass);
        assertThat(idea.get("funded").booleanValue()).as(id).isEqualTo(funded);
        assertThat(texts(idea.get("unlockedBy"))).as(id).containsExactly(unlockedBy);
        assertThat(idea.get("reason").textValue()).as(id).isNotBlank();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.textValue()));
        return values;
    }
}
