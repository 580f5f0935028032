package org.nineplus.ui.advisor;

import org.nineplus.advice.Verdict;

/**
 * One stage as the panel shows it.
 *
 * @param verdictText the verdict in words ("Fix the basics")
 * @param score the basic score as the locale writes it ("6.0"), or "–" when unknown
 * @param peak whether this is the stage of the peak–end peak
 * @param end whether this is the last stage (the end of the peak–end rule)
 */
public record StageRow(String stageId, String name, Verdict verdict, String verdictText, String score,
                       String reason, boolean peak, boolean end) {
}
