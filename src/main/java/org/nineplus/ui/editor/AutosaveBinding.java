package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

import org.nineplus.store.Autosave;
import org.nineplus.store.PersistenceException;
import org.nineplus.store.WorkshopStore;
import org.nineplus.ui.safety.SafetyTexts;

/**
 * Ties one editor session to an {@link Autosave} on the library's store: every new revision is handed over, a save
 * marks the session saved, a failure becomes a message (the edits stay and the save is retried).
 */
public final class AutosaveBinding {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    public static final Duration DELAY = Duration.ofSeconds(1);
    static final Duration RETRY = Duration.ofSeconds(5);
    static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(10);

    private final EditorSession session;
    private final Autosave autosave;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ChangeListener<Number> revisions;

    /** @param fx runs the hand-back on the FX thread ({@code Platform::runLater}) */
    public AutosaveBinding(EditorSession session, WorkshopStore store, Duration delay, Executor fx) {
        this.session = Objects.requireNonNull(session, "session");
        Objects.requireNonNull(fx, "fx");
        autosave = new Autosave(store, session.workshopId(), delay, RETRY, new Autosave.Listener() {
            @Override
            public void saved(long revision) {
                fx.execute(() -> {
                    session.markSaved(revision);
                    problem.set("");
                });
            }

            @Override
            public void failed(long revision, PersistenceException e) {
                fx.execute(() -> problem.set(SafetyTexts.text("autosave.failed", e.getMessage(),
                        RETRY.toSeconds())));
            }
        });
        revisions = (obs, old, now) -> autosave.changed(now.longValue(), session.current());
        session.revisionProperty().addListener(revisions);
    }

    /**
     * Stops listening and writes what is pending, waiting for the write. Blocks: call it off the FX thread (the
     * workbench runs it on its background executor, before the library's store is closed).
     */
    public void flush() throws InterruptedException {
        autosave.close(FLUSH_TIMEOUT);
    }

    /** Stops handing over new revisions; FX thread. Call before {@link #flush()}. */
    public void detach() {
        session.revisionProperty().removeListener(revisions);
    }

    /** Why the last save failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
