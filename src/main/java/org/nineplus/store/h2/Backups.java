package org.nineplus.store.h2;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.nineplus.store.BackupInfo;
import org.nineplus.store.PersistenceException;

/**
 * The rolling backups of one library: {@code <folder>/backups/<name>-YYYYMMDD-HHMMSS-<reason>.zip} (UTC), each a
 * consistent copy H2 makes of the open database ({@code BACKUP TO}), holding the library's {@code .mv.db}. Taken
 * before a schema migration and once a day; the newest {@link #keep} are kept.
 */
final class Backups {

    static final int DEFAULT_KEEP = 10;
    static final Duration DAILY = Duration.ofHours(24);
    static final String FOLDER = "backups";
    private static final String EXTENSION = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dataFile;
    private final Path folder;
    private final String base;
    private final Clock clock;
    private final int keep;

    Backups(Path dataFile, Clock clock, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        this.dataFile = dataFile.toAbsolutePath().normalize();
        this.folder = this.dataFile.resolveSibling(FOLDER);
        String name = this.dataFile.getFileName().toString();
        this.base = name.endsWith(LibraryFile.SUFFIX) ? name.substring(0, name.length() - LibraryFile.SUFFIX.length())
                : name;
        this.clock = clock;
        this.keep = keep;
    }

    Path folder() {
        return folder;
    }

    /** The backups, newest first. */
    List<BackupInfo> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern pattern = Pattern.compile(Pattern.quote(base) + "-(\\d{8}-\\d{6})-([a-z-]+?)(-\\d+)?\\.zip");
        List<BackupInfo> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path file : files) {
                Matcher m = pattern.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file)) {
                    Instant taken = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
                    found.add(new BackupInfo(file, taken, m.group(2), Files.size(file)));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("backups.notListed", String.valueOf(folder), String.valueOf(e)), e);
        }
        found.sort(Comparator.comparing(BackupInfo::taken).thenComparing(b -> b.file().getFileName().toString())
                .reversed());
        return found;
    }

    /** Whether no backup is younger than a day. */
    boolean dailyDue() {
        List<BackupInfo> all = list();
        return all.isEmpty() || !all.get(0).taken().isAfter(clock.instant().minus(DAILY));
    }

    /**
     * Writes a consistent backup of the database open on {@code connection} (into a part file, moved into place when
     * complete), then removes the oldest beyond {@link #keep}. Returns the new backup's file.
     */
    Path take(Connection connection, String reason) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                ownerOnly(folder, "rwx------");
            }
            Path target = freeName(reason);
            Path part = target.resolveSibling(target.getFileName() + ".part");
            Files.deleteIfExists(part);
            try (Statement s = connection.createStatement()) {
                // The path is quoted as an SQL string literal; no setting or option comes from outside the code.
                s.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
            }
            ownerOnly(part, "rw-------");
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return target;
        } catch (IOException | SQLException e) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("backups.notWritten", String.valueOf(dataFile),
                    String.valueOf(folder), String.valueOf(e.getMessage())), e);
        }
    }

    private Path freeName(String reason) {
        String stamp = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(STAMP);
        Path candidate = folder.resolve(base + "-" + stamp + "-" + reason + EXTENSION);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + stamp + "-" + reason + "-" + n + EXTENSION);
        }
        return candidate;
    }

    private void prune() throws IOException {
        List<BackupInfo> all = list();
        for (BackupInfo old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    /**
     * Puts the library file held by {@code backup} in place of the (closed) library, keeping the current file beside
     * it as {@code <name>.<keptAs>-<time>.mv.db}. The backup is unpacked completely before anything is moved, so a bad
     * backup changes nothing.
     */
    Path restore(BackupInfo backup, String keptAs) {
        Path unpacked = dataFile.resolveSibling(base + ".restoring" + LibraryFile.SUFFIX);
        try {
            Files.deleteIfExists(unpacked);
            unpack(backup.file(), unpacked);
            ownerOnly(unpacked, "rw-------");
            Path kept = Files.exists(dataFile) ? moveAside(keptAs) : null;
            Files.move(unpacked, dataFile, StandardCopyOption.ATOMIC_MOVE);
            SessionMarker.forgetLength(dataFile);
            return kept;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(unpacked);
            } catch (IOException ignored) {
                // the restore failure is the one to report
            }
            throw new PersistenceException(LibraryErrors.TEXTS.get("backups.notRestored", String.valueOf(backup.file()),
                    String.valueOf(dataFile), String.valueOf(e.getMessage())), e);
        }
    }

    private static void unpack(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().endsWith(LibraryFile.SUFFIX)) {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        copy(in, out);
                    }
                    return;
                }
            }
        }
        throw new IOException("the backup holds no library file");
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
        }
    }

    /** Moves the library file to {@code <name>.<tag>-<time>.mv.db} beside it and returns that path. */
    Path moveAside(String tag) throws IOException {
        Path aside = asideName(tag);
        Files.move(dataFile, aside, StandardCopyOption.ATOMIC_MOVE);
        SessionMarker.forgetLength(dataFile);
        return aside;
    }

    /** Copies the library file to {@code <name>.<tag>-<time>.mv.db} beside it (owner-only) and returns that path. */
    Path copyAside(String tag) throws IOException {
        Path aside = asideName(tag);
        Files.copy(dataFile, aside, StandardCopyOption.COPY_ATTRIBUTES);
        ownerOnly(aside, "rw-------");
        return aside;
    }

    private Path asideName(String tag) {
        String stamp = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(STAMP);
        Path aside = dataFile.resolveSibling(base + "." + tag + "-" + stamp + LibraryFile.SUFFIX);
        for (int n = 2; Files.exists(aside); n++) {
            aside = dataFile.resolveSibling(base + "." + tag + "-" + stamp + "-" + n + LibraryFile.SUFFIX);
        }
        return aside;
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
