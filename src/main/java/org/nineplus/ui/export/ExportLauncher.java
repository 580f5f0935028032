package org.nineplus.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import javafx.application.Platform;
import javafx.stage.Window;

import org.nineplus.advice.Advisor;
import org.nineplus.export.AdviceMarks;
import org.nineplus.export.ExportSource;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.render.LayoutOptions;
import org.nineplus.ui.FileDialogs;

/**
 * Opens the export dialog for the journey on screen and owns the export thread: one daemon thread of its own, so an
 * export never holds up the library's thread or the autosave. On that thread the dialog's choices are recalled and
 * remembered ({@link ExportMemory}), the map is laid out with the canvas's options and its thumbnail painted; the
 * results go to the FX thread. One dialog at a time.
 */
public final class ExportLauncher {

    private static final int THUMBNAIL_MAX_SCALE = 2;

    private final ExecutorService exportThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "nineplus-export");
        thread.setDaemon(true);
        return thread;
    });
    private final ExportRunner runner = new ExportRunner(exportThread, Platform::runLater);
    private final ExportMemory memory;
    private final FileDialogs files;
    private final List<String> stylesheets;
    private final Locale locale;
    private ExportDialog open;

    public ExportLauncher(ExportMemory memory, FileDialogs files, List<String> stylesheets, Locale locale) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.files = Objects.requireNonNull(files, "files");
        this.stylesheets = List.copyOf(stylesheets);
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * Shows the dialog for a journey of a workshop as it is now. FX thread.
     *
     * @param options the canvas's layout options (column widths), so the file looks like the screen
     * @param budget the advisor panel's budget for the advisor page, or null
     */
    public void open(Window owner, Workshop workshop, Journey journey, LayoutOptions options, Double budget) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return;
        }
        ExportDialogModel model = new ExportDialogModel(workshop, journey, budget, locale, ExportChoices.defaults());
        ExportDialog dialog = new ExportDialog(owner, stylesheets, model, runner, files, this::remember);
        open = dialog;
        dialog.show();
        double outputScale = Math.min(THUMBNAIL_MAX_SCALE, Math.max(1, owner.getOutputScaleX()));
        try {
            exportThread.execute(() -> {
                ExportChoices choices = withFolder(memory.recall());
                // The advisor's marks at the panel's budget, as the canvas shows them.
                ExportSource source = ExportSource.of(workshop, journey, options).withDecorations(
                        AdviceMarks.of(journey, Advisor.advise(journey, budget, locale)));
                Platform.runLater(() -> {
                    model.restore(choices);
                    model.setSource(source);
                });
                MapThumbnail thumbnail = MapThumbnail.paint(source,
                        (int) (PreviewPane.WIDTH * outputScale), (int) (PreviewPane.HEIGHT * outputScale));
                Platform.runLater(() -> dialog.setThumbnail(thumbnail.toImage()));
            });
        } catch (RejectedExecutionException e) {
            dialog.close();
        }
    }

    private void remember(ExportChoices choices) {
        try {
            exportThread.execute(() -> memory.remember(choices));
        } catch (RejectedExecutionException e) {
            // closing: the choices of this last dialog are not kept
        }
    }

    /** The remembered folder if it still exists, else Documents in the home folder, else the home folder. */
    private static ExportChoices withFolder(ExportChoices choices) {
        Path folder = choices.folder();
        if (folder == null || !Files.isDirectory(folder)) {
            Path home = Path.of(System.getProperty("user.home"));
            folder = Files.isDirectory(home.resolve("Documents")) ? home.resolve("Documents") : home;
        }
        return new ExportChoices(choices.format(), choices.page(), choices.orientation(), choices.placement(),
                choices.tileSheet(), choices.dpi(), choices.scale(), choices.overlapMm(), choices.advisorPage(),
                folder);
    }

    /** Closes an open dialog (cancelling its export) and stops the export thread. FX thread. */
    public void close() {
        if (open != null && open.isShowing()) {
            open.close();
        }
        exportThread.shutdown();
    }
}
