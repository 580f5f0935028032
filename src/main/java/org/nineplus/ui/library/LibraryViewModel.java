package org.nineplus.ui.library;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.nineplus.exchange.Templates;
import org.nineplus.exchange.Templates.Template;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopTemplates;
import org.nineplus.store.BackupInfo;
import org.nineplus.store.BrokenWorkshopException;
import org.nineplus.store.StoredWorkshop;
import org.nineplus.store.WorkshopStore;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.ui.BackgroundWork;
import org.nineplus.ui.WorkbenchServices;
import org.nineplus.ui.safety.SafetyTexts;

/**
 * The state of the library screen and what can be done with it. Plain properties, no controls; call every method
 * on the FX thread. Store calls run through {@link BackgroundWork}, one at a time, and their results come back here.
 */
public final class LibraryViewModel {

    /** Where the library is in its life. */
    public enum Phase { CLOSED, OPENING, FAILED, READY }

    /**
     * A workshop loaded for the editor, with the library's store for its autosave. The H2 store's methods are
     * synchronized, so the autosave thread and the library's thread may both use it.
     */
    public record Editing(StoredWorkshop workshop, WorkshopStore store) {
        public Editing {
            Objects.requireNonNull(workshop, "workshop");
            Objects.requireNonNull(store, "store");
        }
    }

    /** Writes what an editor still holds; runs on the library's thread before anything after it. */
    @FunctionalInterface
    public interface Flush {
        void run() throws Exception;
    }


    private final WorkbenchServices services;
    private final BackgroundWork work;
    private final Clock clock;
    private final LibraryOpening opening;

    /** Touched only by the background executor. */
    private volatile WorkshopStore store;
    /** How the open store was opened (for a read-only copy to be removed); background executor only. */
    private volatile LibraryOpening.Opened current;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.CLOSED);
    private final ReadOnlyObjectWrapper<Path> library = new ReadOnlyObjectWrapper<>(this, "library");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ObservableList<WorkshopSummary> workshops = FXCollections.observableArrayList();
    private final FilteredList<WorkshopSummary> visibleWorkshops = new FilteredList<>(workshops);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<WorkshopSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<StoredWorkshop> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyObjectWrapper<Editing> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Trouble> trouble = new ReadOnlyObjectWrapper<>(this, "trouble", Trouble.NONE);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper restoreOffered = new ReadOnlyBooleanWrapper(this, "restoreOffered");
    private final BooleanBinding canAct;
    private final BooleanBinding canActOnSelection;
    private final BooleanBinding canChange;
    private final BooleanBinding canChangeSelection;
    private final BooleanBinding empty;

    public LibraryViewModel(WorkbenchServices services, BackgroundWork work, Clock clock) {
        this.services = Objects.requireNonNull(services, "services");
        this.work = Objects.requireNonNull(work, "work");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.opening = new LibraryOpening(services, clock);
        filter.addListener((obs, old, text) -> visibleWorkshops.setPredicate(WorkshopTitles.matching(text)));
        error.addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                restoreOffered.set(false);
            }
        });
        canAct = phase.isEqualTo(Phase.READY).and(work.busyProperty().not());
        canActOnSelection = canAct.and(selected.isNotNull());
        canChange = canAct.and(readOnly.not());
        canChangeSelection = canChange.and(selected.isNotNull());
        empty = phase.isEqualTo(Phase.READY).and(Bindings.isEmpty(workshops));
    }

    // ---- opening a library

    /** Opens the library at {@code path} (closing the current one), offering the sample on its first start. */
    public void openLibrary(Path path) {
        startOpening(path, Messages.TEXTS.get("work.opening"), LibraryOpening.plain(path));
    }

    /** Why the library could not be opened, by what the person can do about it. */
    public enum Trouble { NONE, DAMAGED, LOCKED, OTHER }

    private void startOpening(Path path, String activity, LibraryOpening.Preparation preparation) {
        Objects.requireNonNull(path, "path");
        library.set(path);
        phase.set(Phase.OPENING);
        trouble.set(Trouble.NONE);
        readOnly.set(false);
        failure.set("");
        error.set("");
        notice.set("");
        workshops.clear();
        selected.set(null);
        opened.set(null);
        // A preparation may report a problem (a backup that could not be restored) and still open the library.
        AtomicReference<String> problem = new AtomicReference<>();
        work.run(activity, () -> {
            closeStoreInBackground();
            LibraryOpening.Prepared prepared = preparation.run();
            problem.set(prepared.problem());
            LibraryOpening.Opened result = opening.open(prepared);
            store = result.store();
            current = result;
            return result;
        }, result -> {
            libraryOpened(result);
            showProblem(problem.get());
        }, e -> {
            failure.set(Messages.openFailure(path, e));
            trouble.set(LibraryOpening.troubleOf(e));
            phase.set(Phase.FAILED);
            showProblem(problem.get());
        });
    }

    private void showProblem(String problem) {
        if (problem != null) {
            error.set(problem);
        }
    }

    /** A library another window holds: opens a copy of it, in which nothing can be changed. */
    public void openReadOnly() {
        Path path = requireLibrary();
        startOpening(path, SafetyTexts.text("activity.copying"), opening.readOnlyCopy(path));
    }

    /** A damaged library: moves the file aside (never deleted) and starts a new empty library in its place. */
    public void startEmptyLibrary() {
        Path path = requireLibrary();
        startOpening(path, SafetyTexts.text("activity.setAside"), opening.emptyInPlaceOfDamaged(path));
    }

    /** Reads the library's backups on the library's thread and hands them to {@code show} (newest first). */
    public void loadBackups(Consumer<List<BackupInfo>> show) {
        Path path = requireLibrary();
        work.run(SafetyTexts.text("activity.backups"), () -> services.libraryFiles().backups(path), show,
                e -> error.set(Messages.failure(SafetyTexts.text("failure.backups"), e)));
    }

    /**
     * Closes the library, puts {@code backup} in its place and opens it again. The file it replaces is kept beside
     * it (a damaged one under its {@code .damaged-} name), and the notice says where.
     */
    public void restore(BackupInfo backup) {
        Objects.requireNonNull(backup, "backup");
        Path path = requireLibrary();
        startOpening(path, SafetyTexts.text("activity.restoring"),
                opening.restore(path, backup, trouble.get() == Trouble.DAMAGED));
    }

    private void requireWritable() {
        if (readOnly.get()) {
            throw new IllegalStateException("the library is a read-only copy");
        }
    }

    private Path requireLibrary() {
        Path path = library.get();
        if (path == null) {
            throw new IllegalStateException("no library was opened");
        }
        return path;
    }

    private void libraryOpened(LibraryOpening.Opened result) {
        workshops.setAll(result.workshops());
        readOnly.set(result.readOnly());
        notice.set(result.notice() == null ? "" : result.notice());
        phase.set(Phase.READY);
        if (result.sample() != null) {
            select(result.sample().id());
            opened.set(result.sample());
            status.set(Messages.TEXTS.get("status.sampleAdded", result.sample().workshop().title()));
        } else if (!workshops.isEmpty()) {
            // The most recently changed workshop is ready for Enter.
            selected.set(workshops.get(0));
        }
        if (result.sampleProblem() != null) {
            error.set(result.sampleProblem());
        }
    }

    /** Closes the library. The store is closed on the background executor, after any work still queued. */
    public void close() {
        phase.set(Phase.CLOSED);
        work.run(Messages.TEXTS.get("work.closing"), () -> {
            closeStoreInBackground();
            return null;
        }, done -> { }, e -> { });
    }

    private void closeStoreInBackground() {
        WorkshopStore closing = store;
        LibraryOpening.Opened was = current;
        store = null;
        current = null;
        if (closing != null) {
            closing.close();
            opening.closed(was);
        }
    }

    // ---- actions on the library

    /** Creates a workshop with one blank journey, then selects and opens it. */
    public void create(String title) {
        requireWritable();
        String clean = WorkshopTitles.valid(title);
        LocalDate today = LocalDate.now(clock);
        change(Messages.TEXTS.get("work.creating"), Messages.TEXTS.get("error.create"), () -> {
            long id = store.create(WorkshopTemplates.blank(clean, today));
            return new Change(store.list(), id, store.load(id));
        }, Messages.TEXTS.get("status.created", clean));
    }

    /**
     * Creates a workshop from a bundled template (its content with this title and today's date; the template is read
     * on the library's thread), then selects and opens it.
     */
    public void createFromTemplate(Template template, String title) {
        requireWritable();
        Objects.requireNonNull(template, "template");
        String clean = WorkshopTitles.valid(title);
        LocalDate today = LocalDate.now(clock);
        change(Messages.TEXTS.get("work.creating"), Messages.TEXTS.get("error.createFrom", template.title()), () -> {
            long id = store.create(Templates.instantiate(template, clean, today));
            return new Change(store.list(), id, store.load(id));
        }, Messages.TEXTS.get("status.createdFrom", clean, template.title()));
    }

    /** Loads the selected workshop on the library's thread and hands it to the editor. */
    public void openSelected() {
        WorkshopSummary summary = requireSelection();
        change(Messages.TEXTS.get("work.openingWorkshop"), Messages.TEXTS.get("error.open", summary.title()), () -> {
            StoredWorkshop loaded = store.load(summary.id());
            return new Change(store.list(), summary.id(), loaded, new Editing(loaded, store));
        }, null);
    }

    /**
     * Leaves the editor: {@code flush} writes its last edits on the library's thread (before any later store call
     * and before the store is closed), then the list shows the new state. The editor is gone at once.
     */
    public void closeEditor(Flush flush) {
        Editing closing = editing.get();
        if (closing == null) {
            return;
        }
        editing.set(null);
        long id = closing.workshop().id();
        work.run(Messages.TEXTS.get("work.saving"), () -> {
            flush.run();
            WorkshopStore current = store;
            return current == null ? null : new Change(current.list(), id, current.load(id), null);
        }, change -> {
            if (change != null && phase.get() == Phase.READY) {
                apply(change);
            }
        }, e -> showFailure(Messages.TEXTS.get("error.save", closing.workshop().workshop().title()), e));
    }

    public void renameSelected(String newTitle) {
        requireWritable();
        WorkshopSummary summary = requireSelection();
        String clean = WorkshopTitles.valid(newTitle);
        boolean reopen = isOpened(summary.id());
        change(Messages.TEXTS.get("work.renaming"), Messages.TEXTS.get("error.rename", summary.title()), () -> {
            store.rename(summary.id(), clean);
            return new Change(store.list(), summary.id(), reopen ? store.load(summary.id()) : null);
        }, Messages.TEXTS.get("status.renamed", summary.title(), clean));
    }

    /** Copies the selected workshop (the store names the copy) and selects the copy. */
    public void duplicateSelected() {
        requireWritable();
        WorkshopSummary summary = requireSelection();
        change(Messages.TEXTS.get("work.duplicating"), Messages.TEXTS.get("error.duplicate", summary.title()), () -> {
            long id = store.duplicate(summary.id());
            return new Change(store.list(), id, null);
        }, Messages.TEXTS.get("status.duplicated", summary.title()));
    }

    public void deleteSelected() {
        requireWritable();
        WorkshopSummary summary = requireSelection();
        change(Messages.TEXTS.get("work.deleting"), Messages.TEXTS.get("error.delete", summary.title()), () -> {
            store.delete(summary.id());
            return new Change(store.list(), null, null);
        }, Messages.TEXTS.get("status.deleted", summary.title()));
    }

    /** Imports a workshop file into the library, then selects and opens it. */
    public void importFrom(Path file) {
        requireWritable();
        String name = String.valueOf(file.getFileName());
        change(Messages.TEXTS.get("work.importing", name), Messages.TEXTS.get("error.import", name), () -> {
            Workshop workshop = services.importer().read(file);
            long id = store.create(workshop);
            return new Change(store.list(), id, store.load(id));
        }, Messages.TEXTS.get("status.imported", name));
    }

    /** Imports a workshop file into the library and hands it to the editor: a file opened from the desktop. */
    public void importAndEdit(Path file) {
        requireWritable();
        String name = String.valueOf(file.getFileName());
        change(Messages.TEXTS.get("work.importing", name), Messages.TEXTS.get("error.import", name), () -> {
            Workshop workshop = services.importer().read(file);
            long id = store.create(workshop);
            StoredWorkshop loaded = store.load(id);
            return new Change(store.list(), id, loaded, new Editing(loaded, store));
        }, Messages.TEXTS.get("status.imported", name));
    }

    public void exportSelectedTo(Path file) {
        WorkshopSummary summary = requireSelection();
        change(Messages.TEXTS.get("work.exporting"), Messages.TEXTS.get("error.export", summary.title()), () -> {
            services.exporter().write(store.load(summary.id()).workshop(), file);
            return null;
        }, Messages.TEXTS.get("status.exported", summary.title(), file.toString()));
    }

    /** What an action left behind: the new list, what to select (null: nothing), what to show (null: unchanged). */
    private record Change(List<WorkshopSummary> workshops, Long select, StoredWorkshop open, Editing edit) {
        Change(List<WorkshopSummary> workshops, Long select, StoredWorkshop open) {
            this(workshops, select, open, null);
        }
    }

    private void change(String activity, String failurePrefix, Callable<Change> action, String doneMessage) {
        if (phase.get() != Phase.READY) {
            throw new IllegalStateException(Messages.TEXTS.get("error.libraryNotOpen"));
        }
        error.set("");
        Consumer<Change> done = change -> {
            if (change != null) {
                apply(change);
            }
            if (doneMessage != null) {
                status.set(doneMessage);
            }
        };
        work.run(activity, action, done, e -> showFailure(failurePrefix, e));
    }

    /**
     * Shows why an action failed. A workshop whose rows break the rules cannot be opened as it is; a backup from
     * before the change can bring it back, so the error offers to restore one.
     */
    private void showFailure(String prefix, Exception e) {
        error.set(Messages.failure(prefix, e));
        restoreOffered.set(e instanceof BrokenWorkshopException && !readOnly.get());
    }

    private void apply(Change change) {
        StoredWorkshop shown = opened.get();
        workshops.setAll(change.workshops());
        if (change.select() != null) {
            select(change.select());
        } else {
            selected.set(null);
        }
        if (change.open() != null) {
            opened.set(change.open());
            if (change.edit() != null) {
                editing.set(change.edit());
            }
        } else if (shown != null && workshops.stream().noneMatch(w -> w.id() == shown.id())) {
            opened.set(null);
        }
    }

    private void select(long id) {
        selected.set(workshops.stream().filter(w -> w.id() == id).findFirst().orElse(null));
    }

    private boolean isOpened(long id) {
        return opened.get() != null && opened.get().id() == id;
    }

    private WorkshopSummary requireSelection() {
        WorkshopSummary summary = selected.get();
        if (summary == null) {
            throw new IllegalStateException(Messages.TEXTS.get("error.noSelection"));
        }
        return summary;
    }

    // ---- properties

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    /** Why the library could not be opened, for the person at the keyboard. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Every workshop of the library, most recently changed first. */
    public ObservableList<WorkshopSummary> workshops() {
        return FXCollections.unmodifiableObservableList(workshops);
    }

    /** The workshops that match the filter. */
    public ObservableList<WorkshopSummary> visibleWorkshops() {
        return visibleWorkshops;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<WorkshopSummary> selectedProperty() {
        return selected;
    }

    public Optional<WorkshopSummary> selected() {
        return Optional.ofNullable(selected.get());
    }

    /** The workshop shown in the overview, or null. */
    public ReadOnlyObjectProperty<StoredWorkshop> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** The workshop open in the editor, or null while the library is shown. */
    public ReadOnlyObjectProperty<Editing> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The last problem, in one sentence; empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void clearError() {
        error.set("");
    }

    /**
     * True while the error is about a workshop whose rows break the rules (changed by another tool): restoring a
     * backup of the library is what can bring it back. Never in a read-only copy.
     */
    public ReadOnlyBooleanProperty restoreOfferedProperty() {
        return restoreOffered.getReadOnlyProperty();
    }

    /** What the last action did ("Deleted …"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding busyProperty() {
        return work.busyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return work.activityProperty();
    }

    /** The library is open and nothing is running. */
    public BooleanBinding canActProperty() {
        return canAct;
    }

    /** As {@link #canActProperty()}, and a workshop is selected. */
    public BooleanBinding canActOnSelectionProperty() {
        return canActOnSelection;
    }

    /** As {@link #canActProperty()}, and the library may be changed (it is not a read-only copy). */
    public BooleanBinding canChangeProperty() {
        return canChange;
    }

    /** As {@link #canChangeProperty()}, and a workshop is selected. */
    public BooleanBinding canChangeSelectionProperty() {
        return canChangeSelection;
    }

    /** Why the last open failed, by what can be done about it; NONE while it did not. */
    public ReadOnlyObjectProperty<Trouble> troubleProperty() {
        return trouble.getReadOnlyProperty();
    }

    /** True while the open library is a read-only copy of one another window holds. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /**
     * What the person should know about how the library was opened: what was recovered after an unclean end, which
     * backup was restored and where the replaced file went. Empty when there is nothing.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set("");
    }

    /** True when the library is open and empty: the view shows its empty state. */
    public BooleanBinding emptyProperty() {
        return empty;
    }
}
