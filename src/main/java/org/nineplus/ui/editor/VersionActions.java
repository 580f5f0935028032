package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.nineplus.store.VersionInfo;
import org.nineplus.ui.Command;
import org.nineplus.ui.Dialogs;
import org.nineplus.ui.UiWords;

/**
 * The Versions menu: "Save version…" asks for a label; "Versions…" lists the versions with their time and offers to
 * compare one with the workshop on screen or with another version, restore it (one undo step) or open it read-only in
 * a window of its own.
 */
public final class VersionActions {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    private final VersionsModel model;
    private final EditorDialogs dialogs;
    private final Window owner;
    private final List<String> stylesheets;
    private final DateTimeFormatter times;
    private final CanvasView.Factory canvases;
    private final long workshopId;

    final Command saveVersion;
    final Command showVersions;

    /** @param canvases draws a version opened read-only (the window's own canvas factory) */
    public VersionActions(VersionsModel model, EditorDialogs dialogs, Window owner, List<String> stylesheets,
                          Locale locale, CanvasView.Factory canvases, long workshopId) {
        this.canvases = Objects.requireNonNull(canvases, "canvases");
        this.workshopId = workshopId;
        this.model = Objects.requireNonNull(model, "model");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.owner = owner;
        this.stylesheets = List.copyOf(stylesheets);
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault());
        saveVersion = new Command("saveVersion", TEXTS.get("versions.save"), null, MaterialDesignC.CONTENT_SAVE_OUTLINE, null,
                null, this::saveVersion);
        showVersions = new Command("versions", TEXTS.get("versions.list"), null, MaterialDesignH.HISTORY, null, null,
                this::showVersions);
        model.problemProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                Dialogs.message(Alert.AlertType.ERROR, owner, this.stylesheets, "versionProblemDialog",
                        TEXTS.get("versions.title"), TEXTS.get("versions.failed"), now).show();
            }
        });
    }

    public Menu menu() {
        Menu menu = new Menu(TEXTS.get("versions.menu"));
        menu.setId("versionsMenu");
        menu.getItems().addAll(saveVersion.menuItem(), showVersions.menuItem());
        return menu;
    }

    void saveVersion() {
        dialogs.askName(TEXTS.get("versions.saveTitle"), TEXTS.get("versions.saveButton"), "").ifPresent(label -> model.saveVersion(label, saved -> { }));
    }

    /** "after round 1 — 20 Nov 2026, 14:05". */
    String describe(VersionInfo version) {
        return version.label() + " — " + times.format(version.created());
    }

    /** What a version is compared with: another version, or (null) the workshop on screen. */
    private final class Against {
        private final VersionInfo version;

        Against(VersionInfo version) {
            this.version = version;
        }

        VersionInfo version() {
            return version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Against a && Objects.equals(a.version, version);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(version);
        }

        @Override
        public String toString() {
            return version == null ? TEXTS.get("versions.now") : describe(version);
        }
    }

    void showVersions() {
        Dialog<Void> dialog = new Dialog<>();
        DialogPane pane = Dialogs.prepare(dialog, owner, stylesheets, "versionsDialog", TEXTS.get("versions.title"),
                TEXTS.get("versions.header"));
        pane.getButtonTypes().setAll(UiWords.close());

        ListView<VersionInfo> list = new ListView<>(model.versions());
        list.setId("versionList");
        list.setPrefHeight(180);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(VersionInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        Label none = new Label(TEXTS.get("versions.none"));
        none.visibleProperty().bind(Bindings.isEmpty(model.versions()));
        none.managedProperty().bind(none.visibleProperty());

        ListView<String> changes = new ListView<>();
        changes.setId("versionDiffList");
        changes.setPrefHeight(200);
        changes.setPlaceholder(new Label(TEXTS.get("versions.choose")));

        ComboBox<Against> against = new ComboBox<>();
        against.setId("compareAgainst");
        Runnable fillAgainst = () -> {
            Against chosen = against.getValue();
            List<Against> choices = new ArrayList<>();
            choices.add(new Against(null));
            model.versions().forEach(v -> choices.add(new Against(v)));
            against.getItems().setAll(choices);
            against.setValue(chosen != null && choices.contains(chosen) ? chosen : choices.get(0));
        };
        fillAgainst.run();
        model.versions().addListener((ListChangeListener<VersionInfo>) c -> fillAgainst.run());

        BooleanBinding noChoice = list.getSelectionModel().selectedItemProperty().isNull();
        Button compare = new Button(TEXTS.get("versions.compare"));
        compare.setId("compareVersionButton");
        compare.disableProperty().bind(noChoice);
        compare.setOnAction(e -> model.compare(list.getSelectionModel().getSelectedItem(), against.getValue().version(),
                lines -> changes.getItems().setAll(lines.isEmpty() ? List.of(TEXTS.get("versions.noChanges")) : lines)));
        Button restore = new Button(TEXTS.get("versions.restore"));
        restore.setId("restoreVersionButton");
        restore.disableProperty().bind(noChoice);
        restore.setOnAction(e -> model.restore(list.getSelectionModel().getSelectedItem(), dialog::close));
        Button open = new Button(TEXTS.get("versions.open"));
        open.setId("openVersionButton");
        open.disableProperty().bind(noChoice);
        open.setOnAction(e -> {
            VersionInfo chosen = list.getSelectionModel().getSelectedItem();
            model.load(chosen, content -> VersionViewer.open(owner, stylesheets, canvases, workshopId,
                    TEXTS.get("versions.version", chosen.label()), content));
        });

        pane.setContent(new VBox(8, none, list, new HBox(8, compare, against, restore, open), new Label(TEXTS.get("versions.changes")),
                changes));
        pane.setPrefWidth(560);
        model.refresh();
        dialog.showAndWait();
    }
}
