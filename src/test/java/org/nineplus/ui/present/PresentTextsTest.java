package org.nineplus.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The words of presentation mode in English and Dutch. */
class PresentTextsTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = PresentTextsTest.class.getResourceAsStream("/org/nineplus/ui/present/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndDutchHaveTheSameKeysAndDutchIsTranslated() throws Exception {
        Properties en = load("messages.properties");
        Properties nl = load("messages_nl.properties");
        assertThat(nl.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(nl.getProperty("command.present")).isEqualTo("_Presentatiemodus");
        assertThat(nl.getProperty("timer.addMinute.tooltip")).isNotEqualTo(en.getProperty("timer.addMinute.tooltip"));
    }

    @Test
    void theCounterNamesTheStageInTheReadersLanguage() {
        assertThat(new PresentTexts(Locale.ENGLISH).format("counter", 3, 8, "Claim filed"))
                .isEqualTo("Stage 3 of 8: Claim filed");
        assertThat(new PresentTexts(Locale.forLanguageTag("nl-NL")).format("counter", 3, 8, "Claim ingediend"))
                .isEqualTo("Fase 3 van 8: Claim ingediend");
    }
}
