package org.nineplus.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.nineplus.exchange.WorkshopJson;
import org.nineplus.store.PersistenceException;
import org.nineplus.store.WorkshopStore;

/** The services the workbench runs on in tests: the real JSON reader and writer and the bundled sample. */
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

    public static WorkbenchServices services() {
        WorkshopJson json = new WorkshopJson();
        return new WorkbenchServices(TestServices::open, WorkshopImporter.of(json::read, json::read), json::write,
                WorkbenchServices::bundledSample);
    }
}
