package org.nineplus.ui.safety;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the safety screens (backups, a damaged or locked library, recovery, failed saves), from
 * {@code org/nineplus/ui/safety/messages*.properties} in the default locale.
 */
public final class SafetyTexts {

    static final String BUNDLE = "org.nineplus.ui.safety.messages";

    private SafetyTexts() {
    }

    /** The text for {@code key}, with {@code args} filled in as {@link MessageFormat} arguments when given. */
    public static String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        String pattern = bundle.getString(key);
        // Always through MessageFormat, so every pattern follows one quoting rule ('' for an apostrophe).
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
