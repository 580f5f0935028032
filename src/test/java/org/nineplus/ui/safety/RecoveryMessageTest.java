package org.nineplus.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nineplus.store.WorkshopSummary;

/** The words after an unclean end: each workshop with the time of its last save, the newest five named. */
class RecoveryMessageTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static WorkshopSummary workshop(long id, String title, String changed) {
        return new WorkshopSummary(id, title, 1, Instant.parse(changed));
    }

    @Test
    void namesEachWorkshopWithTheTimeOfItsLastSaveToday() {
        String message = RecoveryMessage.of(List.of(workshop(1, "Claims", "2026-11-24T13:02:11Z"),
                workshop(2, "Onboarding", "2026-11-24T09:15:00Z")), AMSTERDAM, NOW);
        assertThat(message).isEqualTo("NinePlus did not close properly last time. Your workshops are as of their "
                + "last autosave: \u201CClaims\u201D at 14:02:11, \u201COnboarding\u201D at 10:15:00.");
    }

    @Test
    void anEarlierDayIsWrittenWithItsDateAndMoreThanFiveAreCounted() {
        List<WorkshopSummary> many = new ArrayList<>();
        many.add(workshop(1, "Yesterday's", "2026-11-23T10:00:00Z"));
        for (int i = 2; i <= 8; i++) {
            many.add(workshop(i, "W" + i, "2026-11-20T10:00:00Z"));
        }
        String message = RecoveryMessage.of(many, AMSTERDAM, NOW);
        assertThat(message).contains("\u201CYesterday's\u201D at Nov 23, 2026").contains("W5").doesNotContain("W6")
                .endsWith(" and 3 more.");
    }

    @Test
    void inDutch() {
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        String message = RecoveryMessage.of(List.of(workshop(1, "Schade", "2026-11-24T13:02:11Z")), AMSTERDAM, NOW);
        assertThat(message).isEqualTo("NinePlus is de vorige keer niet goed afgesloten. Je workshops staan er zoals ze "
                + "het laatst automatisch zijn opgeslagen: \u201CSchade\u201D om 14:02:11.");
    }
}
