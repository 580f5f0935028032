package org.nineplus.ui.library;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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
        setTop(errorBar());
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

    private Node failurePane(LibraryActions actions) {
        FontIcon icon = new FontIcon(MaterialDesignD.DATABASE_ALERT);
        icon.getStyleClass().add("failure-icon");
        Label heading = new Label(Messages.TEXTS.get("screen.failed"));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label reason = new Label();
        reason.setId("failureLabel");
        reason.setWrapText(true);
        reason.setMaxWidth(640);
        reason.textProperty().bind(model.failureProperty());
        Button choose = new Button(Messages.TEXTS.get("screen.chooseLibrary"));
        choose.setId("chooseLibraryButton");
        choose.getStyleClass().add(Styles.ACCENT);
        choose.setDefaultButton(true);
        choose.setOnAction(e -> actions.chooseLibrary());
        VBox box = new VBox(16, icon, heading, reason, choose);
        box.setAlignment(Pos.CENTER);
        box.setId("failurePane");
        box.getStyleClass().add("failure-pane");
        return box;
    }

    private Node errorBar() {
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
        HBox bar = new HBox(8, message, close);
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
