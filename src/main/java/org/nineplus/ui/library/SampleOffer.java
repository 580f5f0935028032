package org.nineplus.ui.library;

import org.nineplus.model.Workshop;
import org.nineplus.store.StoredWorkshop;
import org.nineplus.store.WorkshopStore;
import org.nineplus.ui.WorkbenchServices;

/**
 * The bundled sample workshop, added once to each new library (a flag in the library remembers it was offered).
 * Runs on the library's thread.
 */
final class SampleOffer {

    static final String SAMPLE_NAME = "claims-workshop.json";

    /** What offering the sample gave: the stored sample, or why it could not be added, or neither (offered before). */
    record Result(StoredWorkshop sample, String problem) {
    }

    private SampleOffer() {
    }

    static Result offer(WorkshopStore store, WorkbenchServices services) {
        if (store.sampleOffered()) {
            return new Result(null, null);
        }
        try {
            Workshop workshop = services.importer().read(sampleBytes(services), SAMPLE_NAME);
            long id = store.create(workshop);
            store.markSampleOffered();
            return new Result(store.load(id), null);
        } catch (Exception e) {
            return new Result(null, Messages.failure(Messages.TEXTS.get("error.sample"), e));
        }
    }

    private static byte[] sampleBytes(WorkbenchServices services) {
        byte[] bytes = services.sampleBytes().get();
        if (bytes == null) {
            throw new IllegalStateException(Messages.TEXTS.get("error.sampleMissing"));
        }
        return bytes;
    }
}
