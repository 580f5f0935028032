package org.nineplus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineplus.model.Card;
import org.nineplus.model.CardStatus;
import org.nineplus.model.Journey;
import org.nineplus.model.KanoCategory;
import org.nineplus.model.KanoSurvey;
import org.nineplus.model.Link;
import org.nineplus.model.Stage;
import org.nineplus.model.TimeKind;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class WorkshopJsonRoundTripTest {

    private final WorkshopJson json = new WorkshopJson();

    @TempDir
    Path folder;

    static Stream<Arguments> workshops() {
        Workshop example = TestWorkshops.workedExample();
        Journey first = example.journeys().get(0);
        Workshop fullCard = example.withJourney(first.withCards(List.of(
                TestWorkshops.fullCard("X", "S1", "individual"),
                Card.existing("Y", "S2", "core", "Rated", 6.5).withSavingsOnly(true),
                Card.idea("Z", "S2", "core", "Cost to the cent").withCost(0.01).withImproves("Y")
                        .withExpectedScore(7.0))).withLinks(List.of(new Link("X", "Y"))));
        Workshop blankCanvas = example.withJourney(first.withStages(List.of()).withCards(List.of())
                .withLinks(List.of())).withTitle("Blank canvas");
        Workshop noDate = new Workshop("", "", null, "", List.of(), "", List.of(), List.of());
        return Stream.of(Arguments.of("worked example", example), Arguments.of("full card", fullCard),
                Arguments.of("large 5000 with personas", TestWorkshops.large5000()),
                Arguments.of("blank canvas", blankCanvas), Arguments.of("empty workshop", noDate));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workshops")
    void writingThenReadingAFileGivesAnEqualWorkshop(String name, Workshop workshop) throws Exception {
        Path file = folder.resolve("workshop.json");

        json.write(workshop, file);

        assertThat(json.read(file)).isEqualTo(workshop);
        assertThat(json.read(Files.readAllBytes(file), "bytes")).isEqualTo(workshop);
        assertThat(json.read(json.toJson(workshop), "text")).isEqualTo(workshop);
        assertThat(Files.readString(file)).isEqualTo(json.toJson(workshop));
    }

    @Test
    void theContractExampleReadsAsTheValuesItShows() throws Exception {
        Workshop expected = new Workshop("Claims journey workshop", "Example Insurance", LocalDate.of(2026, 11, 20),
                "A. Facilitator", List.of("Claims team", "Marketing"), "", List.of(), List.of(new Journey("j1",
                        "Home insurance claim", "Young family in their first house", null,
                        List.of(new Stage("s1", "Orient", false, TimeKind.SAVE, 1, List.of())),
                        TestWorkshops.standardLanes(),
                        List.of(Card.existing("c1", "s1", "core", "Clear website", 8.0),
                                new Card("A", "s1", "core", "Faster homepage", "", CardStatus.IDEA, null, 8.6,
                                        15000.0, "c1", false, KanoCategory.ONE_DIMENSIONAL,
                                        new KanoSurvey(1, 9, 4, 2, 0, 0), Map.of())),
                        List.of(new Link("c1", "A")))));
        Path file = folder.resolve("claims.json");
        Files.writeString(file, ExchangeFiles.contractExample());

        assertThat(json.read(file)).isEqualTo(expected);
    }

    @Test
    void writingTheContractExampleBackKeepsEveryFieldAndValueItHad() throws Exception {
        JsonNode original = ExchangeFiles.contractExampleTree();

        String written = json.toJson(json.read(ExchangeFiles.contractExample(), "claims.json"));
        JsonNode rewritten = new ObjectMapper().readTree(written);

        assertContains(rewritten, original, "");
        assertThat(rewritten.has("personas")).isFalse();
        assertThat(rewritten.get("journeys").get(0).has("personaId")).isFalse();
        assertThat(written).contains("\"cost\": 15000,").contains("\"score\": 8.0\n");
    }

    @Test
    void theExampleInTheUserDocumentationIsAValidFile() throws Exception {
        String page = Files.readString(Path.of("docs", "file-format.md"));
        int start = page.indexOf("```json\n") + "```json\n".length();
        String example = page.substring(start, page.indexOf("```", start));

        Workshop read = json.read(example, "file-format.md");

        Card idea = read.journeys().get(0).card("short").orElseThrow();
        assertThat(idea.improves()).isEqualTo("form");
        assertThat(idea.votes()).containsExactly(Map.entry("Anna", 3), Map.entry("Bas", 1));
        assertThat(json.read(json.toJson(read), "again")).isEqualTo(read);
    }

    @Test
    void personasAndPersonaIdAreWrittenOnlyWhenPresent() throws Exception {
        Workshop large = TestWorkshops.large5000();
        JsonNode withPersonas = new ObjectMapper().readTree(json.toJson(large));

        assertThat(withPersonas.get("personas").get(0).get("id").asText()).isEqualTo("p1");
        assertThat(withPersonas.get("personas").get(0).get("goals").get(0).asText()).isEqualTo("Get it done");
        assertThat(withPersonas.get("journeys").get(0).get("personaId").asText()).isEqualTo("p1");

        String plain = json.toJson(TestWorkshops.workedExample());
        assertThat(plain).doesNotContain("\"personas\"").doesNotContain("\"personaId\"");
    }

    @Test
    void wholeCostsAreWrittenAsIntegersAndOtherNumbersExactly() {
        String text = json.toJson(TestWorkshops.workedExample()
                .withJourney(TestWorkshops.workedExample().journeys().get(0).withCards(List.of(
                        Card.existing("e1", "S1", "core", "Clear website", 8.0),
                        Card.idea("D", "S1", "core", "Faster homepage").withCost(15_000.0).withExpectedScore(8.6),
                        TestWorkshops.fullCard("X", "S1", "individual"),
                        Card.idea("N", "S1", "individual", "Negative zero").withCost(-0.0)))
                        .withLinks(List.of())));

        assertThat(text).contains("\"cost\": 15000,").contains("\"cost\": 1234.5,").contains("\"cost\": -0.0,")
                .contains("\"expectedScore\": 8.6,").contains("\"expectedScore\": 8.25,")
                .doesNotContain("15000.0");
    }

    @Test
    void unknownFieldsAnywhereAreIgnored() throws Exception {
        ObjectNode tree = ExchangeFiles.contractExampleTree();
        tree.put("exportedBy", "Another tool 3.1");
        tree.putObject("layout").put("zoom", 1.5);
        ObjectNode journey = (ObjectNode) tree.get("journeys").get(0);
        journey.putArray("tags").add("claims");
        ((ObjectNode) journey.get("stages").get(0)).put("colour", "#ffcc00");
        ((ObjectNode) journey.get("lanes").get(0)).put("collapsed", true);
        ((ObjectNode) journey.get("cards").get(1)).putObject("position").put("x", 10).put("y", 20);
        ((ObjectNode) journey.get("cards").get(1).get("kanoSurvey")).put("respondents", 16);
        ((ObjectNode) journey.get("links").get(0)).put("style", "dashed");

        Workshop read = json.read(tree.toString(), "extended.json");

        assertThat(read).isEqualTo(json.read(ExchangeFiles.contractExample(), "claims.json"));
    }

    @Test
    void optionalFieldsMayBeAbsentOrNull() throws Exception {
        String minimal = """
                {"format": "nineplus.workshop", "version": 1, "date": null, "journeys": [
                  {"id": "j1", "stages": [{"id": "s1", "emotion": null}],
                   "lanes": [{"id": "c", "kind": "CORE"}, {"id": "p", "kind": "COMPLAINTS"},
                             {"id": "i", "kind": "INDIVIDUAL"}, {"id": "s", "kind": "SURPRISE"}],
                   "cards": [{"id": "x", "stage": "s1", "lane": "c", "status": "IDEA", "cost": null}]}]}
                """;

        Workshop read = json.read(minimal, "minimal.json");

        Journey journey = read.journeys().get(0);
        assertThat(read.title()).isEmpty();
        assertThat(read.date()).isNull();
        assertThat(journey.stages().get(0)).isEqualTo(new Stage("s1", ""));
        assertThat(journey.cards().get(0)).isEqualTo(Card.idea("x", "s1", "c", ""));
        assertThat(journey.links()).isEmpty();
    }

    @Test
    void theWrittenFileIsIndentedUtf8WithOneFieldPerLine() throws IOException {
        Path file = folder.resolve("full.json");
        Workshop workshop = TestWorkshops.workedExample().withJourney(TestWorkshops.workedExample().journeys().get(0)
                .withCards(List.of(TestWorkshops.fullCard("X", "S1", "individual"))).withLinks(List.of()));

        json.write(workshop, file);

        String text = Files.readString(file);
        assertThat(text).startsWith("{\n  \"format\": \"nineplus.workshop\",\n  \"version\": 1,\n")
                .contains("\"title\": \"Everything \\\"quoted\\\" & ünïcode ✓\"")
                .contains("\"note\": \"A note\\nover two lines\"").endsWith("}\n");
    }

    /** Every field of {@code expected}, recursively, is in {@code actual} with an equal value. */
    private static void assertContains(JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                String fieldPath = path + "." + field.getKey();
                assertThat(actual.has(field.getKey())).as(fieldPath).isTrue();
                assertContains(actual.get(field.getKey()), field.getValue(), fieldPath);
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContains(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
