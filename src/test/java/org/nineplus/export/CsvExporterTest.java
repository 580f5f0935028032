package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.testing.TestWorkshops;

/** The CSV of a journey read back with a real CSV parser. */
class CsvExporterTest {

    @TempDir
    Path dir;

    private static Journey workedExample() {
        return TestWorkshops.workedExample().journeys().get(0);
    }

    /** Reads an exported file: checks the byte order mark, then parses the rest by RFC 4180 with the header. */
    static List<CSVRecord> readBack(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(CsvExporter.HEADER);
            return parser.getRecords();
        }
    }

    private static Map<String, CSVRecord> byId(List<CSVRecord> records) {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        records.forEach(r -> rows.put(r.get("card id"), r));
        return rows;
    }

    @Test
    void theWorkedExampleHasOneRowPerCardWithTheAdvisorsClassesAndFundingAt60000() throws Exception {
        Path file = dir.resolve("cards.csv");
        CsvExporter.export(workedExample(), 60_000.0, file);

        List<CSVRecord> records = readBack(file);
        assertThat(records).hasSize(workedExample().cards().size());
        assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(CsvExporter.HEADER.size()));
        Map<String, CSVRecord> rows = byId(records);
        assertThat(rows.keySet()).containsExactlyInAnyOrder("e1", "e2", "e3", "e4", "A", "B", "C", "D", "E", "F");

        Map<String, String> classes = new LinkedHashMap<>();
        Map<String, String> funded = new LinkedHashMap<>();
        rows.forEach((id, r) -> {
            classes.put(id, r.get("advisor class"));
            funded.put(id, r.get("funded"));
        });
        assertThat(classes).containsEntry("A", "FIX_BASICS").containsEntry("B", "NINE_PLUS")
                .containsEntry("C", "NINE_PLUS").containsEntry("D", "OVER_POLISH")
                .containsEntry("E", "NO_CX_POTENTIAL").containsEntry("F", "OFF_MOMENT");
        assertThat(funded).containsEntry("A", "yes").containsEntry("B", "yes").containsEntry("C", "yes")
                .containsEntry("F", "yes").containsEntry("D", "no").containsEntry("E", "no");
        Stream.of("e1", "e2", "e3", "e4").forEach(id -> {
            assertThat(rows.get(id).get("advisor class")).as(id).isEmpty();
            assertThat(rows.get(id).get("funded")).as(id).isEmpty();
            assertThat(rows.get(id).get("status")).isEqualTo("EXISTING");
        });

        CSVRecord a = rows.get("A");
        assertThat(a.get("stage")).isEqualTo("Report a claim");
        assertThat(a.get("lane kind")).isEqualTo("CORE");
        assertThat(a.get("title")).isEqualTo("Claim status tracker");
        assertThat(a.get("status")).isEqualTo("IDEA");
        assertThat(a.get("expected score")).isEqualTo("7.6");
        assertThat(a.get("cost")).isEqualTo("20000");
        assertThat(a.get("improves")).isEqualTo("e2");
        assertThat(a.get("savings only")).isEqualTo("no");
        assertThat(rows.get("E").get("savings only")).isEqualTo("yes");
        assertThat(rows.get("e2").get("score")).isEqualTo("6");
        assertThat(rows.get("e3").get("score")).isEqualTo("7.5");
        // Map order: stage S1 first (e1, D in CORE, then F in INDIVIDUAL), S3 last.
        assertThat(records.get(0).get("card id")).isEqualTo("e1");
        assertThat(records).extracting(r -> r.get("card id")).containsSubsequence("e1", "D", "F", "e2", "A", "e4",
                "E");
    }

    @Test
    void withoutABudgetNothingIsFundedButIdeasStillHaveTheirClass() throws Exception {
        Path file = dir.resolve("cards.csv");
        CsvExporter.export(workedExample(), null, file);

        Map<String, CSVRecord> rows = byId(readBack(file));
        Stream.of("A", "B", "C", "D", "E", "F")
                .forEach(id -> assertThat(rows.get(id).get("funded")).as(id).isEqualTo("no"));
        assertThat(rows.get("B").get("advisor class")).as("not unlocked without funding").isEqualTo("PREMATURE");
        assertThat(rows.get("A").get("advisor class")).isEqualTo("FIX_BASICS");
    }

    @Test
    void titlesAndNotesWithCommasQuotesAndLineBreaksRoundTrip() throws Exception {
        String title = "Call back, \"today\", not later";
        String note = "Line one\nline two, with a comma\r\nand \"quotes\"; accents: é ü €";
        Journey journey = workedExample();
        List<Card> cards = journey.cards().stream()
                .map(c -> c.id().equals("C") ? c.withTitle(title).withNote(note) : c).toList();
        cards = new java.util.ArrayList<>(cards);
        cards.add(Card.idea("G", "S2", "channels", "Note, \"quoted\"\nacross lines"));
        journey = journey.withCards(cards);
        Path file = dir.resolve("tricky.csv");
        CsvExporter.export(journey, 60_000.0, file);

        List<CSVRecord> records = readBack(file);
        assertThat(records).hasSize(11);
        Map<String, CSVRecord> rows = byId(records);
        assertThat(rows.get("C").get("title")).isEqualTo(title);
        assertThat(rows.get("C").get("note")).isEqualTo(note);
        assertThat(rows.get("C").get("funded")).isEqualTo("yes");
        CSVRecord g = rows.get("G");
        assertThat(g.get("title")).isEqualTo("Note, \"quoted\"\nacross lines");
        assertThat(g.get("lane kind")).isEqualTo("NOTES");
        assertThat(g.get("advisor class")).as("an idea outside the pyramid is not a candidate").isEmpty();
        assertThat(g.get("funded")).isEmpty();
    }

    @Test
    void aMissingFolderIsAnErrorAndAnExportReplacesTheOldFileLeavingNoTemporaryFile() throws Exception {
        Path file = dir.resolve("cards.csv");
        Files.writeString(file, "old");
        Path missingFolder = dir.resolve("missing").resolve("cards.csv");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> CsvExporter.export(workedExample(), 60_000.0, missingFolder)).isInstanceOf(IOException.class);
        CsvExporter.export(workedExample(), 60_000.0, file);

        assertThat(readBack(file)).hasSize(10);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("cards.csv");
        }
    }
}
