package org.nineplus.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.nineplus.model.Workshop;

/**
 * The undo history of one open workshop. Every state has a revision number; undo and redo return to earlier
 * states exactly, and "unsaved changes" means the current revision is not the saved one. Not thread-safe: the
 * window uses it from the FX thread only.
 */
public final class History {

    /** Told after every change of the current state (execute, undo, redo, reset, saved). */
    @FunctionalInterface
    public interface Listener {
        void changed(History history);
    }

    private record State(Workshop workshop, long revision, String description) {
    }

    private final int limit;
    private final Deque<State> undo = new ArrayDeque<>();
    private final Deque<State> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new ArrayList<>();
    private State current;
    private long nextRevision = 1;
    private long savedRevision;
    private Command executing;

    public History(Workshop initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.current = new State(Objects.requireNonNull(initial, "initial"), 0, "");
        this.savedRevision = 0;
    }

    public Workshop current() {
        return current.workshop();
    }

    public long revision() {
        return current.revision();
    }

    /**
     * Applies the command and makes its result the current state. A command that changes nothing adds no undo step
     * and returns false.
     */
    public boolean execute(Command command) {
        if (executing != null) {
            throw new IllegalStateException("'" + command.description() + "' was executed from inside '"
                    + executing.description() + "'; a command may not execute another command");
        }
        executing = command;
        Workshop next;
        try {
            next = command.apply(current.workshop());
        } finally {
            executing = null;
        }
        if (next.equals(current.workshop())) {
            return false;
        }
        undo.push(current);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        current = new State(next, nextRevision++, command.description());
        fire();
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What undo would take back, for the menu item "Undo Move card …". */
    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of(current.description()) : Optional.empty();
    }

    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of(redo.peek().description()) : Optional.empty();
    }

    public void undo() {
        if (!canUndo()) {
            return;
        }
        redo.push(current);
        current = undo.pop();
        fire();
    }

    public void redo() {
        if (!canRedo()) {
            return;
        }
        undo.push(current);
        current = redo.pop();
        fire();
    }

    /** Records that the state with this revision is now in the library. */
    public void markSaved(long revision) {
        savedRevision = revision;
        fire();
    }

    public boolean isDirty() {
        return current.revision() != savedRevision;
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Listener listener : List.copyOf(listeners)) {
            listener.changed(this);
        }
    }
}
