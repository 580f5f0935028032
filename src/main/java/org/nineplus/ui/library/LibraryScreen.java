package org.nineplus.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.nineplus.ui.safety.SafetyTexts;

import atlantafx.base.theme.Styles;

/**
 * The library screen below the toolbar: "Opening library…", the reason it could not be opened, or the library;
 * a bar for the last problem above it and a status line below.
 */
public final class LibraryScreen extends BorderPane {

    private final LibraryViewModel model;

    public LibraryScreen(LibraryViewModel model, LibraryActions actions) {
        this.model = model;
        setId("libraryScreen");
        Node opening = openingPane();
        Node failed = failurePane(actions);
        Node library = new LibraryView(model, actions);
        showIn(opening, LibraryViewModel.Phase.OPENING);
        showIn(failed, LibraryViewModel.Phase.FAILED);
        showIn(library, LibraryViewModel.Phase.READY);
        setCenter(new StackPane(library, opening, failed));
        setTop(new VBox(noticeBars(), errorBar(actions)));
        setBottom(statusBar());
    }

    private void showIn(Node node, LibraryViewModel.Phase phase) {
        node.visibleProperty().bind(model.phaseProperty().isEqualTo(phase));
    }

    private Node openingPane() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("openingProgress");
        progress.setPrefSize(64, 64);
        Label text = new Label(Messages.TEXTS.get("screen.opening"));
        text.setId("openingLabel");
        text.getStyleClass().add(Styles.TITLE_3);
        Label path = new Label();
        path.getStyleClass().add(Styles.TEXT_MUTED);
        path.textProperty().bind(Bindings.convert(model.libraryProperty()));
        VBox box = new VBox(16, progress, text, path);
        box.setAlignment(Pos.CENTER);
        box.setId("openingPane");
        return box;
    }

    /**
     * Why the library could not be opened, and what can be done: for a damaged file, restore a backup or start a new
     * empty library (the damaged file is moved aside first, never overwritten); for one another window holds, open a
     * read-only copy or pick another library; otherwise choose another library.
     */
    private Node failurePane(LibraryActions actions) {
        FontIcon icon = new FontIcon(MaterialDesignD.DATABASE_ALERT);
        icon.getStyleClass().add("failure-icon");
        Label heading = new Label();
        heading.setId("failureHeading");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.textProperty().bind(Bindings.createStringBinding(() -> switch (model.troubleProperty().get()) {
            case DAMAGED -> SafetyTexts.text("damaged.heading");
            case LOCKED -> SafetyTexts.text("locked.heading");
            default -> Messages.TEXTS.get("screen.failed");
        }, model.troubleProperty()));
        Label reason = new Label();
        reason.setId("failureLabel");
        reason.setWrapText(true);
        reason.setMaxWidth(640);
        reason.textProperty().bind(Bindings.createStringBinding(() -> explanation(model.troubleProperty().get()),
                model.troubleProperty(), model.failureProperty(), model.libraryProperty()));
        Button restore = troubleButton("restoreBackupChoice", SafetyTexts.text("damaged.restore"),
                actions::restoreBackup, LibraryViewModel.Trouble.DAMAGED);
        Button startEmpty = troubleButton("startEmptyButton", SafetyTexts.text("damaged.startEmpty"),
                model::startEmptyLibrary, LibraryViewModel.Trouble.DAMAGED);
        Button readOnly = troubleButton("openReadOnlyButton", SafetyTexts.text("locked.readOnly"),
                model::openReadOnly, LibraryViewModel.Trouble.LOCKED);
        Button choose = new Button();
        choose.setId("chooseLibraryButton");
        choose.textProperty().bind(Bindings.when(model.troubleProperty().isEqualTo(LibraryViewModel.Trouble.LOCKED))
                .then(SafetyTexts.text("locked.pick")).otherwise(Messages.TEXTS.get("screen.chooseLibrary")));
        choose.setOnAction(e -> actions.chooseLibrary());
        choose.disableProperty().bind(model.busyProperty());
        HBox buttons = new HBox(12, restore, startEmpty, readOnly, choose);
        buttons.setAlignment(Pos.CENTER);
        // The first choice for this trouble is the accented default button (Enter).
        Consumer<LibraryViewModel.Trouble> emphasise = now -> {
            Button first = now == LibraryViewModel.Trouble.DAMAGED ? restore
                    : now == LibraryViewModel.Trouble.LOCKED ? readOnly : choose;
            for (Button b : List.of(restore, startEmpty, readOnly, choose)) {
                b.setDefaultButton(b == first);
                b.getStyleClass().remove(Styles.ACCENT);
            }
            first.getStyleClass().add(Styles.ACCENT);
        };
        emphasise.accept(model.troubleProperty().get());
        model.troubleProperty().addListener((obs, old, now) -> emphasise.accept(now));
        VBox box = new VBox(16, icon, heading, reason, buttons);
        box.setAlignment(Pos.CENTER);
        box.setId("failurePane");
        box.getStyleClass().add("failure-pane");
        return box;
    }

    private String explanation(LibraryViewModel.Trouble trouble) {
        Path file = model.libraryProperty().get();
        String name = file == null ? "" : file.getFileName().toString();
        String base = name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name;
        return switch (trouble) {
            case DAMAGED -> SafetyTexts.text("damaged.explanation", file, base + ".damaged-<time>.mv.db");
            case LOCKED -> SafetyTexts.text("locked.explanation", file);
            default -> model.failureProperty().get();
        };
    }

    private Button troubleButton(String id, String text, Runnable action, LibraryViewModel.Trouble shownFor) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.visibleProperty().bind(model.troubleProperty().isEqualTo(shownFor));
        button.managedProperty().bind(button.visibleProperty());
        button.disableProperty().bind(model.busyProperty());
        return button;
    }

    /** What was recovered or restored (dismissable), and, while the library is a read-only copy, that it is. */
    private Node noticeBars() {
        Label message = new Label();
        message.setId("noticeLabel");
        message.setWrapText(true);
        message.setGraphic(new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
        message.textProperty().bind(model.noticeProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.setId("dismissNoticeButton");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setAccessibleText(SafetyTexts.text("notice.dismiss"));
        close.setOnAction(e -> model.clearNotice());
        HBox notice = new HBox(8, message, close);
        notice.setId("noticeBar");
        notice.getStyleClass().add("notice-bar");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        Label readOnly = new Label();
        readOnly.setId("readOnlyLabel");
        readOnly.setWrapText(true);
        readOnly.setMaxWidth(Double.MAX_VALUE);
        readOnly.setGraphic(new FontIcon(MaterialDesignL.LOCK_OUTLINE));
        readOnly.textProperty().bind(Bindings.createStringBinding(() -> SafetyTexts.text("readOnly.banner",
                model.libraryProperty().get()), model.libraryProperty()));
        HBox readOnlyBar = new HBox(8, readOnly);
        readOnlyBar.setId("readOnlyBar");
        readOnlyBar.getStyleClass().add("notice-bar");
        readOnlyBar.setAlignment(Pos.CENTER_LEFT);
        readOnlyBar.visibleProperty().bind(model.readOnlyProperty().and(
                model.phaseProperty().isEqualTo(LibraryViewModel.Phase.READY)));
        readOnlyBar.managedProperty().bind(readOnlyBar.visibleProperty());
        return new VBox(readOnlyBar, notice);
    }

    private Node errorBar(LibraryActions actions) {
        Label message = new Label();
        message.setId("errorLabel");
        message.setWrapText(true);
        message.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        message.textProperty().bind(model.errorProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.setId("dismissErrorButton");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setAccessibleText(Messages.TEXTS.get("screen.dismiss"));
        close.setOnAction(e -> model.clearError());
        // A workshop whose rows break the rules: a backup from before the change brings it back.
        Button restore = new Button(SafetyTexts.text("damaged.restore"));
        restore.setId("errorRestoreButton");
        restore.setTooltip(new Tooltip(Messages.TEXTS.get("screen.restoreBroken.tooltip")));
        restore.setOnAction(e -> actions.restoreBackup());
        restore.visibleProperty().bind(model.restoreOfferedProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.disableProperty().bind(model.busyProperty());
        restore.setMinWidth(Region.USE_PREF_SIZE); // the long message wraps; the button keeps its words
        HBox bar = new HBox(8, message, restore, close);
        bar.setId("errorBar");
        bar.getStyleClass().add("error-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.errorProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("busyIndicator");
        spinner.setPrefSize(16, 16);
        Label activity = new Label();
        activity.setId("activityLabel");
        activity.textProperty().bind(model.activityProperty());
        HBox busy = new HBox(6, spinner, activity);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.busyProperty());
        Label library = new Label();
        library.setId("libraryPathLabel");
        library.getStyleClass().add(Styles.TEXT_MUTED);
        library.textProperty().bind(Bindings.convert(model.libraryProperty()));
        library.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, busy, library);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
