package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineplus.edit.Command;
import org.nineplus.edit.VersionDiff;
import org.nineplus.model.Workshop;
import org.nineplus.store.VersionInfo;
import org.nineplus.store.WorkshopStore;
import org.nineplus.ui.BackgroundWork;

/**
 * The named versions of the workshop open in the editor. Every store call runs on the library's background thread;
 * results and failures come back on the FX thread. A restore is one undoable edit of the session.
 */
public final class VersionsModel {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    private final EditorSession session;
    private final WorkshopStore store;
    private final BackgroundWork work;
    private final ObservableList<VersionInfo> versions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public VersionsModel(EditorSession session, WorkshopStore store, BackgroundWork work) {
        this.session = Objects.requireNonNull(session, "session");
        this.store = Objects.requireNonNull(store, "store");
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * Keeps the workshop as it is on screen now under {@code label}. The edits the autosave has not written yet are
     * written first, in the same background job, so the version holds them; the autosave's own later write of the
     * same state changes nothing.
     */
    public void saveVersion(String label, Consumer<VersionInfo> done) {
        String clean = Objects.requireNonNull(label, "label").strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException(TEXTS.get("versions.labelNeeded"));
        }
        Workshop now = session.current();
        long id = session.workshopId();
        work.run(TEXTS.get("versions.saving"), () -> {
            store.save(id, now);
            VersionInfo saved = store.saveVersion(id, clean);
            return new Saved(saved, store.versions(id));
        }, saved -> {
            versions.setAll(saved.versions());
            problem.set("");
            done.accept(saved.version());
        }, this::failed);
    }

    private record Saved(VersionInfo version, List<VersionInfo> versions) {
    }

    /** Reloads {@link #versions()} from the library. */
    public void refresh() {
        long id = session.workshopId();
        work.run(TEXTS.get("versions.reading"), () -> store.versions(id), list -> {
            versions.setAll(list);
            problem.set("");
        }, this::failed);
    }

    /** What changed from {@code version} to the workshop on screen, as readable lines (empty: nothing). */
    public void compareWithCurrent(VersionInfo version, Consumer<List<String>> done) {
        compare(version, null, done);
    }

    /**
     * What changed from {@code older} to {@code newer} (null: the workshop on screen now), as readable lines; empty
     * when nothing did.
     */
    public void compare(VersionInfo older, VersionInfo newer, Consumer<List<String>> done) {
        Objects.requireNonNull(older, "older");
        Workshop now = session.current();
        work.run(TEXTS.get("versions.comparing"), () -> VersionDiff.compare(store.loadVersion(older.id()),
                newer == null ? now : store.loadVersion(newer.id())).lines(), lines -> {
                    problem.set("");
                    done.accept(lines);
                }, this::failed);
    }

    /** Replaces the workshop with the version's content as one undo step ("Restore version 'after round 1'"). */
    public void restore(VersionInfo version, Runnable done) {
        work.run(TEXTS.get("versions.restoring"), () -> store.loadVersion(version.id()), old -> {
            session.execute(restoreCommand(version.label(), old));
            problem.set("");
            done.run();
        }, this::failed);
    }

    /** Reads a version's content, for showing it read-only. */
    public void load(VersionInfo version, Consumer<Workshop> done) {
        work.run(TEXTS.get("versions.opening"), () -> store.loadVersion(version.id()), old -> {
            problem.set("");
            done.accept(old);
        }, this::failed);
    }

    static Command restoreCommand(String label, Workshop content) {
        return Command.of(TEXTS.get("versions.restoreCommand", label), w -> content);
    }

    private void failed(Exception e) {
        problem.set(TEXTS.get("versions.problem", e.getMessage()));
    }

    /** The versions of the workshop, newest first, as last read. */
    public ObservableList<VersionInfo> versions() {
        return versions;
    }

    /** Why the last versions job failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
