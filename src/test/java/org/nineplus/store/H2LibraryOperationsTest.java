package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/** List, rename, delete, duplicate, named versions and settings on a real library file. */
class H2LibraryOperationsTest {

    private static final Instant START = Instant.parse("2026-11-24T09:00:00.123456Z");

    @TempDir
    Path dir;

    private H2WorkshopStore store;

    @BeforeEach
    void open() {
        store = H2WorkshopStore.open(dir.resolve("library.mv.db"), new TickingClock(START, Duration.ofSeconds(1)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Workshop titled(String title, int journeys) {
        Journey journey = TestWorkshops.workedExample().journeys().get(0);
        List<Journey> many = java.util.stream.IntStream.range(0, journeys)
                .mapToObj(i -> journey.withId("j" + i)).toList();
        return TestWorkshops.workedExample().withTitle(title).withJourneys(many);
    }

    @Test
    void anEmptyLibraryListsNothing() {
        assertThat(store.list()).isEmpty();
    }

    @Test
    void listShowsTitleJourneyCountAndLastChangeMostRecentFirst() {
        long a = store.create(titled("Alpha", 1));
        long b = store.create(titled("Beta", 3));
        long c = store.create(titled("Gamma", 0));
        store.save(a, titled("Alpha", 2));

        List<WorkshopSummary> list = store.list();

        assertThat(list).extracting(WorkshopSummary::id).containsExactly(a, c, b);
        assertThat(list).extracting(WorkshopSummary::title).containsExactly("Alpha", "Gamma", "Beta");
        assertThat(list).extracting(WorkshopSummary::journeyCount).containsExactly(2, 0, 3);
        assertThat(list.get(0).lastChanged()).isEqualTo(store.load(a).lastChanged());
        assertThat(list.get(0).lastChanged()).isAfter(list.get(1).lastChanged());
    }

    @Test
    void createAndSaveStampTimesThatLoadReturnsToTheMicrosecond() {
        long id = store.create(titled("Alpha", 1));
        StoredWorkshop created = store.load(id);
        assertThat(created.created()).isEqualTo(START);
        assertThat(created.lastChanged()).isEqualTo(START);

        store.save(id, titled("Alpha", 2));
        StoredWorkshop saved = store.load(id);
        assertThat(saved.created()).isEqualTo(START);
        assertThat(saved.lastChanged()).isAfter(START);
        assertThat(saved.id()).isEqualTo(id);
    }

    @Test
    void createReturnsDistinctIds() {
        long a = store.create(titled("A", 1));
        long b = store.create(titled("A", 1));
        assertThat(a).isNotEqualTo(b);
        assertThat(store.load(a).workshop()).isEqualTo(store.load(b).workshop());
    }

    @Test
    void renameChangesOnlyTheTitle() {
        Workshop original = titled("Before", 1);
        long id = store.create(original);
        store.rename(id, "After");
        assertThat(store.load(id).workshop()).isEqualTo(original.withTitle("After"));
        assertThat(store.list()).extracting(WorkshopSummary::title).containsExactly("After");
    }

    @Test
    void deleteRemovesTheWorkshopAndItsVersionsAndLeavesOthers() {
        long keep = store.create(titled("Keep", 1));
        long gone = store.create(titled("Gone", 1));
        VersionInfo version = store.saveVersion(gone, "round 1");

        store.delete(gone);

        assertThat(store.list()).extracting(WorkshopSummary::id).containsExactly(keep);
        assertThatThrownBy(() -> store.load(gone)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("no workshop with id " + gone);
        assertThatThrownBy(() -> store.loadVersion(version.id())).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("no version with id " + version.id());
        assertThat(store.load(keep).workshop().title()).isEqualTo("Keep");
    }

    @Test
    void duplicateCopiesTheContentUnderANewIdAndTitle() {
        Workshop original = TestWorkshops.workedExample();
        long id = store.create(original);
        store.saveVersion(id, "kept");

        long copy = store.duplicate(id);
        long named = store.duplicate(id, "Second try");

        assertThat(copy).isNotEqualTo(id);
        assertThat(store.load(copy).workshop()).isEqualTo(original.withTitle("Claims journey workshop (copy)"));
        assertThat(store.load(named).workshop()).isEqualTo(original.withTitle("Second try"));
        assertThat(store.versions(copy)).isEmpty();
        store.save(copy, original.withTitle("Changed copy").withJourneys(List.of()));
        assertThat(store.load(id).workshop()).isEqualTo(original);
        assertThat(store.list()).hasSize(3);
    }

    @Test
    void aVersionKeepsTheContentOfItsMomentAndTheWorkshopMovesOn() {
        Workshop round1 = TestWorkshops.workedExample();
        long id = store.create(round1);
        VersionInfo v1 = store.saveVersion(id, "  after round 1 ");

        Journey journey = round1.journeys().get(0);
        Workshop round2 = round1.withJourney(journey.withCards(journey.cards().stream()
                .map(c -> c.id().equals("A") ? c.withTitle("Claim tracker v2").withExpectedScore(9.0) : c).toList()));
        store.save(id, round2);
        VersionInfo v2 = store.saveVersion(id, "after round 2");
        store.save(id, round2.withTitle("Round 3").withJourneys(List.of()));

        assertThat(v1.label()).isEqualTo("after round 1");
        assertThat(v1.workshopId()).isEqualTo(id);
        assertThat(store.loadVersion(v1.id())).isEqualTo(round1);
        assertThat(store.loadVersion(v2.id())).isEqualTo(round2);
        assertThat(store.load(id).workshop().title()).isEqualTo("Round 3");
        assertThat(store.versions(id)).containsExactly(v2, v1);
    }

    @Test
    void versionsOfTheLargeMapAreFullSnapshots() {
        Workshop large = TestWorkshops.large5000();
        long id = store.create(large);
        VersionInfo version = store.saveVersion(id, "before the cut");
        Journey journey = large.journeys().get(0);
        // The first ten cards, without the links and improvements that pointed at the others (a valid workshop).
        List<Card> kept = journey.cards().subList(0, 10);
        java.util.Set<String> ids = kept.stream().map(Card::id).collect(java.util.stream.Collectors.toSet());
        store.save(id, large.withJourney(journey.withLinks(List.of()).withCards(kept.stream()
                .map(c -> c.improves() != null && !ids.contains(c.improves()) ? c.withImproves(null) : c).toList())));

        assertThat(store.loadVersion(version.id())).isEqualTo(large);
        assertThat(store.load(id).workshop().cardCount()).isEqualTo(10);
    }

    @Test
    void aVersionNeedsAName() {
        long id = store.create(titled("A", 1));
        assertThatThrownBy(() -> store.saveVersion(id, " ")).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("needs a name");
        assertThat(store.versions(id)).isEmpty();
    }

    @Test
    void unknownIdsGiveMessagesThatNameThem() {
        Workshop w = titled("A", 1);
        for (org.junit.jupiter.api.function.Executable call : List.<org.junit.jupiter.api.function.Executable>of(
                () -> store.load(42), () -> store.save(42, w), () -> store.delete(42), () -> store.rename(42, "x"),
                () -> store.duplicate(42), () -> store.saveVersion(42, "v"), () -> store.versions(42))) {
            assertThatThrownBy(call::execute).isInstanceOf(PersistenceException.class)
                    .hasMessage("The library has no workshop with id 42.");
        }
        assertThatThrownBy(() -> store.loadVersion(7)).hasMessage("The library has no version with id 7.");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void theSampleIsOfferedOncePerLibrary() {
        assertThat(store.sampleOffered()).isFalse();
        store.markSampleOffered();
        store.markSampleOffered();
        assertThat(store.sampleOffered()).isTrue();
        store.close();
        store = H2WorkshopStore.open(dir.resolve("library"));
        assertThat(store.sampleOffered()).isTrue();
    }

    @Test
    void aClosedStoreSaysSo() {
        store.close();
        assertThatThrownBy(() -> store.list()).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("is closed");
        store.close();
    }

    @Test
    void cardOrderWithinACellIsKeptAcrossVersionsToo() {
        Workshop example = TestWorkshops.workedExample();
        long id = store.create(example);
        Journey journey = example.journeys().get(0);
        List<Card> moved = new java.util.ArrayList<>(journey.cards());
        moved.add(0, moved.remove(moved.size() - 1));
        Workshop reordered = example.withJourney(journey.withCards(moved));
        store.save(id, reordered);
        VersionInfo version = store.saveVersion(id, "reordered");
        assertThat(store.loadVersion(version.id()).journeys().get(0).cards()).containsExactlyElementsOf(moved);
    }
}
