package org.nineplus.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs work off the FX thread and hands results back on it. All properties change on the FX executor only.
 * The background executor is expected to run one job at a time (the store is not thread-safe).
 */
public final class BackgroundWork {

    private final Executor background;
    private final Executor fx;
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final BooleanBinding busy = Bindings.greaterThan(pending.getReadOnlyProperty(), 0);

    /**
     * @param background runs the work (the workbench's single-thread executor)
     * @param fx runs the hand-back ({@code Platform::runLater} in the application)
     */
    public BackgroundWork(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    /** Call on the FX thread. {@code onDone} or {@code onFailure} runs later on the FX thread. */
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onDone,
                        Consumer<? super Exception> onFailure) {
        pending.set(pending.get() + 1);
        activity.set(description);
        try {
            background.execute(() -> {
                try {
                    T result = work.call();
                    fx.execute(() -> finish(() -> onDone.accept(result)));
                } catch (Exception e) {
                    fx.execute(() -> finish(() -> onFailure.accept(e)));
                }
            });
        } catch (RuntimeException rejected) {
            // The executor was shut down: the window is closing; nothing will come back.
            pending.set(pending.get() - 1);
        }
    }

    private void finish(Runnable handBack) {
        pending.set(pending.get() - 1);
        if (pending.get() == 0) {
            activity.set("");
        }
        handBack.run();
    }

    /** True while any work is queued or running. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** What the most recent work is doing ("Deleting…"), empty when idle. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }
}
