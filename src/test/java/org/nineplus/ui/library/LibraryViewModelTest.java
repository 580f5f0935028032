package org.nineplus.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.exchange.Templates;
import org.nineplus.exchange.Templates.Template;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Workshop;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.ui.BackgroundWork;
import org.nineplus.ui.TestServices;
import org.nineplus.ui.WindowSteps;
import org.nineplus.ui.WorkbenchServices;

/** The library's logic without a window: work runs at once, on the calling thread. */
class LibraryViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private WorkbenchServices services;
    private LibraryViewModel model;

    @BeforeEach
    void openLibrary() {
        services = TestServices.services();
        model = newModel();
        model.openLibrary(folder.resolve("library.mv.db"));
    }

    @AfterEach
    void closeLibrary() {
        model.close();
    }

    private LibraryViewModel newModel() {
        return new LibraryViewModel(services, new BackgroundWork(Runnable::run, Runnable::run), CLOCK);
    }

    private String sampleTitle() throws Exception {
        return WindowSteps.sampleTitle(services);
    }

    @Test
    void aNewLibraryGetsTheSampleSelectedAndOpened() throws Exception {
        assertThat(model.phaseProperty().get()).isEqualTo(LibraryViewModel.Phase.READY);
        assertThat(model.workshops()).extracting(WorkshopSummary::title).containsExactly(sampleTitle());
        assertThat(model.selectedProperty().get().title()).isEqualTo(sampleTitle());
        assertThat(model.openedProperty().get().workshop().title()).isEqualTo(sampleTitle());
    }

    @Test
    void reopeningALibrarySelectsTheMostRecentlyChangedWorkshopSoEnterOpensIt() {
        model.create("Second workshop");
        model.close();

        model = newModel();
        model.openLibrary(folder.resolve("library.mv.db"));

        assertThat(model.workshops()).hasSize(2);
        assertThat(model.selectedProperty().get()).isEqualTo(model.workshops().get(0));
        assertThat(model.openedProperty().get()).as("selected, not opened").isNull();
    }

    @Test
    void theSampleIsNotOfferedAgainAfterItWasDeleted() {
        model.deleteSelected();
        model.close();

        model = newModel();
        model.openLibrary(folder.resolve("library.mv.db"));

        assertThat(model.workshops()).isEmpty();
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.openedProperty().get()).isNull();
    }

    @Test
    void aNewWorkshopHasOneBlankJourneyWithThePyramidLanesAndIsOpened() {
        model.create("  Onboarding  ");

        Workshop created = model.openedProperty().get().workshop();
        assertThat(created.title()).isEqualTo("Onboarding");
        assertThat(created.date()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(created.journeys()).singleElement().satisfies(journey -> {
            assertThat(journey.stages()).isEmpty();
            assertThat(journey.cards()).isEmpty();
            assertThat(journey.lanes()).extracting(lane -> lane.kind()).containsSubsequence(LaneKind.PYRAMID);
        });
        assertThat(model.selectedProperty().get().title()).isEqualTo("Onboarding");
        assertThat(model.workshops()).hasSize(2);
    }

    @Test
    void aWorkshopFromATemplateIsStoredAsTheTemplateWithTheNewTitleAndTodayAndIsOpened() throws Exception {
        Template claim = Templates.list().stream().filter(t -> t.file().equals("insurance-claim.json")).findFirst()
                .orElseThrow();

        model.createFromTemplate(claim, "  Claims at Domstad  ");

        Workshop template = services.importer().read(Path.of("assets", "templates", claim.file()));
        Workshop expected = new Workshop("Claims at Domstad", template.organization(), LocalDate.of(2026, 11, 24),
                template.facilitator(), template.participants(), template.notes(), template.personas(),
                template.journeys());
        long id = model.selectedProperty().get().id();
        assertThat(model.openedProperty().get().id()).isEqualTo(id);
        assertThat(model.openedProperty().get().workshop()).isEqualTo(expected);
        assertThat(model.workshops()).extracting(WorkshopSummary::title).contains("Claims at Domstad")
                .hasSize(2);
        assertThat(model.statusProperty().get()).contains("Claims at Domstad", claim.title());
        model.close();

        model = newModel();
        model.openLibrary(folder.resolve("library.mv.db"));
        model.selectedProperty().set(model.workshops().stream().filter(w -> w.id() == id).findFirst().orElseThrow());
        model.openSelected();
        assertThat(model.editingProperty().get().workshop().workshop()).as("as stored").isEqualTo(expected);
    }

    @Test
    void aBlankTitleForATemplateIsRefusedBeforeAnythingIsStored() {
        Template blank = Templates.list().get(0);
        assertThatThrownBy(() -> model.createFromTemplate(blank, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(model.workshops()).hasSize(1);
    }

    @Test
    void aBlankTitleIsRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> model.create("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.renameSelected("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(model.workshops()).hasSize(1);
    }

    @Test
    void renamingTheOpenedWorkshopRenamesItInTheListAndTheOverview() {
        model.renameSelected("Claims, round two");

        assertThat(model.workshops()).extracting(WorkshopSummary::title).containsExactly("Claims, round two");
        assertThat(model.openedProperty().get().workshop().title()).isEqualTo("Claims, round two");
        assertThat(model.statusProperty().get()).contains("Claims, round two");
    }

    @Test
    void duplicatingSelectsTheCopy() throws Exception {
        model.duplicateSelected();

        assertThat(model.workshops()).extracting(WorkshopSummary::title)
                .containsExactlyInAnyOrder(sampleTitle(), sampleTitle() + " (copy)");
        assertThat(model.selectedProperty().get().title()).isEqualTo(sampleTitle() + " (copy)");
    }

    @Test
    void deletingTheOpenedWorkshopClearsTheOverview() {
        model.deleteSelected();

        assertThat(model.workshops()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.openedProperty().get()).isNull();
    }

    @Test
    void theFilterKeepsWorkshopsWhoseTitleContainsTheTextInAnyCase() {
        model.create("Onboarding");
        model.create("Offboarding");

        model.filterProperty().set("ONB");

        assertThat(model.visibleWorkshops()).extracting(WorkshopSummary::title).containsExactly("Onboarding");
        model.filterProperty().set("  ");
        assertThat(model.visibleWorkshops()).hasSize(3);
    }

    @Test
    void aFileThatCannotBeReadGivesOneSentenceNamingItOnce() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"nineplus.workshop\", ");

        model.importFrom(broken);

        assertThat(model.errorProperty().get()).startsWith("Could not import broken.json: ")
                .doesNotContain("broken.json: broken.json").doesNotContain("\n");
        assertThat(model.workshops()).hasSize(1);
    }

    @Test
    void aMissingFileIsNamedInTheError() {
        model.importFrom(folder.resolve("gone.json"));

        assertThat(model.errorProperty().get()).isEqualTo("Could not import gone.json: no such file");
    }

    @Test
    void aLibraryThatCannotBeOpenedFailsWithTheStoresMessage() throws Exception {
        byte[] random = new byte[4096];
        new java.util.Random(11).nextBytes(random);
        Path notALibrary = Files.write(folder.resolve("random.mv.db"), random);

        model.openLibrary(notALibrary);

        assertThat(model.phaseProperty().get()).isEqualTo(LibraryViewModel.Phase.FAILED);
        assertThat(model.failureProperty().get()).contains("random.mv.db").doesNotContain("Exception");
        assertThat(model.workshops()).isEmpty();
    }

    @Test
    void actionsWaitForTheLibraryAndASelection() {
        assertThat(model.canActProperty().get()).isTrue();
        assertThat(model.canActOnSelectionProperty().get()).isTrue();
        model.selectedProperty().set(null);
        assertThat(model.canActOnSelectionProperty().get()).isFalse();
    }

    @Test
    void exportWritesTheSelectedWorkshop() throws Exception {
        Path target = folder.resolve("out.json");

        model.exportSelectedTo(target);

        assertThat(services.importer().read(Files.readAllBytes(target), "out.json").title())
                .isEqualTo(sampleTitle());
    }
}
