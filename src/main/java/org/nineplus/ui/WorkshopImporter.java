package org.nineplus.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.nineplus.model.Workshop;

/**
 * Reads workshop files. A failure's message is shown to the person at the keyboard as it is, so it should name the
 * file and the problem in one line. The app wires it with {@code WorkshopImporter.of(json::read, json::read)}.
 */
public interface WorkshopImporter {

    Workshop read(Path file) throws Exception;

    /** Reads a file's content, e.g. the bundled sample; {@code sourceName} names it in errors. */
    Workshop read(byte[] bytes, String sourceName) throws Exception;

    @FunctionalInterface
    interface FromFile {
        Workshop read(Path file) throws Exception;
    }

    @FunctionalInterface
    interface FromBytes {
        Workshop read(byte[] bytes, String sourceName) throws Exception;
    }

    static WorkshopImporter of(FromFile fromFile, FromBytes fromBytes) {
        Objects.requireNonNull(fromFile, "fromFile");
        Objects.requireNonNull(fromBytes, "fromBytes");
        return new WorkshopImporter() {
            @Override
            public Workshop read(Path file) throws Exception {
                return fromFile.read(file);
            }

            @Override
            public Workshop read(byte[] bytes, String sourceName) throws Exception {
                return fromBytes.read(bytes, sourceName);
            }
        };
    }
}
