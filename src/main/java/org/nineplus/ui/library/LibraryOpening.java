package org.nineplus.ui.library;

import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.nineplus.store.BackupInfo;
import org.nineplus.store.LibraryDamagedException;
import org.nineplus.store.LibraryFiles;
import org.nineplus.store.LibraryLockedException;
import org.nineplus.store.PersistenceException;
import org.nineplus.store.StoredWorkshop;
import org.nineplus.store.WorkshopStore;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.ui.WorkbenchServices;
import org.nineplus.ui.safety.RecoveryMessage;
import org.nineplus.ui.safety.SafetyTexts;

/**
 * The library thread's side of opening a library: what to do with the files first (nothing, a read-only copy, set
 * a damaged file aside, put a backup in place), then open the store, offer the sample, and say what was recovered
 * or restored. No JavaFX; the view model runs these on its background work and shows the result.
 */
final class LibraryOpening {

    /**
     * What to open once the current store is closed: the file, whether as a read-only copy, whether the sample may
     * be offered, and what to tell the person afterwards (or null).
     */
    record Prepared(Path openAt, boolean readOnly, boolean offerSample, String notice, String problem) {
        Prepared(Path openAt, boolean readOnly, boolean offerSample, String notice) {
            this(openAt, readOnly, offerSample, notice, null);
        }
    }

    /** File work before the open; runs on the library's thread. */
    @FunctionalInterface
    interface Preparation {
        Prepared run() throws Exception;
    }

    /** An open library: its store, its workshops, the sample if it was just added, and the notice (or null). */
    record Opened(WorkshopStore store, Path file, List<WorkshopSummary> workshops, StoredWorkshop sample,
                  String sampleProblem, boolean readOnly, String notice) {
    }

    private final WorkbenchServices services;
    private final LibraryFiles files;
    private final Clock clock;

    LibraryOpening(WorkbenchServices services, Clock clock) {
        this.services = services;
        this.files = services.libraryFiles();
        this.clock = clock;
    }

    static Preparation plain(Path path) {
        return () -> new Prepared(path, false, true, null);
    }

    /** A copy of a library another window holds, opened read-only. */
    Preparation readOnlyCopy(Path path) {
        return () -> new Prepared(files.readOnlyCopy(path), true, false, null);
    }

    /** The damaged file moved aside (never deleted), a new empty library in its place. */
    Preparation emptyInPlaceOfDamaged(Path path) {
        return () -> {
            Path aside = files.setAside(path);
            return new Prepared(path, false, false, SafetyTexts.text("notice.newLibrary", aside));
        };
    }

    /**
     * {@code backup} in place of the library; the replaced file kept (a damaged one under its .damaged- name). A
     * backup that cannot be restored changes nothing: the library is opened as it was, with the reason as problem.
     */
    Preparation restore(Path path, BackupInfo backup, boolean damaged) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.getDefault())
                .withZone(clock.getZone()).format(backup.taken());
        return () -> {
            Path kept;
            try {
                kept = damaged ? files.restoreOverDamaged(path, backup) : files.restore(path, backup);
            } catch (PersistenceException e) {
                return new Prepared(path, false, false, null,
                        Messages.failure(SafetyTexts.text("failure.restore"), e));
            }
            return new Prepared(path, false, false, kept == null ? SafetyTexts.text("notice.restoredNoFile", when)
                    : SafetyTexts.text("notice.restored", when, kept));
        };
    }

    /** Opens what {@code prepared} names. The caller owns the returned store. */
    Opened open(Prepared prepared) {
        WorkshopStore store = services.storeOpener().apply(prepared.openAt());
        if (store == null) {
            throw new IllegalStateException(Messages.TEXTS.get("error.notOpened"));
        }
        try {
            SampleOffer.Result offer = prepared.offerSample() ? SampleOffer.offer(store, services)
                    : new SampleOffer.Result(null, null);
            if (!prepared.offerSample() && !prepared.readOnly() && !store.sampleOffered()) {
                // A library started in place of a damaged one or restored from a backup is not offered the sample.
                store.markSampleOffered();
            }
            List<WorkshopSummary> list = store.list();
            String notice = prepared.notice();
            if (notice == null && store.previousRunEndedAbruptly()) {
                notice = RecoveryMessage.of(list, clock.getZone(), clock.instant());
            }
            return new Opened(store, prepared.openAt(), list, offer.sample(), offer.problem(), prepared.readOnly(),
                    notice);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** After its store is closed: a read-only copy is removed with its folder. */
    void closed(Opened opened) {
        if (opened.readOnly()) {
            files.discardCopy(opened.file());
        }
    }

    static LibraryViewModel.Trouble troubleOf(Exception e) {
        if (e instanceof LibraryDamagedException) {
            return LibraryViewModel.Trouble.DAMAGED;
        }
        return e instanceof LibraryLockedException ? LibraryViewModel.Trouble.LOCKED : LibraryViewModel.Trouble.OTHER;
    }
}
