package org.nineplus.ui.library;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.nineplus.store.WorkshopSummary;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

/** The workshops of the library beside the overview of the one opened. Binds to the view model, nothing else. */
final class LibraryView extends SplitPane {

    private final LibraryViewModel model;
    private final TableView<WorkshopSummary> table = new TableView<>();
    private boolean syncing;

    LibraryView(LibraryViewModel model, LibraryActions actions) {
        this.model = model;
        setId("libraryView");
        LibraryFormats formats = LibraryFormats.forUser();

        CustomTextField search = new CustomTextField();
        search.setId("searchField");
        search.setPromptText(Messages.TEXTS.get("view.search"));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.textProperty().bindBidirectional(model.filterProperty());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });

        TableColumn<WorkshopSummary, String> title = new TableColumn<>(Messages.TEXTS.get("view.workshop"));
        title.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().title()));
        title.setPrefWidth(300);
        title.setMinWidth(160);
        TableColumn<WorkshopSummary, Integer> journeys = new TableColumn<>(Messages.TEXTS.get("view.journeys"));
        journeys.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().journeyCount()));
        journeys.setStyle("-fx-alignment: CENTER-RIGHT;");
        journeys.setPrefWidth(96);
        journeys.setMinWidth(96);
        journeys.setMaxWidth(110);
        TableColumn<WorkshopSummary, String> changed = new TableColumn<>(Messages.TEXTS.get("view.lastChanged"));
        changed.setCellValueFactory(row -> new ReadOnlyStringWrapper(formats.lastChanged(row.getValue().lastChanged())));
        changed.setPrefWidth(200);
        changed.setMinWidth(200);
        changed.setMaxWidth(240);
        table.getColumns().setAll(java.util.List.of(title, journeys, changed));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setId("workshopTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setItems(model.visibleWorkshops());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(placeholder());
        table.setRowFactory(view -> {
            TableRow<WorkshopSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.openWorkshop();
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                actions.openWorkshop();
                e.consume();
            }
        });
        // The table takes F2 for cell editing before the menu's accelerator sees it; here F2 means rename.
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && !e.isShortcutDown() && model.canActOnSelectionProperty().get()) {
                e.consume();
                actions.renameWorkshop();
            }
        });
        syncSelection();
        // Keys act on the list once it is there; the search field keeps its prompt visible.
        model.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == LibraryViewModel.Phase.READY) {
                table.requestFocus();
            }
        });

        VBox list = new VBox(search, table);
        list.getStyleClass().add("library-list");
        VBox.setVgrow(table, Priority.ALWAYS);
        list.setMinWidth(360);

        WorkshopOverview overview = new WorkshopOverview(formats);
        overview.workshopProperty().bind(model.openedProperty());
        getItems().addAll(list, overview);
        setDividerPositions(0.55);
        SplitPane.setResizableWithParent(list, false);
    }

    private StackPane placeholder() {
        Label empty = new Label();
        empty.setId("emptyLibraryLabel");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(Bindings.when(model.emptyProperty())
                .then(Messages.TEXTS.get("view.empty"))
                .otherwise(Bindings.createStringBinding(() -> Messages.TEXTS.get("view.noMatch", model.filterProperty().get()),
                        model.filterProperty())));
        StackPane pane = new StackPane(empty);
        pane.setAlignment(Pos.CENTER);
        return pane;
    }

    /** The table's selection and the model's follow each other; the model wins after each list change. */
    private void syncSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((obs, old, item) -> showSelection(item));
        model.visibleWorkshops().addListener((javafx.collections.ListChangeListener<WorkshopSummary>) change ->
                showSelection(model.selectedProperty().get()));
    }

    private void showSelection(WorkshopSummary item) {
        syncing = true;
        try {
            if (item == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(item);
                table.scrollTo(item);
            }
        } finally {
            syncing = false;
        }
    }

    TableView<WorkshopSummary> table() {
        return table;
    }
}
