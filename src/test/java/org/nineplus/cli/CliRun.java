package org.nineplus.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.nineplus.exchange.WorkshopJson;
import org.nineplus.store.h2.H2WorkshopStore;

/** Runs the real command line in-process against a real library file and captures what it prints. */
record CliRun(int status, String out, String err) {

    static CliRun run(Path defaultLibrary, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine commandLine = new CommandLine("9.9.9-test", defaultLibrary, H2WorkshopStore::open,
                new WorkshopJson());
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = commandLine.run(args, o, e);
        }
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines written to standard error. */
    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\\R");
    }
}
