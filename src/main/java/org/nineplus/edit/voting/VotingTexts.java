package org.nineplus.edit.voting;

import org.nineplus.model.Texts;
import java.util.Locale;

/** The words of the voting commands (undo menu, refusals), from this package's messages bundle. */
final class VotingTexts {

    private final Texts texts;
    private final Locale locale;

    VotingTexts(Locale locale) {
        this.locale = locale;
        this.texts = Texts.of("org.nineplus.edit.voting.messages").in(locale);
    }

    String format(String key, Object... args) {
        return texts.get(key, args);
    }

    /** 'Faster homepage', cut to 40 characters as the other commands do. */
    static String quoted(String title) {
        String shown = title.length() > 40 ? title.substring(0, 39) + "\u2026" : title;
        return "'" + shown + "'";
    }
}
