package org.nineplus.ui.library;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.nineplus.store.BackupInfo;
import org.nineplus.store.WorkshopStore;
import org.nineplus.ui.BackgroundWork;
import org.nineplus.ui.WorkbenchServices;
import org.nineplus.ui.library.LibraryViewModel.Phase;
import org.nineplus.ui.library.LibraryViewModel.Trouble;
import org.nineplus.ui.safety.SafetyTexts;

/**
 * The open library's life, for {@link LibraryViewModel}: opening it (as it is, as a read-only copy of one another
 * window holds, as a new empty library in place of a damaged one, from a restored backup), why it could not be opened
 * and what can be done about it, what the person should know about how it was opened, and closing it. Owns the
 * store; the view model's list and commands use it through {@link #store()} on the library's thread. Properties on
 * the FX thread; file and store work through {@link BackgroundWork}.
 */
final class LibraryLifecycle {

    private final WorkbenchServices services;
    private final BackgroundWork work;
    private final LibraryOpening opening;
    private final LibraryList list;
    private final Consumer<String> errors;
    private final Consumer<LibraryOpening.Opened> opened;

    /** Touched only by the background executor. */
    private volatile WorkshopStore store;
    /** How the open store was opened (for a read-only copy to be removed); background executor only. */
    private volatile LibraryOpening.Opened current;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.CLOSED);
    private final ReadOnlyObjectWrapper<Path> library = new ReadOnlyObjectWrapper<>(this, "library");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyObjectWrapper<Trouble> trouble = new ReadOnlyObjectWrapper<>(this, "trouble", Trouble.NONE);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    /**
     * @param list     emptied when a library starts opening, filled when it is open
     * @param errors   shows a problem in the error bar (a backup that could not be restored); "" clears it
     * @param opened   called once an opened library is {@link Phase#READY}, to select the sample or the newest
     */
    LibraryLifecycle(WorkbenchServices services, BackgroundWork work, Clock clock, LibraryList list,
                     Consumer<String> errors, Consumer<LibraryOpening.Opened> opened) {
        this.services = Objects.requireNonNull(services, "services");
        this.work = Objects.requireNonNull(work, "work");
        this.opening = new LibraryOpening(services, clock);
        this.list = Objects.requireNonNull(list, "list");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.opened = Objects.requireNonNull(opened, "opened");
    }

    /** The open store, or null; call on the library's thread only. */
    WorkshopStore store() {
        return store;
    }

    /** Opens the library at {@code path} (closing the current one), offering the sample on its first start. */
    void open(Path path) {
        startOpening(path, Messages.TEXTS.get("work.opening"), LibraryOpening.plain(path));
    }

    /** A library another window holds: opens a copy of it, in which nothing can be changed. */
    void openReadOnly() {
        Path path = requireLibrary();
        startOpening(path, SafetyTexts.text("activity.copying"), opening.readOnlyCopy(path));
    }

    /** A damaged library: moves the file aside (never deleted) and starts a new empty library in its place. */
    void startEmptyLibrary() {
        Path path = requireLibrary();
        startOpening(path, SafetyTexts.text("activity.setAside"), opening.emptyInPlaceOfDamaged(path));
    }

    /** Reads the library's backups on the library's thread and hands them to {@code show} (newest first). */
    void loadBackups(Consumer<List<BackupInfo>> show) {
        Path path = requireLibrary();
        work.run(SafetyTexts.text("activity.backups"), () -> services.libraryFiles().backups(path), show,
                e -> errors.accept(Messages.failure(SafetyTexts.text("failure.backups"), e)));
    }

    /**
     * Closes the library, puts {@code backup} in its place and opens it again. The file it replaces is kept beside
     * it (a damaged one under its {@code .damaged-} name), and the notice says where.
     */
    void restore(BackupInfo backup) {
        Objects.requireNonNull(backup, "backup");
        Path path = requireLibrary();
        startOpening(path, SafetyTexts.text("activity.restoring"),
                opening.restore(path, backup, trouble.get() == Trouble.DAMAGED));
    }

    /** Closes the library. The store is closed on the background executor, after any work still queued. */
    void close() {
        phase.set(Phase.CLOSED);
        work.run(Messages.TEXTS.get("work.closing"), () -> {
            closeStoreInBackground();
            return null;
        }, done -> { }, e -> { });
    }

    private void startOpening(Path path, String activity, LibraryOpening.Preparation preparation) {
        Objects.requireNonNull(path, "path");
        library.set(path);
        phase.set(Phase.OPENING);
        trouble.set(Trouble.NONE);
        readOnly.set(false);
        failure.set("");
        notice.set("");
        errors.accept("");
        list.clear();
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
            list.setAll(result.workshops());
            readOnly.set(result.readOnly());
            notice.set(result.notice() == null ? "" : result.notice());
            phase.set(Phase.READY);
            opened.accept(result);
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
            errors.accept(problem);
        }
    }

    private Path requireLibrary() {
        Path path = library.get();
        if (path == null) {
            throw new IllegalStateException("no library was opened");
        }
        return path;
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

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Path> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Trouble> troubleProperty() {
        return trouble.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    void clearNotice() {
        notice.set("");
    }
}
