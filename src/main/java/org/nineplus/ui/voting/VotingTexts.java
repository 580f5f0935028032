package org.nineplus.ui.voting;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the voting bar, menu and dialog, from this package's messages bundle. */
final class VotingTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    VotingTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.nineplus.ui.voting.messages", locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
