package org.nineplus.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineplus.model.Workshop;
import org.nineplus.store.PersistenceException;
import org.nineplus.store.StoredWorkshop;
import org.nineplus.store.VersionInfo;
import org.nineplus.store.WorkshopStore;
import org.nineplus.store.WorkshopSummary;

/** Until the H2 store is merged: the store contract kept in memory, so the screen can be driven. */
final class InMemoryWorkshopStore implements WorkshopStore {

    private final Map<Long, StoredWorkshop> workshops = new LinkedHashMap<>();
    private long nextId = 1;
    private long tick;
    private boolean sampleOffered;
    private boolean closed;

    private Instant now() {
        return Instant.parse("2026-11-20T09:00:00Z").plusSeconds(60 * tick++);
    }

    @Override
    public synchronized List<WorkshopSummary> list() {
        return workshops.values().stream().sorted(Comparator.comparing(StoredWorkshop::lastChanged).reversed())
                .map(s -> new WorkshopSummary(s.id(), s.workshop().title(), s.workshop().journeys().size(),
                        s.lastChanged())).toList();
    }

    @Override
    public synchronized StoredWorkshop load(long workshopId) {
        StoredWorkshop stored = workshops.get(workshopId);
        if (stored == null) {
            throw new PersistenceException("There is no workshop " + workshopId + " in this library.");
        }
        return stored;
    }

    @Override
    public synchronized long create(Workshop workshop) {
        long id = nextId++;
        Instant now = now();
        workshops.put(id, new StoredWorkshop(id, workshop, now, now));
        return id;
    }

    @Override
    public synchronized void save(long workshopId, Workshop workshop) {
        StoredWorkshop old = load(workshopId);
        workshops.put(workshopId, new StoredWorkshop(workshopId, workshop, old.created(), now()));
    }

    @Override
    public synchronized void delete(long workshopId) {
        load(workshopId);
        workshops.remove(workshopId);
    }

    @Override
    public synchronized void rename(long workshopId, String newTitle) {
        save(workshopId, load(workshopId).workshop().withTitle(newTitle));
    }

    @Override
    public synchronized long duplicate(long workshopId, String newTitle) {
        return create(load(workshopId).workshop().withTitle(newTitle));
    }

    @Override
    public VersionInfo saveVersion(long workshopId, String label) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<VersionInfo> versions(long workshopId) {
        return new ArrayList<>();
    }

    @Override
    public Workshop loadVersion(long versionId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized boolean sampleOffered() {
        return sampleOffered;
    }

    @Override
    public synchronized void markSampleOffered() {
        sampleOffered = true;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    synchronized boolean isClosed() {
        return closed;
    }
}
