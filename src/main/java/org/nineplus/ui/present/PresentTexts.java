package org.nineplus.ui.present;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of presentation mode in the reader's language (org/nineplus/ui/present/messages*.properties). */
final class PresentTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    PresentTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.nineplus.ui.present.messages", locale);
    }

    String text(String key) {
        return bundle.getString(key);
    }

    /** A pattern of the bundle filled in with {@link MessageFormat} in the reader's locale. */
    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
