package org.nineplus.ui.library;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.nineplus.store.BrokenWorkshopException;
import org.nineplus.ui.BackgroundWork;

/**
 * Runs one action of the library screen on the library's thread and shows how it ended, for
 * {@link LibraryViewModel}: the new list ({@link LibraryList.Change}), the status line ("Deleted …"), or the error in
 * one sentence, with the offer to restore a backup when a workshop's rows break the rules. FX thread.
 */
final class LibraryOutcome {

    private final BackgroundWork work;
    private final LibraryList list;
    private final BooleanSupplier readOnly;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper restoreOffered = new ReadOnlyBooleanWrapper(this, "restoreOffered");

    /** {@code readOnly}: whether the open library is a read-only copy (no restore is offered in one). */
    LibraryOutcome(BackgroundWork work, LibraryList list, BooleanSupplier readOnly) {
        this.work = Objects.requireNonNull(work, "work");
        this.list = Objects.requireNonNull(list, "list");
        this.readOnly = Objects.requireNonNull(readOnly, "readOnly");
        error.addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                restoreOffered.set(false);
            }
        });
    }

    /**
     * Runs {@code action} as {@code activity}; its change goes to the list and {@code doneMessage} (or null) to the
     * status line; a failure becomes the error, after {@code failurePrefix} ("Could not open "Claims"").
     */
    void run(String activity, String failurePrefix, Callable<LibraryList.Change> action, String doneMessage) {
        error.set("");
        Consumer<LibraryList.Change> done = change -> {
            if (change != null) {
                list.apply(change);
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
    void showFailure(String prefix, Exception e) {
        error.set(Messages.failure(prefix, e));
        restoreOffered.set(e instanceof BrokenWorkshopException && !readOnly.getAsBoolean());
    }

    /** Shows {@code message} as the error; "" clears it. */
    void showError(String message) {
        error.set(message);
    }

    void showStatus(String message) {
        status.set(message);
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty restoreOfferedProperty() {
        return restoreOffered.getReadOnlyProperty();
    }
}
