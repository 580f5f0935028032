package org.nineplus.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.nineplus.store.LibraryFiles;
import org.nineplus.store.WorkshopStore;
import org.nineplus.store.h2.H2LibraryFiles;

/**
 * What the workbench needs from the layers below, wired by the app. None of these is called on the FX thread.
 *
 * @param storeOpener opens (or creates) the library at a path, e.g. {@code H2WorkshopStore::open}; throws
 *        {@link org.nineplus.store.PersistenceException} with a readable message when it cannot
 * @param importer reads workshop JSON
 * @param exporter writes workshop JSON
 * @param sampleBytes the bundled sample workshop's JSON, offered once per library
 * @param libraryFiles backups, restoring one, setting a damaged file aside, a copy to read a locked library
 */
public record WorkbenchServices(Function<Path, WorkshopStore> storeOpener, WorkshopImporter importer,
                                WorkshopExporter exporter, Supplier<byte[]> sampleBytes, LibraryFiles libraryFiles) {

    /** With the H2 library's files ({@link H2LibraryFiles}). */
    public WorkbenchServices(Function<Path, WorkshopStore> storeOpener, WorkshopImporter importer,
                             WorkshopExporter exporter, Supplier<byte[]> sampleBytes) {
        this(storeOpener, importer, exporter, sampleBytes, new H2LibraryFiles());
    }

    /** Where the sample workshop ships inside the jar. */
    public static final String SAMPLE_RESOURCE = "/org/nineplus/assets/samples/claims-workshop.json";

    /** The sample's bytes from the class path, for {@code sampleBytes}: {@code WorkbenchServices::bundledSample}. */
    public static byte[] bundledSample() {
        try (InputStream in = WorkbenchServices.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(UiWords.TEXTS.get("sample.missing"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(UiWords.TEXTS.get("sample.unreadable"), e);
        }
    }

    public WorkbenchServices {
        Objects.requireNonNull(storeOpener, "storeOpener");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(sampleBytes, "sampleBytes");
        Objects.requireNonNull(libraryFiles, "libraryFiles");
    }
}
