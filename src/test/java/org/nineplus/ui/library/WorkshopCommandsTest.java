package org.nineplus.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.exchange.Templates;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.ui.BackgroundWork;
import org.nineplus.ui.TestServices;
import org.nineplus.ui.WorkbenchServices;
import org.nineplus.ui.library.LibraryViewModel.Editing;

/**
 * The library's workshop commands on a real library file, wired to the real list, lifecycle and outcome as the view
 * model wires them; work runs at once, on the calling thread.
 */
class WorkshopCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final WorkbenchServices services = TestServices.services();
    private final BackgroundWork work = new BackgroundWork(Runnable::run, Runnable::run);
    private final LibraryList list = new LibraryList();
    private LibraryLifecycle lifecycle;
    private LibraryOutcome outcome;
    private WorkshopCommands commands;

    @BeforeEach
    void wire() {
        lifecycle = new LibraryLifecycle(services, work, CLOCK, list, message -> outcome.showError(message),
                opened -> list.showOpened(opened.sample()));
        outcome = new LibraryOutcome(work, list, () -> lifecycle.readOnlyProperty().get());
        commands = new WorkshopCommands(services, work, CLOCK, lifecycle, list, outcome);
    }

    @AfterEach
    void closeLibrary() {
        lifecycle.close();
    }

    private Path library() {
        return folder.resolve("library.mv.db");
    }

    private List<String> titles() {
        return list.workshops().stream().map(WorkshopSummary::title).toList();
    }

    @Test
    void beforeTheLibraryIsOpenNothingIsStored() throws Exception {
        Path file = folder.resolve("sample.json");
        lifecycle.open(library());
        commands.exportSelectedTo(file);
        lifecycle.close();

        String notOpen = Messages.TEXTS.get("error.libraryNotOpen");
        assertThatThrownBy(() -> commands.create("Onboarding")).hasMessage(notOpen);
        assertThatThrownBy(() -> commands.createFromTemplate(Templates.list().get(0), "Claims")).hasMessage(notOpen);
        assertThatThrownBy(() -> commands.importFrom(file, false)).hasMessage(notOpen);

        lifecycle.open(library());
        assertThat(list.workshops()).as("only the sample").hasSize(1);
    }

    @Test
    void withoutASelectionTheCommandsOnTheSelectionAreRefused() {
        lifecycle.open(library());
        list.selectedProperty().set(null);
        Path file = folder.resolve("out.json");

        String none = Messages.TEXTS.get("error.noSelection");
        assertThatThrownBy(commands::openSelected).hasMessage(none);
        assertThatThrownBy(() -> commands.renameSelected("Other")).hasMessage(none);
        assertThatThrownBy(commands::duplicateSelected).hasMessage(none);
        assertThatThrownBy(commands::deleteSelected).hasMessage(none);
        assertThatThrownBy(() -> commands.exportSelectedTo(file)).hasMessage(none);

        assertThat(list.workshops()).hasSize(1);
        assertThat(list.editingProperty().get()).isNull();
        assertThat(file).doesNotExist();
    }

    @Test
    void aReadOnlyCopyRefusesEveryChangeButStillExports() throws Exception {
        lifecycle.open(library());
        String sample = titles().get(0);
        Path file = folder.resolve("out.json");
        lifecycle.openReadOnly();
        assertThat(lifecycle.readOnlyProperty().get()).isTrue();
        list.selectedProperty().set(list.workshops().get(0));

        assertThatThrownBy(() -> commands.create("Onboarding")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> commands.createFromTemplate(Templates.list().get(0), "Claims"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> commands.renameSelected("Other")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(commands::duplicateSelected).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(commands::deleteSelected).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> commands.importFrom(file, true)).isInstanceOf(IllegalStateException.class);
        assertThat(titles()).containsExactly(sample);

        commands.exportSelectedTo(file);
        assertThat(services.importer().read(file).title()).isEqualTo(sample);
        assertThat(outcome.statusProperty().get()).isEqualTo(
                Messages.TEXTS.get("status.exported", sample, file.toString()));
    }

    @Test
    void anImportIsSelectedAndShownAndGoesToTheEditorOnlyWhenAskedTo() throws Exception {
        lifecycle.open(library());
        Path file = folder.resolve("claims.json");
        commands.exportSelectedTo(file);

        commands.importFrom(file, false);
        long shown = list.selectedProperty().get().id();
        assertThat(list.workshops()).hasSize(2);
        assertThat(list.openedProperty().get().id()).isEqualTo(shown);
        assertThat(list.editingProperty().get()).isNull();
        assertThat(outcome.statusProperty().get()).isEqualTo(Messages.TEXTS.get("status.imported", "claims.json"));

        commands.importFrom(file, true);
        Editing editing = list.editingProperty().get();
        assertThat(list.workshops()).hasSize(3);
        assertThat(editing.workshop().id()).isEqualTo(list.selectedProperty().get().id()).isNotEqualTo(shown);
        assertThat(editing.workshop()).isEqualTo(list.openedProperty().get());
        assertThat(editing.store()).isSameAs(lifecycle.store());
    }

    @Test
    void leavingTheEditorWritesItsLastEditsFirstThenListsThemOnce() {
        lifecycle.open(library());
        commands.openSelected();
        Editing editing = list.editingProperty().get();
        long id = editing.workshop().id();

        commands.closeEditor(() -> editing.store().rename(id, "Renamed in the editor"));

        assertThat(list.editingProperty().get()).isNull();
        assertThat(titles()).containsExactly("Renamed in the editor");
        assertThat(list.openedProperty().get().workshop().title()).isEqualTo("Renamed in the editor");

        List<String> flushed = new ArrayList<>();
        commands.closeEditor(() -> flushed.add("again"));
        assertThat(flushed).as("no editor is open any more").isEmpty();
    }

    @Test
    void editsThatCannotBeWrittenAreNamedInTheError() {
        lifecycle.open(library());
        commands.openSelected();
        Editing editing = list.editingProperty().get();
        String title = editing.workshop().workshop().title();

        commands.closeEditor(() -> editing.store().save(Long.MAX_VALUE, editing.workshop().workshop()));

        assertThat(outcome.errorProperty().get()).startsWith(Messages.TEXTS.get("error.save", title) + ": ");
        assertThat(list.editingProperty().get()).isNull();
        assertThat(titles()).containsExactly(title);
    }
}
