package org.nineplus.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file beside the library ({@code <name>.session}) that exists while a store has it open and is removed when the
 * store closes. Finding it when opening means the last run ended without closing: a crash, a kill, a dead battery.
 *
 * <p>A clean close also notes the library's length in {@code <name>.closed}. A file that is shorter when it is next
 * opened lost its end (a cut cannot always be told from the file itself: H2 would open the older state it still
 * holds, with fewer workshops, and write over the rest).
 */
final class SessionMarker {

    private final Path dataFile;
    private final Path marker;
    private final Path closedLength;

    SessionMarker(Path dataFile) {
        this.dataFile = dataFile;
        String name = dataFile.getFileName().toString();
        String base = name.endsWith(LibraryFile.SUFFIX) ? name.substring(0, name.length() - LibraryFile.SUFFIX.length())
                : name;
        this.marker = dataFile.resolveSibling(base + ".session");
        this.closedLength = dataFile.resolveSibling(base + ".closed");
    }

    /** Forgets the noted length of a library file that was moved away or replaced (a restore, a new library). */
    static void forgetLength(Path dataFile) {
        try {
            Files.deleteIfExists(new SessionMarker(dataFile).closedLength);
        } catch (IOException ignored) {
            // a stale length can only make a later open stricter, never lose anything
        }
    }

    /** Whether the library is shorter than the length noted when it was last closed cleanly. */
    boolean shorterThanWhenClosed() throws IOException {
        if (!Files.isRegularFile(closedLength)) {
            return false;
        }
        try {
            long noted = Long.parseLong(Files.readString(closedLength).strip());
            return Files.size(dataFile) < noted;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Creates the marker; returns whether it was already there (the last run did not close the library). */
    boolean begin() {
        if (Files.exists(marker)) {
            return true;
        }
        try {
            Files.deleteIfExists(closedLength);
            Files.createFile(marker);
        } catch (IOException e) {
            // A read-only folder: the library still opens; the next start cannot tell an unclean end.
        }
        return false;
    }

    /** Notes the library's length and removes the marker: the library was closed cleanly. */
    void end() {
        try {
            Files.writeString(closedLength, Long.toString(Files.size(dataFile)));
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
