package org.nineplus.ui.advisor;

/**
 * One idea on the Kano Better–Worse plot.
 *
 * @param worse −1 to 0, the x axis
 * @param better 0 to 1, the y axis
 * @param category the survey's category in words, or "" when questionable answers have the largest count
 */
public record KanoPoint(String cardId, String title, double worse, double better, String category) {
}
