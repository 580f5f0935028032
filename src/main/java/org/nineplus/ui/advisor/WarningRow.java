package org.nineplus.ui.advisor;

import org.nineplus.advice.Warning;

/** One warning: its kind in words ("Misplaced layer") and the advisor's message. */
public record WarningRow(Warning.Kind kind, String kindText, String cardId, String message) {
}
