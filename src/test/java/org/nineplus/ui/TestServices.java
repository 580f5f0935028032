package org.nineplus.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.nineplus.model.Workshop;
import org.nineplus.store.PersistenceException;
import org.nineplus.store.WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/** The services the workbench runs on in tests. */
public final class TestServices {

    private TestServices() {
    }

    /** Interim: stores kept in memory by path; a file that exists and is not a library cannot be opened. */
    private static final Map<Path, InMemoryWorkshopStore> STORES = new HashMap<>();

    public static synchronized WorkshopStore open(Path path) {
        if (Files.isRegularFile(path) && !STORES.containsKey(path)) {
            throw new PersistenceException(path + " is not a NinePlus library (or it is damaged).");
        }
        return STORES.computeIfAbsent(path, p -> new InMemoryWorkshopStore());
    }

    /** Interim importer: the file's text is the title of a copy of the worked example; "!" fails. */
    public static Workshop read(byte[] bytes, String sourceName) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.startsWith("!")) {
            throw new IllegalArgumentException(sourceName + ", line 1: " + text.substring(1));
        }
        return TestWorkshops.workedExample().withTitle(text);
    }

    public static void write(Workshop workshop, Path file) throws java.io.IOException {
        Files.writeString(file, workshop.title());
    }

    public static byte[] sample() {
        return "Claims journey workshop".getBytes(StandardCharsets.UTF_8);
    }

    public static WorkbenchServices services() {
        return new WorkbenchServices(TestServices::open, TestServices::read, TestServices::write,
                TestServices::sample);
    }
}
