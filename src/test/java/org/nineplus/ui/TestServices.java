package org.nineplus.ui;

import org.nineplus.exchange.WorkshopJson;
import org.nineplus.store.h2.H2WorkshopStore;

/** The services the workbench runs on in tests: the real H2 store, the real JSON reader and writer, the sample. */
public final class TestServices {

    private TestServices() {
    }

    public static WorkbenchServices services() {
        WorkshopJson json = new WorkshopJson();
        return new WorkbenchServices(H2WorkshopStore::open, WorkshopImporter.of(json::read, json::read), json::write,
                WorkbenchServices::bundledSample);
    }
}
