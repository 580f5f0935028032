package org.nineplus.store;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.nineplus.model.Workshop;

/**
 * Writes a workshop to the library a moment ({@code delay}) after an edit, on its own thread. Further edits in that
 * moment do not postpone the write: a burst is written once, and a steady stream of edits is still written every
 * {@code delay}, so a crash (or a killed process) loses at most about {@code delay} plus one save of work. A failed
 * save is reported and retried, and the edits stay in memory meanwhile. {@link #close()} writes what is still
 * pending.
 */
public final class Autosave implements AutoCloseable {

    /** Told on the autosave thread; hand over to the UI thread yourself. */
    public interface Listener {
        void saved(long revision);

        void failed(long revision, PersistenceException problem);
    }

    private record Pending(long revision, Workshop workshop) {
    }

    private final WorkshopStore store;
    private final long workshopId;
    private final Duration delay;
    private final Duration retry;
    private final Listener listener;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "nineplus-autosave");
        t.setDaemon(true);
        return t;
    });
    private Pending pending;
    private ScheduledFuture<?> scheduled;
    /** When {@link #scheduled} runs ({@link System#nanoTime()}); meaningful while it is not null. */
    private long scheduledAt;
    private long savedRevision = -1;

    public Autosave(WorkshopStore store, long workshopId, Duration delay, Duration retry, Listener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.workshopId = workshopId;
        this.delay = Objects.requireNonNull(delay, "delay");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * A new revision exists; it is written at the latest {@code delay} from now, together with any later revision
     * that arrives before the write starts. Never postpones a write already due sooner (so continuous editing cannot
     * starve the autosave); brings forward a retry that is due later.
     */
    public synchronized void changed(long revision, Workshop workshop) {
        pending = new Pending(revision, Objects.requireNonNull(workshop, "workshop"));
        if (scheduled == null || scheduledAt - (System.nanoTime() + delay.toNanos()) > 0) {
            schedule(delay);
        }
    }

    /** Whether a revision is waiting to be written. */
    public synchronized boolean isPending() {
        return pending != null;
    }

    private void schedule(Duration after) {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = null;
        if (!thread.isShutdown()) {
            scheduledAt = System.nanoTime() + after.toNanos();
            scheduled = thread.schedule(this::saveNow, after.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void saveNow() {
        Pending toSave;
        synchronized (this) {
            // From here on an edit schedules a new write: this one may already have taken its revision.
            scheduled = null;
            toSave = pending;
            if (toSave == null || toSave.revision() == savedRevision) {
                pending = null;
                return;
            }
        }
        try {
            store.save(workshopId, toSave.workshop());
        } catch (PersistenceException e) {
            synchronized (this) {
                schedule(retry);
            }
            listener.failed(toSave.revision(), e);
            return;
        }
        synchronized (this) {
            savedRevision = toSave.revision();
            if (pending == toSave) {
                pending = null;
            }
        }
        listener.saved(toSave.revision());
    }

    /** Writes what is pending now and stops; waits up to {@code timeout} for the write. */
    public void close(Duration timeout) throws InterruptedException {
        synchronized (this) {
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            thread.execute(this::saveNow);
            thread.shutdown();
        }
        thread.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        try {
            close(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
