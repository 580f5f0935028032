package org.nineplus.store.h2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

import org.h2.mvstore.DataUtils;
import org.nineplus.store.PersistenceException;

/**
 * Checks a library file before H2 opens it. H2 quietly rolls a file whose end is missing back to an older state and
 * then writes to it: right after a crash (the last second of edits was never completely written), wrong for a file
 * that was truncated or damaged since it was last closed. A whole file is a multiple of H2's 4 KiB blocks, starts
 * with H2's store header and ends with the footer of its last chunk, whose checksum matches.
 */
final class LibraryIntegrity {

    private static final int BLOCK = 4096;
    private static final int FOOTER = 128;
    private static final String FLETCHER = ",fletcher:";

    private LibraryIntegrity() {
    }

    /**
     * Before H2 touches an existing file: one that is not whole (see {@link #looksWhole}) or is shorter than when
     * it was last closed (see {@link SessionMarker}) is damaged and left
     * as it is, unless the last run ended without closing it. Then it is what a crash leaves, H2 recovers the last
     * complete state, and the file as found is first copied to {@code <name>.before-recovery-<time>.mv.db}.
     */
    static void checkBeforeOpen(LibraryFile file, LibraryErrors errors, Clock clock) {
        try {
            SessionMarker marker = new SessionMarker(file.dataFile());
            if (looksWhole(file.dataFile()) && !marker.shorterThanWhenClosed()) {
                return;
            }
            if (lockedElsewhere(file.dataFile())) {
                throw errors.inUse();
            }
            if (!marker.exists()) {
                throw errors.notALibrary(null);
            }
            new Backups(file.dataFile(), clock, Backups.DEFAULT_KEEP).copyAside("before-recovery");
        } catch (IOException e) {
            throw new PersistenceException(LibraryErrors.TEXTS.get("notRead", String.valueOf(file), String.valueOf(e.getMessage())), e);
        }
    }

    /** Whether {@code file} looks whole; an empty file (a new library) does. */
    static boolean looksWhole(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return true;
        }
        if (size < 2L * BLOCK || size % BLOCK != 0) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] head = read(channel, 0, 4);
            byte[] tail = read(channel, size - FOOTER, FOOTER);
            return new String(head, StandardCharsets.ISO_8859_1).equals("H:2,") && validFooter(tail);
        }
    }

    private static boolean validFooter(byte[] tail) {
        String text = new String(tail, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf(FLETCHER);
        if (!text.startsWith("chunk:") || at < 0) {
            return false;
        }
        try {
            int stored = (int) Long.parseLong(text.substring(at + FLETCHER.length()).strip(), 16);
            return stored == DataUtils.getFletcher32(tail, 0, at);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ended early");
            }
        }
        return buffer.array();
    }

    /**
     * Whether another process holds H2's lock on {@code file} (it has the library open). Call only while no store in
     * this JVM has the file open: closing a channel drops every lock this JVM holds on the file.
     */
    static boolean lockedElsewhere(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }
}
