package org.nineplus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.testing.TestWorkshops;

/**
 * Every broken file of the bad-input table, imported through the command line into a library that already holds a
 * workshop: exit status 2, exactly one line on stderr naming the file, the place and the problem, nothing on
 * stdout, and the library unchanged.
 */
class BadImportTest {

    private static final String TABLE = "/org/nineplus/badinput/cases.tsv";

    @TempDir
    Path dir;

    private Path library;
    private String listingBefore;

    @BeforeEach
    void libraryWithOneWorkshop() throws IOException {
        library = dir.resolve("library.mv.db");
        Path good = dir.resolve("good.json");
        new WorkshopJson().write(TestWorkshops.workedExample(), good);
        assertThat(CliRun.run(library, "import", good.toString()).status()).isZero();
        listingBefore = CliRun.run(library, "list").out();
        assertThat(listingBefore.lines()).hasSize(1);
    }

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = BadImportTest.class.getResourceAsStream(TABLE)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            return lines.stream().map(line -> line.split("\t", -1))
                    .map(columns -> Arguments.of(columns[0], columns[1], columns[2]));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithOneLineAndChangesNothing(String fileName, String place, String fragment) {
        Path file = copyToTemp(fileName);

        CliRun run = CliRun.run(library, "import", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        String line = run.errLines()[0];
        assertThat(line).startsWith("nineplus: ").contains(fileName).contains(fragment);
        if (!place.isEmpty()) {
            assertThat(line).contains(": " + place + ": ");
        }
        assertThat(CliRun.run(library, "list").out()).isEqualTo(listingBefore);
    }

    private Path copyToTemp(String fileName) {
        try (InputStream in = getClass().getResourceAsStream("/org/nineplus/badinput/" + fileName)) {
            assertThat(in).as(fileName + " is in the bad-input table's folder").isNotNull();
            Path file = dir.resolve(fileName);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
