package org.nineplus.ui.library;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineplus.exchange.Templates.Template;
import org.nineplus.store.BackupInfo;
import org.nineplus.store.StoredWorkshop;
import org.nineplus.store.WorkshopStore;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.ui.BackgroundWork;
import org.nineplus.ui.WorkbenchServices;

/**
 * The library screen's one face to the view: its state, as properties and bindings the view binds to, and what can
 * be done with it. Plain properties, no controls; call every method on the FX thread. Store calls run through
 * {@link BackgroundWork}, one at a time, and their results come back here. The work is done by its parts: opening,
 * recovering and closing the library is {@link LibraryLifecycle}, what can be done with its workshops is
 * {@link WorkshopCommands}, what is listed, selected and shown is {@link LibraryList}, and how an action ended
 * (status, error) is {@link LibraryOutcome}.
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

    private final BackgroundWork work;
    private final LibraryLifecycle lifecycle;

    private final LibraryList list = new LibraryList();
    /** Whether a sample just added to a new library goes straight into the editor (the app's first start). */
    private boolean editSampleWhenAdded;
    private final LibraryOutcome outcome;
    private final WorkshopCommands commands;
    private final BooleanBinding canAct;
    private final BooleanBinding canActOnSelection;
    private final BooleanBinding canChange;
    private final BooleanBinding canChangeSelection;
    private final BooleanBinding empty;

    public LibraryViewModel(WorkbenchServices services, BackgroundWork work, Clock clock) {
        this.work = Objects.requireNonNull(work, "work");
        this.lifecycle = new LibraryLifecycle(services, work, clock, list, this::showError, this::libraryOpened);
        this.outcome = new LibraryOutcome(work, list, () -> lifecycle.readOnlyProperty().get());
        this.commands = new WorkshopCommands(services, work, clock, lifecycle, list, outcome);
        ReadOnlyObjectProperty<Phase> phase = lifecycle.phaseProperty();
        canAct = phase.isEqualTo(Phase.READY).and(work.busyProperty().not());
        canActOnSelection = canAct.and(list.selectedProperty().isNotNull());
        canChange = canAct.and(lifecycle.readOnlyProperty().not());
        canChangeSelection = canChange.and(list.selectedProperty().isNotNull());
        empty = phase.isEqualTo(Phase.READY).and(Bindings.isEmpty(list.workshops()));
    }

    // ---- opening a library (LibraryLifecycle)

    /** Opens the library at {@code path} (closing the current one), offering the sample on its first start. */
    public void openLibrary(Path path) {
        lifecycle.open(path);
    }

    /** Why the library could not be opened, by what the person can do about it. */
    public enum Trouble { NONE, DAMAGED, LOCKED, OTHER }

    /** A library another window holds: opens a copy of it, in which nothing can be changed. */
    public void openReadOnly() {
        lifecycle.openReadOnly();
    }

    /** A damaged library: moves the file aside (never deleted) and starts a new empty library in its place. */
    public void startEmptyLibrary() {
        lifecycle.startEmptyLibrary();
    }

    /** Reads the library's backups on the library's thread and hands them to {@code show} (newest first). */
    public void loadBackups(Consumer<List<BackupInfo>> show) {
        lifecycle.loadBackups(show);
    }

    /**
     * Closes the library, puts {@code backup} in its place and opens it again. The file it replaces is kept beside
     * it (a damaged one under its {@code .damaged-} name), and the notice says where.
     */
    public void restore(BackupInfo backup) {
        lifecycle.restore(backup);
    }

    /** Closes the library. The store is closed on the background executor, after any work still queued. */
    public void close() {
        lifecycle.close();
    }

    /** The list side of an opened library: what to select, the sample just added, a problem with it. */
    private void libraryOpened(LibraryOpening.Opened result) {
        list.showOpened(result.sample());
        if (result.sample() != null) {
            outcome.showStatus(Messages.TEXTS.get("status.sampleAdded", result.sample().workshop().title()));
            if (editSampleWhenAdded && !result.readOnly()) {
                openSelected();
            }
        }
        if (result.sampleProblem() != null) {
            outcome.showError(result.sampleProblem());
        }
    }

    // ---- actions on the library (WorkshopCommands)

    /** Creates a workshop with one blank journey, then selects and opens it. */
    public void create(String title) {
        commands.create(title);
    }

    /**
     * Creates a workshop from a bundled template (its content with this title and today's date; the template is read
     * on the library's thread), then selects and opens it.
     */
    public void createFromTemplate(Template template, String title) {
        commands.createFromTemplate(template, title);
    }

    /**
     * From now on, the sample added to a new library is opened in the editor at once, so that the first start shows
     * a map rather than a list of one. The application asks for this; without it the sample is selected and shown.
     */
    public void editSampleWhenAdded() {
        editSampleWhenAdded = true;
    }

    /** Loads the selected workshop on the library's thread and hands it to the editor. */
    public void openSelected() {
        commands.openSelected();
    }

    /**
     * Leaves the editor: {@code flush} writes its last edits on the library's thread (before any later store call
     * and before the store is closed), then the list shows the new state. The editor is gone at once.
     */
    public void closeEditor(Flush flush) {
        commands.closeEditor(flush);
    }

    public void renameSelected(String newTitle) {
        commands.renameSelected(newTitle);
    }

    /** Copies the selected workshop (the store names the copy) and selects the copy. */
    public void duplicateSelected() {
        commands.duplicateSelected();
    }

    public void deleteSelected() {
        commands.deleteSelected();
    }

    /** Imports a workshop file into the library, then selects and opens it. */
    public void importFrom(Path file) {
        commands.importFrom(file, false);
    }

    /** Imports a workshop file into the library and hands it to the editor: a file opened from the desktop. */
    public void importAndEdit(Path file) {
        commands.importFrom(file, true);
    }

    public void exportSelectedTo(Path file) {
        commands.exportSelectedTo(file);
    }

    /** Shows {@code message} as the error; "" clears it. */
    private void showError(String message) {
        outcome.showError(message);
    }

    // ---- properties

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return lifecycle.phaseProperty();
    }

    public ReadOnlyObjectProperty<Path> libraryProperty() {
        return lifecycle.libraryProperty();
    }

    /** Why the library could not be opened, for the person at the keyboard. */
    public ReadOnlyStringProperty failureProperty() {
        return lifecycle.failureProperty();
    }

    /** Every workshop of the library, most recently changed first. */
    public ObservableList<WorkshopSummary> workshops() {
        return FXCollections.unmodifiableObservableList(list.workshops());
    }

    /** The workshops that match the filter. */
    public ObservableList<WorkshopSummary> visibleWorkshops() {
        return list.visibleWorkshops();
    }

    public StringProperty filterProperty() {
        return list.filterProperty();
    }

    public ObjectProperty<WorkshopSummary> selectedProperty() {
        return list.selectedProperty();
    }

    public Optional<WorkshopSummary> selected() {
        return list.selected();
    }

    /** The workshop shown in the overview, or null. */
    public ReadOnlyObjectProperty<StoredWorkshop> openedProperty() {
        return list.openedProperty();
    }

    /** The workshop open in the editor, or null while the library is shown. */
    public ReadOnlyObjectProperty<Editing> editingProperty() {
        return list.editingProperty();
    }

    /** The last problem, in one sentence; empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return outcome.errorProperty();
    }

    public void clearError() {
        outcome.showError("");
    }

    /**
     * True while the error is about a workshop whose rows break the rules (changed by another tool): restoring a
     * backup of the library is what can bring it back. Never in a read-only copy.
     */
    public ReadOnlyBooleanProperty restoreOfferedProperty() {
        return outcome.restoreOfferedProperty();
    }

    /** What the last action did ("Deleted …"). */
    public ReadOnlyStringProperty statusProperty() {
        return outcome.statusProperty();
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
        return lifecycle.troubleProperty();
    }

    /** True while the open library is a read-only copy of one another window holds. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return lifecycle.readOnlyProperty();
    }

    /**
     * What the person should know about how the library was opened: what was recovered after an unclean end, which
     * backup was restored and where the replaced file went. Empty when there is nothing.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return lifecycle.noticeProperty();
    }

    public void clearNotice() {
        lifecycle.clearNotice();
    }

    /** True when the library is open and empty: the view shows its empty state. */
    public BooleanBinding emptyProperty() {
        return empty;
    }
}
