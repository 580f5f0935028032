package org.nineplus.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.nineplus.store.BackupInfo;
import org.nineplus.store.LibraryFiles;
import org.nineplus.store.PersistenceException;

/** {@link LibraryFiles} for the H2 library: backups are {@link Backups}' zip files. */
public final class H2LibraryFiles implements LibraryFiles {

    private static final String COPY_FOLDER = "nineplus-read-only-";

    private final Clock clock;

    public H2LibraryFiles() {
        this(Clock.systemUTC());
    }

    public H2LibraryFiles(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Backups backups(LibraryFile file) {
        return new Backups(file.dataFile(), clock, Backups.DEFAULT_KEEP);
    }

    @Override
    public List<BackupInfo> backups(Path library) {
        return backups(LibraryFile.of(library)).list();
    }

    @Override
    public Path restore(Path library, BackupInfo backup) {
        LibraryFile file = LibraryFile.of(library);
        refuseIfOpen(file);
        return backups(file).restore(backup, "before-restore");
    }

    @Override
    public Path restoreOverDamaged(Path library, BackupInfo backup) {
        LibraryFile file = LibraryFile.of(library);
        refuseIfOpen(file);
        return backups(file).restore(backup, "damaged");
    }

    @Override
    public Path setAside(Path library) {
        LibraryFile file = LibraryFile.of(library);
        refuseIfOpen(file);
        try {
            return backups(file).moveAside("damaged");
        } catch (IOException e) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("files.notMovedAside", String.valueOf(file),
                    String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public Path readOnlyCopy(Path library) {
        LibraryFile file = LibraryFile.of(library);
        try {
            Path folder = Files.createTempDirectory(COPY_FOLDER);
            return Files.copy(file.dataFile(), folder.resolve(file.dataFile().getFileName()));
        } catch (IOException e) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("files.notCopied", String.valueOf(file),
                    String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public void discardCopy(Path copy) {
        Path folder = copy.toAbsolutePath().getParent();
        if (folder == null || !folder.getFileName().toString().startsWith(COPY_FOLDER)
                || !folder.getParent().equals(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a copy left in the temporary folder; the system clears it
        }
    }

    /**
     * Refuses a library this program or another one has open: a file moved away under an open database would take
     * that window's later saves with it. H2 holds a file lock on an open library; a free lock means no one has it.
     */
    private static void refuseIfOpen(LibraryFile file) {
        if (LibraryConnections.isOpenHere(file.dataFile())) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("files.openHere", String.valueOf(file)));
        }
        if (!Files.isRegularFile(file.dataFile())) {
            return;
        }
        try {
            if (LibraryIntegrity.lockedElsewhere(file.dataFile())) {
                throw new LibraryErrors(file.dataFile()).inUse();
            }
        } catch (IOException e) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("files.notChecked", String.valueOf(file),
                    String.valueOf(e.getMessage())), e);
        }
    }
}
