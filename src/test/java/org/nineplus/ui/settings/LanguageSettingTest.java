package org.nineplus.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The language of Settings is kept in a preferences node and becomes the default locale at start-up. */
class LanguageSettingTest {

    private final Preferences node = Preferences.userRoot().node("org/nineplus/test/language-" + System.nanoTime());
    private final LanguageSetting setting = new LanguageSetting(() -> node);
    private final Locale saved = Locale.getDefault();

    @AfterEach
    void cleanUp() throws Exception {
        Locale.setDefault(saved);
        node.removeNode();
        node.flush();
    }

    @Test
    void nothingStoredMeansTheSystemsLanguage() {
        assertThat(setting.stored()).isEqualTo(Language.SYSTEM);
        Locale.setDefault(Locale.GERMANY);

        assertThat(setting.apply()).isEqualTo(LanguageSetting.systemLocale());
        assertThat(Locale.getDefault().getLanguage()).as("the JVM's own locale of the test run")
                .isEqualTo(System.getProperty("user.language"));
    }

    @Test
    void aStoredChoiceSurvivesAndBecomesTheDefaultLocale() {
        setting.store(Language.DUTCH);

        LanguageSetting later = new LanguageSetting(() -> node);
        assertThat(later.stored()).isEqualTo(Language.DUTCH);
        assertThat(node.get(LanguageSetting.KEY, null)).isEqualTo("nl");
        assertThat(later.apply().getLanguage()).isEqualTo("nl");
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("nl");

        later.store(Language.ENGLISH);
        assertThat(setting.apply().getLanguage()).isEqualTo("en");
    }

    @Test
    void anUnknownStoredValueFallsBackToTheSystem() {
        node.put(LanguageSetting.KEY, "tlh");
        assertThat(setting.stored()).isEqualTo(Language.SYSTEM);
    }

    @Test
    void theChoicesAreNamedInTheirOwnLanguageAndTheSystemInTheCurrentOne() {
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        assertThat(SettingsDialog.name(Language.ENGLISH)).isEqualTo("English");
        assertThat(SettingsDialog.name(Language.DUTCH)).isEqualTo("Nederlands");
        assertThat(SettingsDialog.name(Language.SYSTEM)).startsWith("Systeem (");
        Locale.setDefault(Locale.UK);
        assertThat(SettingsDialog.name(Language.SYSTEM)).startsWith("System (");
    }
}
