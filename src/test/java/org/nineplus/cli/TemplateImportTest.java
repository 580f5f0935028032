package org.nineplus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Workshop;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.store.WorkshopStore;

/** A template file is an ordinary workshop file: {@code import} takes it and the library holds it unchanged. */
class TemplateImportTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"blank-pyramid.json", "insurance-claim.json", "online-order.json", "energy-switch.json",
            "hospital-visit.json"})
    void aTemplateImportsThroughTheCommandLine(String name) throws Exception {
        Path template = Path.of("assets", "templates", name);
        Path library = folder.resolve("library.mv.db");

        CliRun imported = CliRun.run(library, "import", "--db", library.toString(), template.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.err()).isEmpty();
        long id = Long.parseLong(imported.out().strip());
        Workshop expected = new WorkshopJson().read(template);
        try (WorkshopStore store = H2WorkshopStore.open(library)) {
            assertThat(store.load(id).workshop()).isEqualTo(expected);
        }
        CliRun list = CliRun.run(library, "list", "--db", library.toString());
        assertThat(list.out()).contains(id + "\t" + expected.title() + "\t1\t");
    }
}
