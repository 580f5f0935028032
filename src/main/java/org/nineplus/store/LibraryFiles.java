package org.nineplus.store;

import java.nio.file.Path;
import java.util.List;

/**
 * The file work around a library that happens while no store has it open: its backups, putting a backup in its
 * place, setting a damaged file aside, and a copy to read when another window holds the library. Every method does
 * IO; call them off the UI thread. Nothing here deletes a library file: files that are replaced are moved aside.
 */
public interface LibraryFiles {

    /** The backups of the library at {@code library}, newest first; empty when there are none. */
    List<BackupInfo> backups(Path library);

    /**
     * Puts {@code backup} in place of the library at {@code library}, which must not be open. The current file, if
     * any, is kept beside it ({@code <name>.before-restore-<time>.mv.db}) and that path is returned (null if there
     * was no file).
     */
    Path restore(Path library, BackupInfo backup);

    /** As {@link #restore}, for a damaged library: the damaged file is kept as {@code <name>.damaged-<time>.mv.db}. */
    Path restoreOverDamaged(Path library, BackupInfo backup);

    /** Moves a damaged library file aside ({@code <name>.damaged-<time>.mv.db}) and returns where it went. */
    Path setAside(Path library);

    /** Copies the library file into a new private temporary folder and returns the copy, to open read-only. */
    Path readOnlyCopy(Path library);

    /** Removes a copy made by {@link #readOnlyCopy} (closed) and its folder; anything else is left alone. */
    void discardCopy(Path copy);
}
