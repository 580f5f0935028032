package org.nineplus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of the table {@code badinput/cases.tsv} is refused with the listed path and message. */
class BadInputFilesTest {

    private static final Path FOLDER = folder();

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(FOLDER.resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(columns -> Arguments.of(columns[0], columns[1], columns[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadFileGetsOneErrorAtItsPlace(String file, String path, String fragment) {
        ExchangeException error = catchThrowableOfType(ExchangeException.class,
                () -> new WorkshopJson().read(FOLDER.resolve(file)));

        assertThat(error).as(file).isNotNull();
        assertThat(error.source()).isEqualTo(file);
        assertThat(error.path()).isEqualTo(path);
        assertThat(error.problem()).contains(fragment);
        assertThat(error.getMessage()).isEqualTo(path.isEmpty() ? file + ": " + error.problem()
                : file + ": " + path + ": " + error.problem());
    }

    @Test
    void theTableCoversEveryFileInTheFolder() throws IOException {
        List<String> listed = cases().map(a -> (String) a.get()[0]).sorted().toList();
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .sorted().toList();
            assertThat(listed).isEqualTo(present);
        }
    }

    private static Path folder() {
        try {
            return Path.of(BadInputFilesTest.class.getResource("/org/nineplus/badinput/cases.tsv").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
