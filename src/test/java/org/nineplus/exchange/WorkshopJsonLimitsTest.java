package org.nineplus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits against hostile input: nesting, duplicate keys, text length, file size. */
class WorkshopJsonLimitsTest {

    private static final String HEAD = "{\"format\": \"nineplus.workshop\", \"version\": 1, ";

    private final WorkshopJson json = new WorkshopJson();

    @Test
    void nestingUpTo32LevelsIsReadAndDeeperIsRefused() throws ExchangeException {
        // The document object is level 1, so 31 nested lists reach level 32.
        assertThat(json.read(HEAD + "\"extra\": " + nested(31) + "}", "deep-ok.json").journeys()).isEmpty();

        ExchangeException error = catchThrowableOfType(ExchangeException.class,
                () -> json.read(HEAD + "\"extra\": " + nested(32) + "}", "too-deep.json"));

        assertThat(error.path()).isEmpty();
        assertThat(error.problem()).startsWith("beyond the limits of a workshop file (line 1, column ")
                .contains("nesting depth (33) exceeds the maximum allowed (32)");
    }

    @Test
    void aKeyTwiceInOneObjectIsRefusedWithItsLine() {
        String twice = ExchangeFiles.contractExample().replace("\"title\": \"Clear website\",",
                "\"title\": \"Clear website\", \"title\": \"Something else\",");
        int line = twice.substring(0, twice.indexOf("Something else")).split("\n", -1).length;

        ExchangeException error = catchThrowableOfType(ExchangeException.class, () -> json.read(twice, "dup.json"));

        assertThat(error.path()).isEmpty();
        assertThat(error.problem()).startsWith("not valid JSON (line " + line + ", column ")
                .contains("Duplicate field 'title'");
    }

    @Test
    void textsUpTo1MbAreReadAndLongerOnesAreRefused() throws ExchangeException {
        String longest = "x".repeat(WorkshopJson.MAX_TEXT_LENGTH);
        assertThat(json.read(HEAD + "\"notes\": \"" + longest + "\"}", "long.json").notes()).isEqualTo(longest);

        ExchangeException error = catchThrowableOfType(ExchangeException.class,
                () -> json.read((HEAD + "\"notes\": \"" + longest + "y\"}").getBytes(StandardCharsets.UTF_8),
                        "longer.json"));

        assertThat(error.path()).isEmpty();
        assertThat(error.problem()).startsWith("beyond the limits of a workshop file")
                .contains("String value length (1048577) exceeds the maximum allowed (1048576)");
    }

    @Test
    void aFileOver64MbIsRefusedBeforeItIsRead(@TempDir Path folder) throws IOException {
        Path huge = folder.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(WorkshopJson.MAX_FILE_BYTES + 1); // sparse: takes no disk space
        }

        ExchangeException error = catchThrowableOfType(ExchangeException.class, () -> json.read(huge));

        assertThat(error).hasMessage("huge.json: too large: 67108865 bytes, the limit is 64 MB");
    }

    @Test
    void contentOver64MbIsRefusedBeforeItIsParsed() {
        byte[] tooMuch = new byte[(int) WorkshopJson.MAX_FILE_BYTES + 1];

        ExchangeException error = catchThrowableOfType(ExchangeException.class, () -> json.read(tooMuch, "big"));

        assertThat(error.path()).isEmpty();
        assertThat(error.problem()).isEqualTo("too large: 67108865 bytes, the limit is 64 MB");
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }
}
