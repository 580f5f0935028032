package org.nineplus.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.nineplus.model.Workshop;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.safety.SafetyTexts;
import org.nineplus.ui.safety.UnsavedChoice;

/**
 * Closing the window without losing edits: while the open editor's last edits cannot be saved (a full disk, a
 * read-only folder), Quit and the window's close button ask first (save them as a workshop file elsewhere, keep
 * trying, or quit losing them). Otherwise the window closes at once. FX thread.
 */
final class CloseGuard {

    private final Stage stage;
    private final List<String> stylesheets;
    private final FileDialogs fileDialogs;
    private final WorkshopExporter exporter;
    private final BackgroundWork work;
    private final Supplier<Optional<OpenEditor>> editor;

    /** {@code editor} is the editor open now, if any. */
    CloseGuard(Stage stage, List<String> stylesheets, FileDialogs fileDialogs, WorkshopExporter exporter,
               BackgroundWork work, Supplier<Optional<OpenEditor>> editor) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.stylesheets = List.copyOf(stylesheets);
        this.fileDialogs = Objects.requireNonNull(fileDialogs, "fileDialogs");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.work = Objects.requireNonNull(work, "work");
        this.editor = Objects.requireNonNull(editor, "editor");
    }

    /** Makes the window's close button ask while edits are unsaved, as {@link #requestClose} does. */
    void install() {
        stage.setOnCloseRequest(e -> {
            if (unsavedProblem().isPresent()) {
                e.consume();
                requestClose();
            }
        });
    }

    /** Closes the window, first asking what to do with edits that cannot be saved. */
    void requestClose() {
        Optional<String> problem = unsavedProblem();
        if (problem.isEmpty()) {
            stage.close();
            return;
        }
        EditorSession session = editor.get().orElseThrow().session();
        switch (UnsavedChoice.ask(stage, stylesheets, session.current().title(), problem.get())) {
            case SAVE_AS_FILE -> saveAsFileThenClose(session);
            case QUIT_LOSING_EDITS -> stage.close();
            case KEEP_TRYING -> { }
        }
    }

    /** Why the open editor's last edits are not saved, when they are not and saving has failed. */
    private Optional<String> unsavedProblem() {
        Optional<OpenEditor> open = editor.get();
        if (open.isEmpty() || !open.get().session().dirtyProperty().get()) {
            return Optional.empty();
        }
        String problem = open.get().autosave().problemProperty().get();
        return problem.isEmpty() ? Optional.empty() : Optional.of(problem);
    }

    /** Writes the session's workshop to a chosen file on the library's thread, then closes; on failure says why. */
    private void saveAsFileThenClose(EditorSession session) {
        Workshop workshop = session.current();
        fileDialogs.chooseExportFile(stage, workshop.title()).ifPresent(file -> work.run(
                SafetyTexts.text("activity.savingFile"), () -> {
                    exporter.write(workshop, file);
                    return file;
                }, written -> stage.close(), e -> {
                    Dialogs.message(Alert.AlertType.ERROR, stage, stylesheets, "saveFileFailedDialog",
                            SafetyTexts.text("unsaved.title"), SafetyTexts.text("failure.saveFile", file),
                            String.valueOf(e.getMessage())).show();
                }));
    }
}
