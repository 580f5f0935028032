package org.nineplus.store.h2;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.nineplus.store.PersistenceException;

/**
 * Where a library lives on disk: the {@code .mv.db} file, the JDBC URL built from its path alone, the folders it
 * needs and the owner-only permissions it gets when NinePlus creates it.
 */
final class LibraryFile {

    static final String SUFFIX = ".mv.db";

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path dataFile;
    private final String url;

    private LibraryFile(Path dataFile, String url) {
        this.dataFile = dataFile;
        this.url = url;
    }

    /**
     * The library at {@code given}, with or without the {@code .mv.db} ending. A path with a character that would
     * change the meaning of the JDBC URL (';' starts a setting) or a control character is refused.
     */
    static LibraryFile of(Path given) {
        if (given == null) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("path.none"));
        }
        String raw = given.toString();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ';' || Character.isISOControl(c)) {
                throw new PersistenceException(LibraryErrors.TEXTS.get(c == ';' ? "path.semicolon" : "path.control", printable(raw)));
            }
        }
        Path absolute = given.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        if (name == null) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("path.noFile", raw));
        }
        String fileName = name.toString();
        Path dataFile = fileName.endsWith(SUFFIX) ? absolute : absolute.resolveSibling(fileName + SUFFIX);
        String full = dataFile.toString();
        String base = full.substring(0, full.length() - SUFFIX.length());
        if (dataFile.getFileName().toString().equals(SUFFIX)) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("path.noName", raw, SUFFIX));
        }
        return new LibraryFile(dataFile, "jdbc:h2:file:" + base);
    }

    /** The {@code .mv.db} file itself. */
    Path dataFile() {
        return dataFile;
    }

    /** {@code jdbc:h2:file:} and the absolute path without {@code .mv.db}; no settings. */
    String url() {
        return url;
    }

    boolean exists() {
        return Files.exists(dataFile);
    }

    /**
     * Creates the missing folders above the file, owner-only on POSIX, and returns the ones it created. When a file
     * stands where a folder must be (the data folder is a file), says which; nothing is created then.
     */
    List<Path> createFolders() {
        Path parent = dataFile.getParent();
        List<Path> missing = new ArrayList<>();
        Path existing = parent;
        for (; existing != null && !Files.exists(existing); existing = existing.getParent()) {
            missing.add(0, existing);
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("folderIsFile", String.valueOf(dataFile),
                    String.valueOf(existing)));
        }
        Path folder = parent;
        try {
            for (Path each : missing) {
                folder = each;
                Files.createDirectory(each);
                if (isPosix()) {
                    Files.setPosixFilePermissions(each, OWNER_FOLDER);
                }
            }
        } catch (IOException e) {
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getClass().getSimpleName();
            throw new PersistenceException(LibraryErrors.TEXTS.get("folderNotCreated", String.valueOf(dataFile),
                    String.valueOf(folder), reason), e);
        }
        return missing;
    }

    /**
     * Creates the (empty) library file before H2 opens it; on POSIX file systems it is created readable and writable
     * by its owner only, so it is never visible to others, not even for a moment. H2 starts a new database in an
     * empty file.
     */
    void createOwnerOnly() {
        try {
            if (isPosix()) {
                Files.createFile(dataFile, PosixFilePermissions.asFileAttribute(OWNER_FILE));
                Files.setPosixFilePermissions(dataFile, OWNER_FILE);
            } else {
                Files.createFile(dataFile);
            }
        } catch (IOException e) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("notCreated", String.valueOf(dataFile), String.valueOf(e)), e);
        }
    }

    /** Removes a library file this program created but could not finish opening. */
    void deleteQuietly() {
        try {
            Files.deleteIfExists(dataFile);
        } catch (IOException ignored) {
            // the open already failed; that failure is the one to report
        }
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String printable(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        raw.chars().forEach(c -> b.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : (char) c));
        return b.toString();
    }

    @Override
    public String toString() {
        return dataFile.toString();
    }
}
