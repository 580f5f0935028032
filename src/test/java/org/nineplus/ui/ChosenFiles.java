package org.nineplus.ui;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/** Answers every file chooser with the path the test put here. */
final class ChosenFiles implements FileDialogs {
    volatile Path next;

    @Override
    public Optional<Path> chooseImportFile(Window owner) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, String suggestedName) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> chooseMapExportFile(Window owner, Path suggested, String filterDescription,
                                              String extension) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> chooseImageFile(Window owner, String title, String filterDescription) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> chooseLibrary(Window owner) {
        return Optional.ofNullable(next);
    }
}
