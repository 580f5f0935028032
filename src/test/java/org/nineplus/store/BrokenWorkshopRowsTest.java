package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.WorkshopRules;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/**
 * Rows that break {@link WorkshopRules}, written into a real library file by plain SQL as another tool could: loading
 * that workshop gives one {@link BrokenWorkshopException} naming the workshop, the library, the place (journey, card
 * or link, field) and the rule with the bad value and the allowed range; the library still opens and lists it, the
 * other workshop loads, and nothing in the file is repaired.
 */
class BrokenWorkshopRowsTest {

    private static final String TITLE = "Claims journey workshop";
    private static final String JOURNEY = "journey \"Home insurance claim\" (id \"j1\")";

    @TempDir
    Path dir;

    private Path library;
    private long broken;
    private long good;
    private final Locale before = Locale.getDefault();

    @BeforeEach
    void twoWorkshops() {
        library = dir.resolve("library.mv.db");
        try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
            broken = store.create(TestWorkshops.workedExample());
            good = store.create(TestWorkshops.workedExample().withTitle("Untouched"));
        }
    }

    @AfterEach
    void language() {
        Locale.setDefault(before);
    }

    /** The message loading the broken workshop gives, after {@code statements} ran on the closed library. */
    private String loadAfter(String... statements) throws Exception {
        LibrarySql.run(library, statements);
        try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
            BrokenWorkshopException e = org.junit.jupiter.api.Assertions.assertThrows(BrokenWorkshopException.class,
                    () -> store.load(broken));
            assertThat(store.list()).as("the library still lists both").hasSize(2);
            assertThat(store.load(good).workshop()).isEqualTo(TestWorkshops.workedExample().withTitle("Untouched"));
            return e.getMessage();
        }
    }

    private String expected(String place, String rule) {
        return "The workshop \"" + TITLE + "\" (id " + broken + ") in the library " + library
                + " breaks a rule of a workshop and was not opened: " + JOURNEY + ", " + place + ": " + rule
                + ". Nothing was changed.";
    }

    @Test
    void aScoreOutOfRangeNamesTheCardTheFieldTheValueAndTheRange() throws Exception {
        String message = loadAfter("UPDATE card SET score = 42 WHERE card_id = 'e1' AND snapshot_id = "
                + LibrarySql.live(broken));

        assertThat(message).isEqualTo(expected("card \"e1\", field score", "must be between 1 and 10, was 42"));
    }

    @Test
    void aCardInALaneTheJourneyDoesNotHave() throws Exception {
        String message = loadAfter("UPDATE card SET lane_id = 'backstage' WHERE card_id = 'e3' AND snapshot_id = "
                + LibrarySql.live(broken));

        assertThat(message).isEqualTo(expected("card \"e3\", field lane",
                "\"backstage\" is not a lane of this journey"));
    }

    @Test
    void aLinkToACardThatIsNotThere() throws Exception {
        String message = loadAfter("UPDATE link SET to_card = 'gone' WHERE snapshot_id = " + LibrarySql.live(broken));

        assertThat(message).isEqualTo(expected("link 1 from \"e2\" to \"gone\", field to",
                "\"gone\" is not a card of this journey"));
    }

    @Test
    void aDuplicateId() throws Exception {
        String message = loadAfter("UPDATE card SET card_id = 'S2' WHERE card_id = 'e4' AND snapshot_id = "
                + LibrarySql.live(broken));

        assertThat(message).isEqualTo(expected("card \"S2\", field id",
                "duplicate id \"S2\": it is already the id of stage number 2"));
    }

    @Test
    void theSameRuleTextAsTheFileImportInDutch() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("nl"));

        String message = loadAfter("UPDATE card SET score = 42 WHERE card_id = 'e1' AND snapshot_id = "
                + LibrarySql.live(broken));

        assertThat(message).isEqualTo("De workshop \"" + TITLE + "\" (id " + broken + ") in de bibliotheek " + library
                + " breekt een regel van een workshop en is niet geopend: klantreis \"Home insurance claim\" "
                + "(id \"j1\"), kaart \"e1\", veld score: moet tussen 1 en 10 liggen, was 42. Er is niets veranderd.");
    }

    @Test
    void nothingIsRepairedAndTheBrokenWorkshopCanStillBeRenamedOrDeleted() throws Exception {
        loadAfter("UPDATE card SET score = 42 WHERE card_id = 'e1' AND snapshot_id = " + LibrarySql.live(broken));

        assertThat(LibrarySql.query(library, "SELECT score FROM card WHERE card_id = 'e1' AND snapshot_id = "
                + LibrarySql.live(broken))).as("the bad value is still there, as found").isEqualTo("42.0");
        try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
            assertThatThrownBy(() -> store.load(broken)).isInstanceOf(BrokenWorkshopException.class);
            store.rename(broken, "Broken, renamed");
            assertThat(store.list()).extracting(WorkshopSummary::title).contains("Broken, renamed");
            store.delete(broken);
            assertThat(store.list()).extracting(WorkshopSummary::id).containsExactly(good);
        }
    }

    @Test
    void aBrokenNamedVersionIsRefusedWhileTheLiveWorkshopLoads() throws Exception {
        long version;
        try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
            version = store.saveVersion(broken, "after round 1").id();
        }
        LibrarySql.run(library, "UPDATE card SET score = -5 WHERE card_id = 'e4' AND snapshot_id = " + version);

        try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
            assertThat(store.load(broken).workshop()).isEqualTo(TestWorkshops.workedExample());
            assertThatThrownBy(() -> store.loadVersion(version)).isInstanceOf(BrokenWorkshopException.class)
                    .hasMessage("The version " + version + " of the workshop \"" + TITLE + "\" in the library "
                            + library + " breaks a rule of a workshop and was not opened: " + JOURNEY
                            + ", card \"e4\", field score: must be between 1 and 10, was -5. Nothing was changed.");
        }
    }
}
