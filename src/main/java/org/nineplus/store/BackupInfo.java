package org.nineplus.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup of a library.
 *
 * @param file the backup file
 * @param taken when it was taken (from its name, to the second)
 * @param reason why: {@code daily}, {@code before-migration}, {@code manual}
 * @param size the file's size in bytes
 */
public record BackupInfo(Path file, Instant taken, String reason, long size) {
}
