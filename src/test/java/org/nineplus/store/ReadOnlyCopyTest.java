package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.store.h2.H2LibraryFiles;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/** The copy a second window reads while another holds the library: a private folder, removed afterwards. */
class ReadOnlyCopyTest {

    @TempDir
    Path dir;

    @Test
    void aCopyOfAnOpenLibraryOpensAndIsRemovedWithItsFolderAfterwards() throws Exception {
        Path library = dir.resolve("library.mv.db");
        LibraryFiles files = new H2LibraryFiles();
        try (H2WorkshopStore earlier = H2WorkshopStore.open(library)) {
            earlier.create(TestWorkshops.workedExample());
        }
        Path copy;
        // The copy holds what the holder has written to the file (H2 writes committed changes within about a
        // second), like the state after a crash: consistent, perhaps a moment behind the other window.
        try (H2WorkshopStore held = H2WorkshopStore.open(library)) {
            copy = files.readOnlyCopy(library);
            assertThat(copy.getParent()).isNotEqualTo(library.getParent());
            try (H2WorkshopStore reading = H2WorkshopStore.open(copy)) {
                assertThat(reading.list()).hasSize(1);
            }
        }
        files.discardCopy(copy);
        assertThat(copy.getParent()).doesNotExist();

        files.discardCopy(library);
        assertThat(library).as("only copies are ever removed").exists();
    }
}
