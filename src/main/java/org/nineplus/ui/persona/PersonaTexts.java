package org.nineplus.ui.persona;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the persona editor, from this package's messages bundle in the user's language. */
final class PersonaTexts {

    private PersonaTexts() {
    }

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("org.nineplus.ui.persona.messages", Locale.getDefault())
                .getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
