package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.store.h2.H2LibraryFiles;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/** A damaged library file is reported as damaged, is never changed, and can be set aside for a new library. */
class DamagedLibraryTest {

    @TempDir
    Path dir;

    private Path library() {
        return dir.resolve("library.mv.db");
    }

    private byte[] aRealLibrary() throws Exception {
        try (H2WorkshopStore store = H2WorkshopStore.open(library())) {
            store.create(TestWorkshops.workedExample());
        }
        return Files.readAllBytes(library());
    }

    @Test
    void aTruncatedLibraryIsReportedAsDamagedAndLeftAsItWas() throws Exception {
        byte[] whole = aRealLibrary();
        byte[] truncated = Arrays.copyOf(whole, 1000);
        Files.write(library(), truncated);

        assertDamagedAndUnchanged(truncated);
    }

    /**
     * H2 itself would open these, rolled back to an older state with fewer (or no) workshops, and write to them; the
     * store refuses them before H2 sees them.
     */
    @Test
    void aLibraryCutAnywhereIsReportedAsDamagedNotQuietlyRolledBack() throws Exception {
        byte[] whole = aRealLibrary();
        for (double part : new double[] {0.3, 0.5, 0.9, 0.99}) {
            byte[] cut = Arrays.copyOf(whole, (int) (whole.length * part));
            Files.write(library(), cut);
            assertThatThrownBy(() -> H2WorkshopStore.open(library())).as("cut at %s", part)
                    .isInstanceOf(LibraryDamagedException.class);
            assertThat(Files.readAllBytes(library())).isEqualTo(cut);
        }
        byte[] blockCut = Arrays.copyOf(whole, whole.length - 4096);
        Files.write(library(), blockCut);
        assertThatThrownBy(() -> H2WorkshopStore.open(library())).isInstanceOf(LibraryDamagedException.class);
        assertThat(Files.readAllBytes(library())).isEqualTo(blockCut);
    }

    @Test
    void afterACrashAnIncompleteEndIsRecoveredByH2AndTheFileAsFoundIsKept() throws Exception {
        byte[] whole = aRealLibrary();
        byte[] cut = Arrays.copyOf(whole, whole.length - 100);
        Files.write(library(), cut);
        // The marker of a run that never closed the library: this is what a crash mid-write leaves.
        Files.createFile(dir.resolve("library.session"));

        try (H2WorkshopStore store = H2WorkshopStore.open(library())) {
            assertThat(store.previousRunEndedAbruptly()).isTrue();
            store.list();
        }
        try (var files = Files.list(dir)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("library.before-recovery-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(cut);
        }
    }

    @Test
    void aFileOfRandomBytesIsReportedAsDamagedAndLeftAsItWas() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new Random(9).nextBytes(noise);
        Files.write(library(), noise);

        assertDamagedAndUnchanged(noise);
    }

    private void assertDamagedAndUnchanged(byte[] content) throws Exception {
        assertThatThrownBy(() -> H2WorkshopStore.open(library())).isInstanceOf(LibraryDamagedException.class)
                .hasMessage("The file " + library().toAbsolutePath() + " is not a NinePlus library or is damaged.");
        assertThat(Files.readAllBytes(library())).as("the damaged file is never overwritten").isEqualTo(content);
        assertThat(dir.resolve("library.session")).doesNotExist();

        Path aside = new H2LibraryFiles().setAside(library());
        assertThat(aside.getFileName().toString()).matches("library\\.damaged-\\d{8}-\\d{6}\\.mv\\.db");
        assertThat(Files.readAllBytes(aside)).as("kept for inspection").isEqualTo(content);
        try (H2WorkshopStore store = H2WorkshopStore.open(library())) {
            assertThat(store.list()).as("a new, empty library in its place").isEmpty();
        }
        assertThat(Files.readAllBytes(aside)).isEqualTo(content);
    }

    @Test
    void anUncleanEndIsNoticedOnTheNextOpenAndACleanOneIsNot() throws Exception {
        try (H2WorkshopStore store = H2WorkshopStore.open(library())) {
            assertThat(store.previousRunEndedAbruptly()).isFalse();
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(library())) {
            assertThat(store.previousRunEndedAbruptly()).isFalse();
            assertThat(dir.resolve("library.session")).as("marked while open").exists();
        }
        assertThat(dir.resolve("library.session")).doesNotExist();
        // What a killed process leaves behind: the library and its marker.
        Files.createFile(dir.resolve("library.session"));
        try (H2WorkshopStore store = H2WorkshopStore.open(library())) {
            assertThat(store.previousRunEndedAbruptly()).isTrue();
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(library())) {
            assertThat(store.previousRunEndedAbruptly()).as("only the first open after the crash").isFalse();
        }
    }
}
