package org.nineplus.store;

import java.time.Instant;

/** A named snapshot of a workshop. */
public record VersionInfo(long id, long workshopId, String label, Instant created) {
}
