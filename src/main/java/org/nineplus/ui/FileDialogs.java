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

    /**
     * Where to write an exported map, or empty when the person cancels: a save dialog filtered to one format.
     *
     * @param suggested the file offered (its folder is where the dialog opens)
     * @param filterDescription "PDF document (*.pdf)"
     * @param extension "pdf", without the dot
     */
    Optional<Path> chooseMapExportFile(Window owner, Path suggested, String filterDescription, String extension);

    /**
     * An image file (PNG, JPEG, GIF or BMP) to open, or empty when the person cancels.
     *
     * @param title the dialog's title, in the user's language
     * @param filterDescription "Images (*.png, *.jpg, *.jpeg, *.gif, *.bmp)", in the user's language
     */
    Optional<Path> chooseImageFile(Window owner, String title, String filterDescription);

    /** Another library file to open (or create), or empty when the person cancels. */
    Optional<Path> chooseLibrary(Window owner);
}
