package org.nineplus.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.nineplus.store.WorkshopStore;

/**
 * What the workbench needs from the layers below, wired by the app. None of these is called on the FX thread.
 *
 * @param storeOpener opens (or creates) the library at a path, e.g. {@code H2WorkshopStore::open}; throws
 *        {@link org.nineplus.store.PersistenceException} with a readable message when it cannot
 * @param importer reads workshop JSON
 * @param exporter writes workshop JSON
 * @param sampleBytes the bundled sample workshop's JSON, offered once per library
 */
public record WorkbenchServices(Function<Path, WorkshopStore> storeOpener, WorkshopImporter importer,
                                WorkshopExporter exporter, Supplier<byte[]> sampleBytes) {

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
    }
}
