package org.nineplus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

/** {@code export --format csv}: the cards of a journey as a CSV file, with funding under --budget. */
class ExportCsvCommandTest {

    @TempDir
    Path dir;

    private List<CSVRecord> exportCsv(Path example, String... options) throws Exception {
        Path out = dir.resolve("cards.csv");
        String[] args = new String[options.length + 6];
        args[0] = "export";
        args[1] = "--format";
        args[2] = "csv";
        System.arraycopy(options, 0, args, 3, options.length);
        args[options.length + 3] = "--out";
        args[options.length + 4] = out.toString();
        args[options.length + 5] = example.toString();
        CliRun run = CliRun.run(dir.resolve("never-created.mv.db"), args);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFstage,lane,lane kind,card id,title,");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    private Path workedExample() throws Exception {
        Path example = dir.resolve("example.json");
        new WorkshopJson().write(TestWorkshops.workedExample(), example);
        return example;
    }

    @Test
    void theWorkedExampleWithABudgetFundsABCAndF() throws Exception {
        List<CSVRecord> rows = exportCsv(workedExample(), "--budget", "60000");

        assertThat(rows).hasSize(TestWorkshops.workedExample().cardCount());
        Map<String, String> funded = rows.stream().filter(r -> !r.get("funded").isEmpty())
                .collect(Collectors.toMap(r -> r.get("card id"), r -> r.get("funded")));
        assertThat(funded).containsOnly(Map.entry("A", "yes"), Map.entry("B", "yes"), Map.entry("C", "yes"),
                Map.entry("D", "no"), Map.entry("E", "no"), Map.entry("F", "yes"));
    }

    @Test
    void withoutABudgetNothingIsFunded() throws Exception {
        List<CSVRecord> rows = exportCsv(workedExample());

        assertThat(rows).filteredOn(r -> r.get("funded").equals("yes")).isEmpty();
        assertThat(rows).filteredOn(r -> r.get("funded").equals("no")).hasSize(6);
    }

    @Test
    void theChosenJourneyOfATemplate() throws Exception {
        Path template = Path.of("assets", "templates", "online-order.json");
        Workshop workshop = new WorkshopJson().read(template);

        List<CSVRecord> rows = exportCsv(template, "--journey", "j1", "--budget", "50000");

        assertThat(rows).extracting(r -> r.get("card id")).containsExactlyInAnyOrderElementsOf(
                workshop.journeys().get(0).cards().stream().map(c -> c.id()).toList());
    }
}
