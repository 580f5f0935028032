package org.nineplus.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.nineplus.ui.Dialogs;
import org.nineplus.ui.FileDialogs;

import atlantafx.base.theme.Styles;

/**
 * File → Export…: the settings on the left, the preview on the right, progress, a message and the buttons below.
 * Export runs on the export thread; Cancel (or closing the dialog) asks it to stop, and the dialog stays responsive
 * throughout. FX thread.
 */
final class ExportDialog {

    private final Stage stage;
    private final ExportDialogModel model;
    private final ExportRunner runner;
    private final FileDialogs files;
    private final Consumer<ExportChoices> remember;
    private final PreviewPane preview;
    private ExportRunner.Running running;

    /** @param remember keeps the choices (off the FX thread) when an export starts and when the dialog closes */
    ExportDialog(Window owner, List<String> stylesheets, ExportDialogModel model, ExportRunner runner,
                 FileDialogs files, Consumer<ExportChoices> remember) {
        this.model = model;
        this.runner = runner;
        this.files = files;
        this.remember = remember;
        this.preview = new PreviewPane(model);

        ExportForm form = new ExportForm(model);
        form.disableProperty().bind(Bindings.createBooleanBinding(() -> model.status().phaseProperty().get()
                == ExportStatus.Phase.PREPARING || model.status().isRunning(), model.status().phaseProperty()));
        form.chooseOutputButton().setOnAction(e -> chooseOutput());

        Label summary = new Label();
        summary.setId("exportSummary");
        summary.setWrapText(true);
        summary.setMaxWidth(PreviewPane.WIDTH);
        summary.textProperty().bind(model.summaryProperty());
        VBox right = new VBox(8, preview, summary);

        HBox middle = new HBox(24, form, right);
        HBox.setHgrow(form, Priority.ALWAYS);

        BorderPane root = new BorderPane(middle);
        root.setId("exportDialog");
        root.getStyleClass().add("export-dialog");
        root.setPadding(new Insets(18));
        root.setBottom(bottom());
        BorderPane.setMargin(root.getBottom(), new Insets(16, 0, 0, 0));

        stage = Dialogs.window(owner, stylesheets, ExportDialogModel.TEXTS.get("dialog.title", model.journey().title()),
                root, Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> {
            e.consume();
            close();
        });
    }

    private VBox bottom() {
        Label problem = new Label();
        problem.setId("exportProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.when(model.sourceProperty().isNull()).then("")
                .otherwise(model.problemProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(model.status().progressProperty());
        progress.visibleProperty().bind(model.status().phaseProperty().isEqualTo(ExportStatus.Phase.RUNNING));
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("exportMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.status().messageProperty());
        model.status().phaseProperty().addListener((obs, old, now) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            if (now == ExportStatus.Phase.FAILED) {
                message.getStyleClass().add(Styles.DANGER);
            } else if (now == ExportStatus.Phase.DONE) {
                message.getStyleClass().add(Styles.SUCCESS);
            }
        });
        HBox status = new HBox(12, progress, message);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setMinHeight(28);
        HBox.setHgrow(message, Priority.ALWAYS);

        Button export = new Button(ExportDialogModel.TEXTS.get("dialog.export"), new FontIcon(MaterialDesignE.EXPORT));
        export.setId("exportButton");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(e -> export());
        Button cancel = new Button(ExportDialogModel.TEXTS.get("dialog.cancelExport"));
        cancel.setId("cancelExportButton");
        cancel.visibleProperty().bind(model.status().phaseProperty().isEqualTo(ExportStatus.Phase.RUNNING));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> cancel());
        Button close = new Button(ExportDialogModel.TEXTS.get("dialog.close"));
        close.setId("closeExportButton");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        ButtonBar.setButtonData(export, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.OTHER);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().setAll(cancel, export, close);
        return new VBox(10, problem, status, buttons);
    }

    void show() {
        stage.show();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void toFront() {
        stage.toFront();
    }

    /** The thumbnail, once painted. */
    void setThumbnail(Image image) {
        preview.setImage(image);
    }

    private void chooseOutput() {
        Path suggested = model.outputProperty().get() != null ? model.outputProperty().get()
                : Path.of(model.defaultFileName());
        ExportFormat format = model.formatProperty().get();
        files.chooseMapExportFile(stage, suggested, format.filterDescription(), format.extension())
                .ifPresent(model::chooseOutput);
    }

    private void export() {
        if (!model.canExportProperty().get()) {
            return;
        }
        ExportRequest request = model.request();
        remember.accept(model.choices());
        model.status().started();
        running = runner.start(request, model.sourceProperty().get(), new ExportRunner.Listener() {
            @Override
            public void progressed(double fraction) {
                model.status().progressed(fraction);
            }

            @Override
            public void finished(Path file) {
                model.status().finished(file);
            }

            @Override
            public void cancelled() {
                model.status().cancelled();
            }

            @Override
            public void failed(String why) {
                model.status().failed(why);
            }
        });
    }

    private void cancel() {
        if (running != null && model.status().isRunning()) {
            running.cancel();
        }
    }

    /** Closes the dialog; a running export is cancelled and leaves no file. */
    void close() {
        cancel();
        if (model.status().phaseProperty().get() != ExportStatus.Phase.PREPARING && !model.status().isRunning()) {
            remember.accept(model.choices());
        }
        stage.hide();
    }
}
