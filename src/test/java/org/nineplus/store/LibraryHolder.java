package org.nineplus.store;

import java.io.IOException;
import java.nio.file.Path;

import org.nineplus.store.h2.H2WorkshopStore;

/** Run in a second JVM by the tests: keeps a library open, as another NinePlus window would, until stdin closes. */
public final class LibraryHolder {

    private LibraryHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (H2WorkshopStore store = H2WorkshopStore.open(Path.of(args[0]))) {
            System.out.println("OPEN " + store.list().size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }
}
