package org.nineplus.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file beside the library ({@code <name>.session}) that exists while a store has it open and is removed when the
 * store closes. Finding it when opening means the last run ended without closing: a crash, a kill, a dead battery.
 */
final class SessionMarker {

    private final Path marker;

    SessionMarker(Path dataFile) {
        String name = dataFile.getFileName().toString();
        String base = name.endsWith(LibraryFile.SUFFIX) ? name.substring(0, name.length() - LibraryFile.SUFFIX.length())
                : name;
        this.marker = dataFile.resolveSibling(base + ".session");
    }

    /** Creates the marker; returns whether it was already there (the last run did not close the library). */
    boolean begin() {
        if (Files.exists(marker)) {
            return true;
        }
        try {
            Files.createFile(marker);
        } catch (IOException e) {
            // A read-only folder: the library still opens; the next start cannot tell an unclean end.
        }
        return false;
    }

    /** Removes the marker: the library was closed cleanly. */
    void end() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException ignored) {
            // the next start will say the last run did not close properly; nothing is lost by that
        }
    }

    /** Whether the marker is there: a store has the library open, or the last one never closed it. */
    boolean exists() {
        return Files.exists(marker);
    }

    Path file() {
        return marker;
    }
}
