package org.nineplus.export;

import java.util.concurrent.CancellationException;

/**
 * What an exporter tells its caller while it works, and how the caller stops it. Exporters call
 * {@link #progress(double)} with the fraction done (0 to 1, never decreasing) and ask {@link #isCancelled()} between
 * bands, pages and tiles (and every so many drawing calls); when it answers true the export stops with a
 * {@link CancellationException} and leaves no file. Both methods may be called from the exporting thread only; an
 * implementation that feeds a window hands the value over to its UI thread itself.
 */
public interface ExportProgress {

    /** Ignores progress and never cancels. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** The fraction of the work done, 0 to 1. */
    void progress(double fraction);

    /** True when the caller wants the export to stop. */
    boolean isCancelled();

    /** Throws {@link CancellationException} when the caller has cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("export cancelled");
        }
    }
}
