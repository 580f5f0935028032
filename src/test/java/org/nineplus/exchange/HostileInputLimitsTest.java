package org.nineplus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

/**
 * Blow-ups a hostile file could try, each refused with one clear error about the limit before it costs much memory
 * or time: a "billion laughs"-like list nested ten million deep, a 50 MB text, a million cards in a 60 MB file; and
 * the concrete inputs the fuzzer ({@code ImportFuzzTest}) found, kept as regressions.
 */
class HostileInputLimitsTest {

    private static final String HEAD = "{\"format\": \"nineplus.workshop\", \"version\": 1, ";

    private final WorkshopJson json = new WorkshopJson();

    @Test
    void tenMillionNestedListsAreRefusedAtTheNestingLimit() {
        byte[] laughs = (HEAD + "\"notes\": " + "[".repeat(10_000_000)).getBytes(StandardCharsets.US_ASCII);

        ExchangeException error = catchThrowableOfType(ExchangeException.class, () -> json.read(laughs, "laughs.json"));

        assertThat(error).hasMessageStartingWith("laughs.json: beyond the limits of a workshop file (line 1, column ")
                .hasMessageContaining("nesting depth (33) exceeds the maximum allowed (32)");
    }

    @Test
    void a50MbTextIsRefusedAtTheTextLimit() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(50 * 1024 * 1024 + 100);
        out.writeBytes((HEAD + "\"notes\": \"").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("x".repeat(50 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));

        ExchangeException error = catchThrowableOfType(ExchangeException.class,
                () -> json.read(out.toByteArray(), "long.json"));

        assertThat(error).hasMessageStartingWith("long.json: beyond the limits of a workshop file")
                .hasMessageContaining("String value length").hasMessageContaining("exceeds the maximum allowed "
                        + "(" + WorkshopJson.MAX_TEXT_LENGTH + ")");
    }

    @Test
    void aMillionCardsAreRefusedAtTheTokenLimitBeforeTheTreeIsBuilt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 * 1024);
        out.writeBytes((HEAD + "\"title\": \"Many\", \"journeys\": [{\"id\": \"j\", \"title\": \"J\", \"stages\": "
                + "[{\"id\": \"s\", \"name\": \"S\", \"time\": \"SAVE\"}], \"lanes\": [], \"cards\": [")
                .getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 1_000_000; i++) {
            out.writeBytes(((i == 0 ? "" : ",") + "{\"id\":\"c" + i + "\",\"stage\":\"s\",\"lane\":\"core\","
                    + "\"status\":\"IDEA\"}").getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("]}]}".getBytes(StandardCharsets.US_ASCII));
        assertThat(out.size()).as("under the 64 MB file limit").isLessThan((int) WorkshopJson.MAX_FILE_BYTES);

        ExchangeException error = catchThrowableOfType(ExchangeException.class,
                () -> json.read(out.toByteArray(), "million.json"));

        assertThat(error).hasMessageStartingWith("million.json: beyond the limits of a workshop file (line 1, column ")
                .hasMessageContaining("Token count (" + (WorkshopJson.MAX_TOKENS + 1) + ") exceeds the maximum "
                        + "allowed (" + WorkshopJson.MAX_TOKENS + ")");
    }

    @Test
    void theLargestTestMapIsFarBelowTheTokenLimit() throws Exception {
        String text = json.toJson(TestWorkshops.large(40, 12, 20_000, 42L));
        long tokens = 0;
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        System.out.println("tokens in a 20,000-card map: " + tokens);
        assertThat(tokens).isLessThan(WorkshopJson.MAX_TOKENS);
        assertThat(json.read(text, "large.json").journeys().get(0).cards()).hasSize(20_000);
    }

    // Regressions: concrete inputs from the fuzzer.

    @Test
    void aValueWithLineBreaksIsQuotedOnOneLine() {
        String file = HEAD + "\"title\": \"T\", \"journeys\": [{\"id\": \"j\", \"title\": \"J\", \"stages\": [], "
                + "\"lanes\": [], \"cards\": [\"\\u00e9\\n\\r\\u2028\\ufeff\"]}]}";

        ExchangeException error = catchThrowableOfType(ExchangeException.class, () -> json.read(file, "junk.json"));

        assertThat(error).hasMessage("junk.json: journeys[0].cards[0]: must be an object, was text "
                + "\"\u00e9\\u000a\\u000d\\u2028\\ufeff\"");
    }

    @Test
    void aMegabyteFormatIsQuotedShort() {
        String file = "{\"format\": \"" + "x".repeat(1024 * 1024) + "\", \"version\": 1}";

        ExchangeException error = catchThrowableOfType(ExchangeException.class, () -> json.read(file, "fmt.json"));

        assertThat(error.getMessage()).startsWith("fmt.json: format: \"xxxxxxxx").contains("\u2026\" is not a "
                + "NinePlus workshop").hasSizeLessThan(200);
    }

    @Test
    void anIdTheLibraryCannotKeepIsRefusedByTheReader() throws Exception {
        Workshop example = TestWorkshops.workedExample();
        String file = json.toJson(example).replace("\"id\": \"j1\"", "\"id\": \"" + "j".repeat(256) + "\"");

        ExchangeException error = catchThrowableOfType(ExchangeException.class, () -> json.read(file, "id.json"));

        assertThat(error).hasMessage("id.json: journeys[0].id: an id has at most 255 characters, this one has 256");
    }

    @Test
    void aUtf32FileWithBadCharactersIsNotValidTextWithoutJavaNames(@TempDir Path dir) throws Exception {
        byte[] bytes = {0, 0, (byte) 0xFE, (byte) 0xFF, '{', ' ', ' ', '\n', '}', 0, 0, 0};
        Path file = dir.resolve("utf32.json");
        Files.write(file, bytes);

        ExchangeException error = catchThrowableOfType(ExchangeException.class, () -> json.read(file));

        assertThat(error.getMessage()).startsWith("utf32.json: not valid text: Invalid UTF-32 character")
                .doesNotContain("Exception").doesNotContain("java.");
    }
}
