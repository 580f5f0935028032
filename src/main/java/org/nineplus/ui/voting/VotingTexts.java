package org.nineplus.ui.voting;

import org.nineplus.model.Texts;
import java.util.Locale;

/** The words of the voting bar, menu and dialog, from this package's messages bundle. */
final class VotingTexts {

    private final Texts texts;
    private final Locale locale;

    VotingTexts(Locale locale) {
        this.locale = locale;
        this.texts = Texts.of("org.nineplus.ui.voting.messages").in(locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }
}
