package org.nineplus.crash;

import java.nio.file.Path;

import org.nineplus.cli.CommandLine;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.store.h2.H2WorkshopStore;

/**
 * A child process for {@link CrashIT}: runs the command line's {@code import} of one file into one library, again
 * and again, as the jar's {@code Main} wires it, printing {@code imported ID} after each, until it is killed.
 *
 * <p>Arguments: the library file and the workshop file.
 */
public final class ImportDriver {

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine("crash-test", Path.of(args[0]), H2WorkshopStore::open,
                new WorkshopJson());
        System.out.println("ready");
        System.out.flush();
        while (true) {
            int status = commandLine.run(new String[] {"import", "--db", args[0], args[1]}, System.out, System.err);
            if (status != CommandLine.OK) {
                System.exit(status);
            }
            System.out.flush();
        }
    }

    private ImportDriver() {
    }
}
