package org.nineplus.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.nineplus.model.Workshop;
import org.nineplus.store.PersistenceException;
import org.nineplus.store.StoredWorkshop;
import org.nineplus.store.VersionInfo;
import org.nineplus.store.WorkshopStore;
import org.nineplus.store.WorkshopSummary;

/**
 * The real H2 store, whose saves can be switched to fail as they do when the disk is full: quick and in-process, for
 * the window's reactions. The real refusal by the file system runs in {@code crash.FullDiskIT} (a child JVM under a
 * file size limit; a read-only folder cannot be made here, the tests run as root).
 */
final class RefusingStore implements WorkshopStore {

    private final WorkshopStore real;
    private final Path file;
    volatile boolean refuseSaves;

    RefusingStore(WorkshopStore real, Path file) {
        this.real = real;
        this.file = file;
    }

    /**
     * The test services, with the store of each library they open wrapped in a refusing store that is handed to
     * {@code opened} (for the test to switch).
     */
    static WorkbenchServices services(Consumer<RefusingStore> opened) {
        WorkbenchServices real = TestServices.services();
        return new WorkbenchServices(path -> {
            RefusingStore store = new RefusingStore(real.storeOpener().apply(path), path);
            opened.accept(store);
            return store;
        }, real.importer(), real.exporter(), real.sampleBytes());
    }

    @Override
    public void save(long workshopId, Workshop workshop) {
        if (refuseSaves) {
            throw new PersistenceException("Could not save workshop " + workshopId + " in the library " + file
                    + ": No space left on device. Nothing was changed.");
        }
        real.save(workshopId, workshop);
    }

    @Override
    public List<WorkshopSummary> list() {
        return real.list();
    }

    @Override
    public StoredWorkshop load(long workshopId) {
        return real.load(workshopId);
    }

    @Override
    public long create(Workshop workshop) {
        return real.create(workshop);
    }

    @Override
    public void delete(long workshopId) {
        real.delete(workshopId);
    }

    @Override
    public void rename(long workshopId, String newTitle) {
        real.rename(workshopId, newTitle);
    }

    @Override
    public long duplicate(long workshopId, String newTitle) {
        return real.duplicate(workshopId, newTitle);
    }

    @Override
    public long duplicate(long workshopId) {
        return real.duplicate(workshopId);
    }

    @Override
    public VersionInfo saveVersion(long workshopId, String label) {
        return real.saveVersion(workshopId, label);
    }

    @Override
    public List<VersionInfo> versions(long workshopId) {
        return real.versions(workshopId);
    }

    @Override
    public Workshop loadVersion(long versionId) {
        return real.loadVersion(versionId);
    }

    @Override
    public boolean sampleOffered() {
        return real.sampleOffered();
    }

    @Override
    public void markSampleOffered() {
        real.markSampleOffered();
    }

    @Override
    public boolean previousRunEndedAbruptly() {
        return real.previousRunEndedAbruptly();
    }

    @Override
    public void close() {
        real.close();
    }
}
