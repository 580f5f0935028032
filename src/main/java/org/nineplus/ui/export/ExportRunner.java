package org.nineplus.ui.export;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.nineplus.export.ExportProgress;
import org.nineplus.export.ExportSource;

/**
 * Runs one export at a time on the export thread (never the library's, so autosave is not held up) and hands what
 * happens to the FX thread: progress coalesced to at most one hand-over in flight, then exactly one of finished,
 * cancelled or failed. A failure is one readable sentence, never a stack trace.
 */
final class ExportRunner {

    /** What the dialog hears, always on the FX executor. */
    interface Listener {
        void progressed(double fraction);

        void finished(Path file);

        void cancelled();

        void failed(String message);
    }

    /** An export under way; {@link #cancel} asks it to stop, and it then leaves no file. */
    static final class Running implements ExportProgress {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean handing = new AtomicBoolean();
        private final AtomicLong latest = new AtomicLong(Double.doubleToLongBits(0));
        private final AtomicBoolean over = new AtomicBoolean();
        private final Executor fx;
        private final Listener listener;

        private Running(Executor fx, Listener listener) {
            this.fx = fx;
            this.listener = listener;
        }

        /** Any thread. */
        void cancel() {
            cancelled.set(true);
        }

        @Override
        public void progress(double fraction) {
            latest.set(Double.doubleToLongBits(fraction));
            if (handing.compareAndSet(false, true)) {
                fx.execute(() -> {
                    handing.set(false);
                    if (!over.get()) {
                        listener.progressed(Double.longBitsToDouble(latest.get()));
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        private void end(Runnable report) {
            over.set(true);
            fx.execute(report);
        }
    }

    private final Executor exportThread;
    private final Executor fx;

    /**
     * @param exportThread a single-thread executor of its own
     * @param fx {@code Platform::runLater}
     */
    ExportRunner(Executor exportThread, Executor fx) {
        this.exportThread = Objects.requireNonNull(exportThread, "exportThread");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** Starts the export; call on the FX thread. */
    Running start(ExportRequest request, ExportSource source, Listener listener) {
        Running running = new Running(fx, listener);
        try {
            exportThread.execute(() -> run(request, source, running, listener));
        } catch (RejectedExecutionException e) {
            running.end(() -> listener.failed(ExportDialogModel.TEXTS.get("run.closing")));
        }
        return running;
    }

    private static void run(ExportRequest request, ExportSource source, Running running, Listener listener) {
        try {
            request.write(source, running);
            running.end(() -> listener.finished(request.out()));
        } catch (CancellationException e) {
            running.end(listener::cancelled);
        } catch (Exception | OutOfMemoryError e) {
            String message = message(e);
            running.end(() -> listener.failed(message));
        }
    }

    /** One sentence for the person: what went wrong, in the words of the exception when it has some. */
    static String message(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return ExportDialogModel.TEXTS.get("run.memory");
        }
        if (e instanceof NoSuchFileException missing) {
            return ExportDialogModel.TEXTS.get("run.noFolder", folderOf(missing.getFile()));
        }
        if (e instanceof AccessDeniedException denied) {
            return ExportDialogModel.TEXTS.get("run.noPermission", denied.getFile());
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() == null ? ExportDialogModel.TEXTS.get("run.couldNotWrite", fs.getFile())
                    : ExportDialogModel.TEXTS.get("run.couldNotWriteWhy", fs.getFile(), fs.getReason());
        }
        String text = e.getMessage();
        if (text == null || text.isBlank()) {
            return ExportDialogModel.TEXTS.get("run.failed", e.getClass().getSimpleName());
        }
        text = text.strip();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String folderOf(String file) {
        return file == null ? ExportDialogModel.TEXTS.get("run.unknown") : file;
    }
}
