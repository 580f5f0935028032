package org.nineplus.ui.persona;

import org.nineplus.model.Texts;
import java.util.Locale;

/** The words of the persona editor, from this package's messages bundle in the user's language. */
final class PersonaTexts {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.persona.messages");

    private PersonaTexts() {
    }

    static String text(String key, Object... arguments) {
        return TEXTS.get(key, arguments);
    }
}
