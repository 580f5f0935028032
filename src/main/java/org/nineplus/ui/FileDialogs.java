package org.nineplus.ui;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/** The file choosers of the workbench, behind an interface so tests can answer them with real temp paths. */
public interface FileDialogs {

    /** A workshop JSON file to import, or empty when the person cancels. */
    Optional<Path> chooseImportFile(Window owner);

    /** Where to write a workshop as JSON, or empty when the person cancels. */
    Optional<Path> chooseExportFile(Window owner, String suggestedName);

    /** Another library file to open (or create), or empty when the person cancels. */
    Optional<Path> chooseLibrary(Window owner);
}
