package org.nineplus.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.testfx.util.WaitForAsyncUtils;

/** Reading state on the FX thread and waiting for it, for the headless window tests. Never a sleep. */
public final class FxWait {

    private FxWait() {
    }

    /** Runs {@code read} on the FX thread and returns its result (10 s at most). */
    public static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits up to 15 s until {@code condition}, checked on the FX thread, holds. */
    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        waitUntil(15, condition);
    }

    public static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }
}
