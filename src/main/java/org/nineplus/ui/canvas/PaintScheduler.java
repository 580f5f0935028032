package org.nineplus.ui.canvas;

import javafx.animation.AnimationTimer;

/**
 * Coalesces repaint requests to at most one paint per pulse: any number of requests (a revision, a selection change,
 * fifty mouse moves) between two frames make one paint. The timer runs only while a paint is pending.
 */
final class PaintScheduler {

    private final Runnable paint;
    private final AnimationTimer timer;
    private boolean pending;

    PaintScheduler(Runnable paint) {
        this.paint = paint;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                if (pending) {
                    pending = false;
                    PaintScheduler.this.paint.run();
                }
            }
        };
    }

    void request() {
        if (!pending) {
            pending = true;
            timer.start();
        }
    }

    boolean isPending() {
        return pending;
    }

    /** Runs a pending paint now instead of on the next pulse (the timer then finds nothing to do). */
    void flush() {
        if (pending) {
            pending = false;
            paint.run();
        }
    }
}
