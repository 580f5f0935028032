package org.nineplus.ui.library;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.nineplus.exchange.Templates;
import org.nineplus.exchange.Templates.Template;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopTemplates;
import org.nineplus.store.StoredWorkshop;
import org.nineplus.store.WorkshopStore;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.ui.BackgroundWork;
import org.nineplus.ui.WorkbenchServices;
import org.nineplus.ui.library.LibraryViewModel.Editing;
import org.nineplus.ui.library.LibraryViewModel.Flush;
import org.nineplus.ui.library.LibraryViewModel.Phase;

/**
 * What can be done with the workshops of the open library, for {@link LibraryViewModel}: create one (blank or from a
 * template), open the selected one in the editor and leave the editor again, rename, duplicate and delete it, import
 * a workshop file and export one. Each runs in the store on the library's thread through {@link LibraryOutcome}, which
 * puts the result in the {@link LibraryList} and says how it ended. Refuses before the library is open, without a
 * selection where one is needed, and any change in a read-only copy. Call on the FX thread.
 */
final class WorkshopCommands {

    private final WorkbenchServices services;
    private final BackgroundWork work;
    private final Clock clock;
    private final LibraryLifecycle lifecycle;
    private final LibraryList list;
    private final LibraryOutcome outcome;

    WorkshopCommands(WorkbenchServices services, BackgroundWork work, Clock clock, LibraryLifecycle lifecycle,
                     LibraryList list, LibraryOutcome outcome) {
        this.services = Objects.requireNonNull(services, "services");
        this.work = Objects.requireNonNull(work, "work");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.list = Objects.requireNonNull(list, "list");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    /** Creates a workshop with one blank journey, then selects and opens it. */
    void create(String title) {
        requireWritable();
        String clean = WorkshopTitles.valid(title);
        LocalDate today = LocalDate.now(clock);
        change(Messages.TEXTS.get("work.creating"), Messages.TEXTS.get("error.create"),
                () -> add(WorkshopTemplates.blank(clean, today), false), Messages.TEXTS.get("status.created", clean));
    }

    /**
     * Creates a workshop from a bundled template (its content with this title and today's date; the template is read
     * on the library's thread), then selects and opens it.
     */
    void createFromTemplate(Template template, String title) {
        requireWritable();
        Objects.requireNonNull(template, "template");
        String clean = WorkshopTitles.valid(title);
        LocalDate today = LocalDate.now(clock);
        change(Messages.TEXTS.get("work.creating"), Messages.TEXTS.get("error.createFrom", template.title()),
                () -> add(Templates.instantiate(template, clean, today), false),
                Messages.TEXTS.get("status.createdFrom", clean, template.title()));
    }

    /** Loads the selected workshop on the library's thread and hands it to the editor. */
    void openSelected() {
        WorkshopSummary summary = requireSelection();
        change(Messages.TEXTS.get("work.openingWorkshop"), Messages.TEXTS.get("error.open", summary.title()), () -> {
            StoredWorkshop loaded = store().load(summary.id());
            return new LibraryList.Change(store().list(), summary.id(), loaded, new Editing(loaded, store()));
        }, null);
    }

    /**
     * Leaves the editor: {@code flush} writes its last edits on the library's thread (before any later store call
     * and before the store is closed), then the list shows the new state. The editor is gone at once.
     */
    void closeEditor(Flush flush) {
        Editing closing = list.takeEditing();
        if (closing == null) {
            return;
        }
        long id = closing.workshop().id();
        work.run(Messages.TEXTS.get("work.saving"), () -> {
            flush.run();
            WorkshopStore current = store();
            return current == null ? null : new LibraryList.Change(current.list(), id, current.load(id), null);
        }, change -> {
            if (change != null && lifecycle.phaseProperty().get() == Phase.READY) {
                list.apply(change);
            }
        }, e -> outcome.showFailure(Messages.TEXTS.get("error.save", closing.workshop().workshop().title()), e));
    }

    void renameSelected(String newTitle) {
        requireWritable();
        WorkshopSummary summary = requireSelection();
        String clean = WorkshopTitles.valid(newTitle);
        boolean reopen = list.isOpened(summary.id());
        change(Messages.TEXTS.get("work.renaming"), Messages.TEXTS.get("error.rename", summary.title()), () -> {
            store().rename(summary.id(), clean);
            return new LibraryList.Change(store().list(), summary.id(), reopen ? store().load(summary.id()) : null);
        }, Messages.TEXTS.get("status.renamed", summary.title(), clean));
    }

    /** Copies the selected workshop (the store names the copy) and selects the copy. */
    void duplicateSelected() {
        requireWritable();
        WorkshopSummary summary = requireSelection();
        change(Messages.TEXTS.get("work.duplicating"), Messages.TEXTS.get("error.duplicate", summary.title()), () -> {
            long id = store().duplicate(summary.id());
            return new LibraryList.Change(store().list(), id, null);
        }, Messages.TEXTS.get("status.duplicated", summary.title()));
    }

    void deleteSelected() {
        requireWritable();
        WorkshopSummary summary = requireSelection();
        change(Messages.TEXTS.get("work.deleting"), Messages.TEXTS.get("error.delete", summary.title()), () -> {
            store().delete(summary.id());
            return new LibraryList.Change(store().list(), null, null);
        }, Messages.TEXTS.get("status.deleted", summary.title()));
    }

    /**
     * Imports a workshop file into the library, then selects and opens it; with {@code edit} it also goes to the
     * editor (a file opened from the desktop).
     */
    void importFrom(Path file, boolean edit) {
        requireWritable();
        String name = String.valueOf(file.getFileName());
        change(Messages.TEXTS.get("work.importing", name), Messages.TEXTS.get("error.import", name),
                () -> add(services.importer().read(file), edit), Messages.TEXTS.get("status.imported", name));
    }

    void exportSelectedTo(Path file) {
        WorkshopSummary summary = requireSelection();
        change(Messages.TEXTS.get("work.exporting"), Messages.TEXTS.get("error.export", summary.title()), () -> {
            services.exporter().write(store().load(summary.id()).workshop(), file);
            return null;
        }, Messages.TEXTS.get("status.exported", summary.title(), file.toString()));
    }

    /** Stores {@code workshop} as a new one, to be selected and opened (and, with {@code edit}, edited). */
    private LibraryList.Change add(Workshop workshop, boolean edit) {
        long id = store().create(workshop);
        StoredWorkshop loaded = store().load(id);
        return new LibraryList.Change(store().list(), id, loaded, edit ? new Editing(loaded, store()) : null);
    }

    /** Runs a library action (see {@link LibraryOutcome#run}); only while the library is open. */
    private void change(String activity, String failurePrefix, Callable<LibraryList.Change> action,
                        String doneMessage) {
        if (lifecycle.phaseProperty().get() != Phase.READY) {
            throw new IllegalStateException(Messages.TEXTS.get("error.libraryNotOpen"));
        }
        outcome.run(activity, failurePrefix, action, doneMessage);
    }

    private void requireWritable() {
        if (lifecycle.readOnlyProperty().get()) {
            throw new IllegalStateException("the library is a read-only copy");
        }
    }

    private WorkshopSummary requireSelection() {
        return list.selected().orElseThrow(() -> new IllegalStateException(
                Messages.TEXTS.get("error.noSelection")));
    }

    /** The open store; on the library's thread only. */
    private WorkshopStore store() {
        return lifecycle.store();
    }
}
