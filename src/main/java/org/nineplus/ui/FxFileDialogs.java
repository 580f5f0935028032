package org.nineplus.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} with the platform's file choosers. */
public final class FxFileDialogs implements FileDialogs {

    private static FileChooser.ExtensionFilter json() {
        return new FileChooser.ExtensionFilter(UiWords.TEXTS.get("files.workshop"), "*.json");
    }

    private static FileChooser.ExtensionFilter library() {
        return new FileChooser.ExtensionFilter(UiWords.TEXTS.get("files.library"), "*.mv.db");
    }

    private File lastFolder;

    @Override
    public Optional<Path> chooseImportFile(Window owner) {
        FileChooser chooser = chooser(UiWords.TEXTS.get("files.import"));
        chooser.getExtensionFilters().add(json());
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, String suggestedName) {
        FileChooser chooser = chooser(UiWords.TEXTS.get("files.export"));
        chooser.getExtensionFilters().add(json());
        chooser.setInitialFileName(safeFileName(suggestedName) + ".json");
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseMapExportFile(Window owner, Path suggested, String filterDescription,
                                              String extension) {
        FileChooser chooser = chooser(UiWords.TEXTS.get("files.exportMap"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, "*." + extension));
        Path folder = suggested.toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggested.getFileName().toString());
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseLibrary(Window owner) {
        FileChooser chooser = chooser(UiWords.TEXTS.get("files.chooseLibrary"));
        chooser.getExtensionFilters().addAll(library(), new FileChooser.ExtensionFilter(UiWords.TEXTS.get("files.all"), "*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseImageFile(Window owner, String title, String filterDescription) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, "*.png", "*.PNG",
                "*.jpg", "*.JPG", "*.jpeg", "*.JPEG", "*.gif", "*.GIF", "*.bmp", "*.BMP"));
        return remember(chooser.showOpenDialog(owner));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    static String safeFileName(String title) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() ? "workshop" : cleaned;
    }
}
