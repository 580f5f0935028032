package org.nineplus.ui.settings;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The language chosen in Settings, kept in the user's {@link Preferences} node {@value #NODE} under {@value #KEY}.
 * No JavaFX here: the app applies it before the window or the command line starts. Preferences may touch the disk,
 * so the window reads and writes it off the FX thread.
 */
public final class LanguageSetting {

    public static final String NODE = "org/nineplus";
    public static final String KEY = "language";

    private final Supplier<Preferences> node;

    /** @param node gives the node on first use ({@code () -> Preferences.userRoot().node(NODE)}) */
    public LanguageSetting(Supplier<Preferences> node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    public static LanguageSetting forUser() {
        return new LanguageSetting(() -> Preferences.userRoot().node(NODE));
    }

    public Language stored() {
        try {
            return Language.ofTag(node.get().get(KEY, ""));
        } catch (RuntimeException e) {
            return Language.SYSTEM; // an unreadable preference store must not stop the program
        }
    }

    public void store(Language language) {
        Preferences prefs = node.get();
        prefs.put(KEY, language.tag());
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Makes the stored language the default locale; call before any text is shown. Returns that locale. */
    public Locale apply() {
        Locale locale = stored().locale(systemLocale());
        Locale.setDefault(locale);
        return locale;
    }

    /** The operating system's locale, whatever the program has made the default since. */
    public static Locale systemLocale() {
        String language = System.getProperty("user.language", "en");
        String country = System.getProperty("user.country", "");
        return Locale.forLanguageTag(country.isEmpty() ? language : language + "-" + country);
    }
}
