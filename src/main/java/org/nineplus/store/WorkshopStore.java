package org.nineplus.store;

import java.util.List;

import org.nineplus.model.Workshop;

/**
 * The workshop library. Every method either completes whole or throws {@link PersistenceException} and changes
 * nothing. Implementations are not thread-safe: callers use one store from one thread at a time.
 */
public interface WorkshopStore extends AutoCloseable {

    /** Every workshop in the library, most recently changed first. */
    List<WorkshopSummary> list();

    /** The current state of a workshop; throws when there is no workshop with that id. */
    StoredWorkshop load(long workshopId);

    /** Adds a new workshop (an import or "new") and returns its id. */
    long create(Workshop workshop);

    /** Replaces the current state of an existing workshop, in one transaction. */
    void save(long workshopId, Workshop workshop);

    /** Removes a workshop and all its versions. */
    void delete(long workshopId);

    /** Changes a workshop's title. */
    void rename(long workshopId, String newTitle);

    /** Copies the current state of a workshop under a new title and returns the copy's id. */
    long duplicate(long workshopId, String newTitle);

    /** Copies the current state of a workshop as "its title (copy)" and returns the copy's id. */
    long duplicate(long workshopId);

    /**
     * Keeps the current stored state of a workshop as a labelled snapshot ("after round 2"). Later saves do not
     * change it; deleting the workshop deletes it.
     */
    VersionInfo saveVersion(long workshopId, String label);

    /** The snapshots of a workshop, newest first. */
    List<VersionInfo> versions(long workshopId);

    /** The workshop as it was when the snapshot was taken. */
    Workshop loadVersion(long versionId);

    /** Whether the workbench already offered the sample workshop in this library (it does so once). */
    boolean sampleOffered();

    void markSampleOffered();

    /**
     * Whether the last program that had this library open ended without closing it (a crash, a kill, a dead
     * battery): the workshops are as of their last save.
     */
    default boolean previousRunEndedAbruptly() {
        return false;
    }

    @Override
    void close();
}
