package org.nineplus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.app.Main;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.store.LibraryHolder;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/**
 * A library held open by one process (another NinePlus) and the command line run in a second one: one line on
 * standard error, nothing on standard output, exit status 2, and the library unchanged.
 */
class LockedLibraryCliTest {

    @TempDir
    Path dir;

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void listAndImportOnALibraryOpenInAnotherProcessPrintOneLineAndExit2() throws Exception {
        Path library = dir.resolve("library.mv.db");
        try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
            store.create(TestWorkshops.workedExample());
        }
        Path json = dir.resolve("w.json");
        new WorkshopJson().write(TestWorkshops.workedExample(), json);

        Process holder = java(LibraryHolder.class.getName(), library.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> said = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("OPEN")) {
                said.add(line);
            }
            assertThat(line).as("the holder opened the library; it said %s", said).isEqualTo("OPEN 1");

            for (String[] command : List.of(new String[] {"list", "--db", library.toString()},
                    new String[] {"import", "--db", library.toString(), json.toString()})) {
                List<String> args = new ArrayList<>(List.of(Main.class.getName()));
                args.addAll(List.of(command));
                Process cli = java(args.toArray(String[]::new));
                String stdout = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String stderr = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();

                assertThat(cli.exitValue()).as("%s: %s", command[0], stderr).isEqualTo(2);
                assertThat(stdout).isEmpty();
                assertThat(stderr.split("\\R")).as(command[0]).containsExactly("nineplus: The library "
                        + library.toAbsolutePath() + " is in use by another NinePlus window. Close it there first, "
                        + "or open a different library.");
            }
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
            assertThat(store.list()).as("the refused import added nothing").hasSize(1);
        }
        assertThat(Files.exists(dir.resolve("library.session"))).isFalse();
    }

    private static Process java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
