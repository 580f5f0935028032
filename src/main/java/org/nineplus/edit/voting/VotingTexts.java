package org.nineplus.edit.voting;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the voting commands (undo menu, refusals), from this package's messages bundle. */
final class VotingTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    VotingTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.nineplus.edit.voting.messages", locale);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** 'Faster homepage', cut to 40 characters as the other commands do. */
    static String quoted(String title) {
        String shown = title.length() > 40 ? title.substring(0, 39) + "\u2026" : title;
        return "'" + shown + "'";
    }
}
