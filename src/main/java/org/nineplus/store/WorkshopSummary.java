package org.nineplus.store;

import java.time.Instant;

/** One line of the library list. */
public record WorkshopSummary(long id, String title, int journeyCount, Instant lastChanged) {
}
