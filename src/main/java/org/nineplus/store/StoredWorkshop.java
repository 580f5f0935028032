package org.nineplus.store;

import java.time.Instant;

import org.nineplus.model.Workshop;

/** A workshop as kept in the library, with the facts the library adds to it. */
public record StoredWorkshop(long id, Workshop workshop, Instant created, Instant lastChanged) {
}
