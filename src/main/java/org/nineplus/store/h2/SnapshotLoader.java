package org.nineplus.store.h2;

import java.sql.SQLException;
import java.util.Optional;

import org.nineplus.model.ProblemPlace;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;

/**
 * Reads a snapshot for the store's callers and vouches for it. Rows NinePlus cannot have written (a value no enum
 * knows, a missing required value, as after a damaged page) make a damaged workshop; content that breaks
 * {@link WorkshopRules} (a score of 42, a card in a lane the journey lacks, set by another tool) makes a broken one,
 * reported with the first broken rule in the words the file import uses. Either way nothing is repaired or written,
 * and the rest of the library is unaffected.
 */
final class SnapshotLoader {

    private final SnapshotReader reader;
    private final LibraryErrors errors;

    SnapshotLoader(SnapshotReader reader, LibraryErrors errors) {
        this.reader = reader;
        this.errors = errors;
    }

    /** The live snapshot of workshop {@code workshopId}. */
    Workshop live(long workshopId, long snapshotId) throws SQLException {
        Workshop workshop = whole(LibraryErrors.TEXTS.get("damaged.workshop", String.valueOf(workshopId)),
                snapshotId);
        keepsTheRules(workshop, LibraryErrors.TEXTS.get("broken.workshop", WorkshopRules.quote(workshop.title()),
                String.valueOf(workshopId)));
        return workshop;
    }

    /** The snapshot of the named version {@code versionId}. */
    Workshop version(long versionId, long snapshotId) throws SQLException {
        Workshop workshop = whole(LibraryErrors.TEXTS.get("damaged.version", String.valueOf(versionId)),
                snapshotId);
        keepsTheRules(workshop, LibraryErrors.TEXTS.get("broken.version", String.valueOf(versionId),
                WorkshopRules.quote(workshop.title())));
        return workshop;
    }

    /** {@code what} names the snapshot in a message ("workshop 3"). */
    private Workshop whole(String what, long snapshotId) throws SQLException {
        try {
            return reader.read(snapshotId);
        } catch (IllegalArgumentException | NullPointerException | IndexOutOfBoundsException e) {
            throw errors.damaged(what, e);
        }
    }

    /** {@code which} names the workshop or version in the message ("workshop "Claims" (id 3)"). */
    private void keepsTheRules(Workshop workshop, String which) {
        Optional<WorkshopRules.Problem> problem = WorkshopRules.firstProblem(workshop);
        if (problem.isPresent()) {
            throw errors.broken(which, ProblemPlace.describe(workshop, problem.get()),
                    ProblemPlace.message(problem.get()));
        }
    }
}
