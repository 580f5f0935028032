package org.nineplus.ui.present;

import java.util.Locale;

import org.nineplus.model.Texts;

/** The words of presentation mode in the reader's language (org/nineplus/ui/present/messages*.properties). */
final class PresentTexts {

    private final Texts texts;

    PresentTexts(Locale locale) {
        this.texts = Texts.of("org.nineplus.ui.present.messages").in(locale);
    }

    String text(String key) {
        return texts.get(key);
    }

    /** A pattern of the bundle filled in with {@link java.text.MessageFormat} in the reader's locale. */
    String format(String key, Object... arguments) {
        return texts.get(key, arguments);
    }
}
