package org.nineplus.ui.advisor;

import java.util.List;

/**
 * The peak–end rule in words.
 *
 * @param index "−0.5"
 * @param peak "−2 at ‘Report a claim’"
 * @param end "+1 at ‘Settlement’"
 * @param hints what to do, in words; empty when nothing needs doing
 */
public record PeakEndSummary(String index, String peak, String end, List<String> hints) {

    public PeakEndSummary {
        hints = List.copyOf(hints);
    }

    static final PeakEndSummary NONE = new PeakEndSummary("–", "–", "–", List.of());
}
