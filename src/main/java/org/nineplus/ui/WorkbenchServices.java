package org.nineplus.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
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
 * @param sampleBytes the bundled sample workshop's JSON in the UI's language, offered once per library
 * @param libraryFiles backups, restoring one, setting a damaged file aside, a copy to read a locked library
 */
public record WorkbenchServices(Function<Path, WorkshopStore> storeOpener, WorkshopImporter importer,
                                WorkshopExporter exporter, Supplier<byte[]> sampleBytes, LibraryFiles libraryFiles) {

    /** With the H2 library's files ({@link H2LibraryFiles}). */
    public WorkbenchServices(Function<Path, WorkshopStore> storeOpener, WorkshopImporter importer,
                             WorkshopExporter exporter, Supplier<byte[]> sampleBytes) {
        this(storeOpener, importer, exporter, sampleBytes, new H2LibraryFiles());
    }

    /** Where the (English) sample workshop ships inside the jar. */
    public static final String SAMPLE_RESOURCE = "/org/nineplus/assets/samples/claims-workshop.json";

    /**
     * The sample's bytes from the class path in the UI's language (the default locale of the call), for
     * {@code sampleBytes}: {@code WorkbenchServices::bundledSample}.
     */
    public static byte[] bundledSample() {
        return bundledSample(Locale.getDefault());
    }

    /** The sample in {@code locale}'s language ({@link #sampleResource}), read from the class path. */
    public static byte[] bundledSample(Locale locale) {
        try (InputStream in = WorkbenchServices.class.getResourceAsStream(sampleResource(locale))) {
            if (in == null) {
                throw new IllegalStateException(UiWords.TEXTS.get("sample.missing"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(UiWords.TEXTS.get("sample.unreadable"), e);
        }
    }

    /**
     * The sample of {@code locale}'s language as a bundle names its files ({@code claims-workshop_nl.json} beside
     * {@code claims-workshop.json}), or the English {@link #SAMPLE_RESOURCE} when that language has none.
     */
    public static String sampleResource(Locale locale) {
        String translated = SAMPLE_RESOURCE.replace(".json", "_" + locale.getLanguage() + ".json");
        boolean shipped = !locale.getLanguage().isEmpty()
                && WorkbenchServices.class.getResource(translated) != null;
        return shipped ? translated : SAMPLE_RESOURCE;
    }

    public WorkbenchServices {
        Objects.requireNonNull(storeOpener, "storeOpener");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(sampleBytes, "sampleBytes");
        Objects.requireNonNull(libraryFiles, "libraryFiles");
    }
}
