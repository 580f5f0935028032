package org.nineplus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Each kind of wrong value in a file gives one error with the exact path; the file is the contract's example. */
class WorkshopJsonReaderErrorsTest {

    private final WorkshopJson json = new WorkshopJson();

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                wrong("format missing", root -> root.remove("format"), "format", "missing"),
                wrong("format not a text", root -> root.put("format", 7), "format", "must be a text, was the number 7"),
                wrong("format of another tool", root -> root.put("format", "miro.board"), "format",
                        "\"miro.board\" is not a NinePlus workshop; expected \"nineplus.workshop\""),
                wrong("version missing", root -> root.remove("version"), "version", "missing"),
                wrong("version newer", root -> root.put("version", 2), "version",
                        "version 2 is newer than this program knows"),
                wrong("version zero", root -> root.put("version", 0), "version", "does not exist"),
                wrong("version a fraction", root -> root.put("version", 1.5), "version", "must be a whole number"),
                wrong("version as text", root -> root.put("version", "1"), "version",
                        "must be a whole number, was text \"1\""),
                wrong("title a number", root -> root.put("title", 5), "title", "must be a text, was the number 5"),
                wrong("date not a date", root -> root.put("date", "20-11-2026"), "date",
                        "\"20-11-2026\" is not a date of the form YYYY-MM-DD"),
                wrong("date that does not exist", root -> root.put("date", "2026-02-30"), "date", "YYYY-MM-DD"),
                wrong("participants not a list", root -> root.put("participants", "Claims team"), "participants",
                        "must be a list, was text \"Claims team\""),
                wrong("participant not a text", root -> ((ArrayNode) root.get("participants")).add(true),
                        "participants[2]", "must be a text, was true"),
                wrong("journeys an object", root -> root.putObject("journeys"), "journeys",
                        "must be a list, was an object"),
                wrong("journey a text", root -> ((ArrayNode) root.get("journeys")).add("j2"), "journeys[1]",
                        "must be an object, was text \"j2\""),
                wrong("journey id missing", root -> journey(root).remove("id"), "journeys[0].id", "missing"),
                wrong("personaId not a text", root -> journey(root).put("personaId", 1), "journeys[0].personaId",
                        "must be a text"),
                wrong("personaId of no persona", root -> journey(root).put("personaId", "p9"),
                        "journeys[0].personaId", "\"p9\" is not a persona of this workshop"),
                wrong("persona without id", root -> root.putArray("personas").addObject().put("name", "Anna"),
                        "personas[0].id", "missing"),
                wrong("persona goals not texts", root -> root.putArray("personas").addObject().put("id", "p1")
                        .putArray("goals").add(3), "personas[0].goals[0]", "must be a text"),
                wrong("momentOfTruth as text", root -> stage(root).put("momentOfTruth", "yes"),
                        "journeys[0].stages[0].momentOfTruth", "must be true or false, was text \"yes\""),
                wrong("emotion a fraction", root -> stage(root).put("emotion", 1.5),
                        "journeys[0].stages[0].emotion", "must be a whole number, was 1.5"),
                wrong("emotion out of range", root -> stage(root).put("emotion", -4),
                        "journeys[0].stages[0].emotion", "must be between -3 and +3, was -4"),
                wrong("emotion enormous", root -> stage(root).put("emotion", 1e12),
                        "journeys[0].stages[0].emotion", "out of range"),
                wrong("time unknown", root -> stage(root).put("time", "LATER"), "journeys[0].stages[0].time",
                        "unknown value \"LATER\"; expected one of SAVE, SPEND"),
                wrong("time in lower case", root -> stage(root).put("time", "save"), "journeys[0].stages[0].time",
                        "unknown value \"save\""),
                wrong("failingRules a text", root -> stage(root).put("failingRules", "KEEP_PROMISES"),
                        "journeys[0].stages[0].failingRules", "must be a list"),
                wrong("lane kind missing", root -> lane(root, 5).remove("kind"), "journeys[0].lanes[5].kind",
                        "missing; expected one of CORE, COMPLAINTS, INDIVIDUAL, SURPRISE, EMOTION, NOTES"),
                wrong("lane id missing", root -> lane(root, 2).remove("id"), "journeys[0].lanes[2].id", "missing"),
                wrong("card stage missing", root -> card(root, 0).remove("stage"), "journeys[0].cards[0].stage",
                        "missing"),
                wrong("card status unknown", root -> card(root, 1).put("status", "idea"),
                        "journeys[0].cards[1].status", "expected one of EXISTING, IDEA"),
                wrong("score as text", root -> card(root, 0).put("score", "8"), "journeys[0].cards[0].score",
                        "must be a number, was text \"8\""),
                wrong("score on an idea", root -> card(root, 1).put("score", 7.0), "journeys[0].cards[1].score",
                        "only EXISTING cards have a score"),
                wrong("cost as text", root -> card(root, 1).put("cost", "15k"), "journeys[0].cards[1].cost",
                        "must be a number"),
                wrong("savingsOnly as number", root -> card(root, 1).put("savingsOnly", 0),
                        "journeys[0].cards[1].savingsOnly", "must be true or false, was the number 0"),
                wrong("kano unknown", root -> card(root, 1).put("kano", "DELIGHTER"), "journeys[0].cards[1].kano",
                        "expected one of MUST_BE, ONE_DIMENSIONAL, ATTRACTIVE, INDIFFERENT, REVERSE"),
                wrong("kanoSurvey a list", root -> card(root, 1).putArray("kanoSurvey"),
                        "journeys[0].cards[1].kanoSurvey", "must be an object, was a list"),
                wrong("kanoSurvey count a fraction", root -> ((ObjectNode) card(root, 1).get("kanoSurvey"))
                        .put("O", 2.5), "journeys[0].cards[1].kanoSurvey.O", "must be a whole number, was 2.5"),
                wrong("kanoSurvey count negative", root -> ((ObjectNode) card(root, 1).get("kanoSurvey"))
                        .put("M", -1), "journeys[0].cards[1].kanoSurvey.M", "must not be negative, was -1"),
                wrong("votes a list", root -> card(root, 1).putArray("votes").add("Anna"),
                        "journeys[0].cards[1].votes", "must be an object"),
                wrong("vote count as text", root -> card(root, 1).putObject("votes").put("Anna", 1).put("Bas",
                        "two"), "journeys[0].cards[1].votes.Bas", "must be a whole number, was text \"two\""),
                wrong("vote count negative", root -> card(root, 1).putObject("votes").put("Anna", -2),
                        "journeys[0].cards[1].votes.Anna", "must not be negative"),
                wrong("improves on an existing card", root -> card(root, 0).put("improves", "A"),
                        "journeys[0].cards[0].improves", "only an IDEA can improve a card"),
                wrong("improves an unknown card", root -> card(root, 1).put("improves", "c9"),
                        "journeys[0].cards[1].improves", "\"c9\" is not an existing card in the same stage and lane"),
                wrong("link from missing", root -> ((ObjectNode) journey(root).get("links").get(0)).remove("from"),
                        "journeys[0].links[0].from", "missing"),
                wrong("link to a stage", root -> ((ObjectNode) journey(root).get("links").get(0)).put("to", "s1"),
                        "journeys[0].links[0].to", "\"s1\" is not a card of this journey"),
                wrong("first of two wrong values", root -> {
                    stage(root).put("time", "LATER");
                    card(root, 1).put("cost", -5);
                }, "journeys[0].stages[0].time", "LATER"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongValues")
    void aWrongValueIsReportedAtItsPath(String name, Consumer<ObjectNode> change, String path, String fragment) {
        ObjectNode root = ExchangeFiles.contractExampleTree();
        change.accept(root);

        ExchangeException error = catchThrowableOfType(ExchangeException.class,
                () -> json.read(root.toPrettyString(), "claims.json"));

        assertThat(error).as(name).isNotNull();
        assertThat(error.source()).isEqualTo("claims.json");
        assertThat(error.path()).isEqualTo(path);
        assertThat(error.problem()).contains(fragment);
        assertThat(error).hasMessage("claims.json: " + path + ": " + error.problem());
    }

    @Test
    void aJourneyWithoutStagesIsABlankCanvas() throws ExchangeException {
        ObjectNode root = ExchangeFiles.contractExampleTree();
        journey(root).remove("stages");
        journey(root).remove("cards");
        journey(root).remove("links");

        assertThat(json.read(root.toString(), "blank.json").journeys().get(0).stages()).isEmpty();
    }

    @Test
    void textThatIsNotJsonHasNoPathButALineAndColumn() {
        ExchangeException error = catchThrowableOfType(ExchangeException.class,
                () -> json.read("{\n  \"format\": \"nineplus.workshop\",\n  \"version\": 1,\n  oops\n}", "x.json"));

        assertThat(error.path()).isEmpty();
        assertThat(error.problem()).startsWith("not valid JSON (line 4, column 3)");
        assertThat(error).hasMessage("x.json: " + error.problem());
    }

    @Test
    void contentAfterTheWorkshopIsRefused() {
        ExchangeException error = catchThrowableOfType(ExchangeException.class,
                () -> json.read("{\"format\": \"nineplus.workshop\", \"version\": 1}\n{}", "two.json"));

        assertThat(error.path()).isEmpty();
        assertThat(error.problem()).isEqualTo("not valid JSON (line 2, column 1): more content after the end of the "
                + "workshop");
    }

    @Test
    void aDocumentThatIsNotAnObjectOrIsEmptyIsRefused() {
        assertThat(catchThrowableOfType(ExchangeException.class, () -> json.read("[1, 2]", "list.json")).problem())
                .isEqualTo("not a NinePlus workshop: the document is a list, not a JSON object");
        assertThat(catchThrowableOfType(ExchangeException.class, () -> json.read(new byte[0], "empty.json"))
                .problem()).isEqualTo("empty: not a JSON document");
    }

    @Test
    void aMissingFileIsAnExchangeExceptionNamingIt(@TempDir Path folder) {
        ExchangeException error = catchThrowableOfType(ExchangeException.class,
                () -> json.read(folder.resolve("gone.json")));

        assertThat(error).hasMessage("gone.json: no such file");
        assertThat(Files.exists(folder.resolve("gone.json"))).isFalse();
    }

    @Test
    void exchangeExceptionIsChecked() {
        assertThat(Exception.class).isAssignableFrom(ExchangeException.class);
        assertThat(RuntimeException.class.isAssignableFrom(ExchangeException.class)).isFalse();
    }

    private static Arguments wrong(String name, Consumer<ObjectNode> change, String path, String fragment) {
        return Arguments.of(name, change, path, fragment);
    }

    private static ObjectNode journey(ObjectNode root) {
        return (ObjectNode) root.get("journeys").get(0);
    }

    private static ObjectNode stage(ObjectNode root) {
        return (ObjectNode) journey(root).get("stages").get(0);
    }

    private static ObjectNode lane(ObjectNode root, int index) {
        return (ObjectNode) journey(root).get("lanes").get(index);
    }

    private static ObjectNode card(ObjectNode root, int index) {
        return (ObjectNode) journey(root).get("cards").get(index);
    }
}
