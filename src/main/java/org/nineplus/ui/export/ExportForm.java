package org.nineplus.ui.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import javafx.util.StringConverter;

import org.nineplus.export.Orientation;
import org.nineplus.export.PageSize;

import atlantafx.base.theme.Styles;

/**
 * The export dialog's settings, bound to its model. A setting that does not apply to the chosen format is disabled,
 * and its row (which, unlike a disabled control, still gets the mouse) shows the reason as a tooltip.
 */
final class ExportForm extends GridPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Button chooseOutput = new Button(ExportDialogModel.TEXTS.get("form.choose"));

    ExportForm(ExportDialogModel model) {
        setId("exportForm");
        getStyleClass().add("export-form");
        setHgap(12);
        setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, controls);
        Reasons why = model.unavailable();

        Map<ExportFormat, Toggle> formats = new LinkedHashMap<>();
        ToggleGroup formatGroup = new ToggleGroup();
        HBox formatButtons = new HBox();
        for (ExportFormat f : ExportFormat.values()) {
            ToggleButton button = new ToggleButton(f.toString());
            button.setId("format" + f);
            button.setToggleGroup(formatGroup);
            button.getStyleClass().add(f.ordinal() == 0 ? Styles.LEFT_PILL
                    : f.ordinal() == ExportFormat.values().length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            formats.put(f, button);
            formatButtons.getChildren().add(button);
        }
        bindToggles(formatGroup, model.formatProperty(), formats);
        row(0, ExportDialogModel.TEXTS.get("form.format"), null, formatButtons);

        Map<MapPlacement, Toggle> placements = new LinkedHashMap<>();
        ToggleGroup placementGroup = new ToggleGroup();
        HBox placementRow = new HBox(14);
        for (MapPlacement p : MapPlacement.values()) {
            RadioButton radio = new RadioButton(p.toString());
            radio.setId("placement" + p.name());
            radio.setToggleGroup(placementGroup);
            placements.put(p, radio);
            ObservableStringValue reason = p == MapPlacement.FIT_TO_PAGE ? why.fit()
                    : p == MapPlacement.TILES ? why.tilePlacement() : null;
            placementRow.getChildren().add(wrap(reason, radio));
        }
        bindToggles(placementGroup, model.placementProperty(), placements);
        row(1, ExportDialogModel.TEXTS.get("form.placement"), null, placementRow);

        ComboBox<PageSize> page = combo("pageCombo", List.of(PageSize.values()), model.pageProperty());
        row(2, ExportDialogModel.TEXTS.get("form.pageSize"), why.page(), page);
        ComboBox<Orientation> orientation = combo("orientationCombo", List.of(Orientation.AUTO,
                Orientation.PORTRAIT, Orientation.LANDSCAPE), model.orientationProperty());
        orientation.setConverter(new StringConverter<>() {
            @Override
            public String toString(Orientation o) {
                return o == null ? "" : ExportDialogModel.TEXTS.get("form.orientation." + o.name());
            }

            @Override
            public Orientation fromString(String text) {
                return null;
            }
        });
        row(3, ExportDialogModel.TEXTS.get("form.orientation"), why.orientation(), orientation);

        ComboBox<PageSize> sheet = combo("tileSheetCombo", List.of(PageSize.A4, PageSize.A3),
                model.tileSheetProperty());
        TextField overlap = field("overlapField", 4, model.overlapProblemProperty());
        overlap.textProperty().bindBidirectional(model.overlapTextProperty());
        row(4, ExportDialogModel.TEXTS.get("form.tileSheets"), why.tiles(), sheet, new Label(ExportDialogModel.TEXTS.get("form.overlap")), overlap, new Label("mm"));

        TextField scale = field("scaleField", 5, model.scaleProblemProperty());
        scale.textProperty().bindBidirectional(model.scaleTextProperty());
        Label scaleHint = new Label("1 = 100 %");
        scaleHint.getStyleClass().add("export-note");
        row(5, ExportDialogModel.TEXTS.get("form.scale"), why.scale(), scale, scaleHint);

        TextField dpi = field("dpiField", 4, model.dpiProblemProperty());
        dpi.textProperty().bindBidirectional(model.dpiTextProperty());
        Label pixels = new Label();
        pixels.setId("pixelSizeLabel");
        pixels.textProperty().bind(model.pixelSizeProperty());
        row(6, ExportDialogModel.TEXTS.get("form.resolution"), why.dpi(), dpi, new Label("dpi"), pixels);

        CheckBox advisor = new CheckBox(ExportDialogModel.TEXTS.get("form.advisor"));
        advisor.setId("advisorPageCheck");
        advisor.selectedProperty().bindBidirectional(model.advisorPageProperty());
        row(7, "", why.advisorPage(), advisor);

        TextField output = new TextField();
        output.setId("outputField");
        output.setEditable(false);
        output.setPrefColumnCount(18);
        output.textProperty().bind(Bindings.createStringBinding(() -> model.outputProperty().get() == null ? ""
                : model.outputProperty().get().toString(), model.outputProperty()));
        output.setPromptText(ExportDialogModel.TEXTS.get("form.filePrompt"));
        // The end of the path (the file name) matters most; the whole path is in the tooltip.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(output.textProperty());
        output.setTooltip(whole);
        output.textProperty().addListener((obs, old, now) -> Platform.runLater(output::end));
        HBox.setHgrow(output, Priority.ALWAYS);
        chooseOutput.setId("chooseOutputButton");
        row(8, ExportDialogModel.TEXTS.get("form.file"), null, output, chooseOutput);
    }

    /** The "Choose…" button beside the file name. */
    Button chooseOutputButton() {
        return chooseOutput;
    }

    private void row(int index, String text, ObservableStringValue reason, Node... controls) {
        Label label = new Label(text);
        HBox wrapper = wrap(reason, controls);
        wrapper.setMaxWidth(Double.MAX_VALUE);
        if (reason != null) {
            label.disableProperty().bind(Bindings.isNotEmpty(reason));
        }
        if (controls.length > 0 && controls[0] instanceof javafx.scene.control.Control control) {
            label.setLabelFor(control);
        }
        add(label, 0, index);
        add(wrapper, 1, index);
    }

    /** Controls in a row that is disabled, with the reason as its tooltip, while the reason is not empty. */
    private static HBox wrap(ObservableStringValue reason, Node... controls) {
        HBox wrapper = new HBox(8, controls);
        wrapper.setAlignment(Pos.CENTER_LEFT);
        if (reason != null) {
            BooleanBinding unavailable = Bindings.isNotEmpty(reason);
            Tooltip tip = new Tooltip();
            tip.setShowDelay(Duration.millis(300));
            tip.textProperty().bind(reason);
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            for (Node control : controls) {
                control.disableProperty().bind(unavailable);
            }
            Runnable install = () -> {
                if (unavailable.get()) {
                    Tooltip.install(wrapper, tip);
                } else {
                    Tooltip.uninstall(wrapper, tip);
                }
            };
            unavailable.addListener((obs, old, now) -> install.run());
            install.run();
        }
        return wrapper;
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, ObjectProperty<T> value) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(items);
        combo.valueProperty().bindBidirectional(value);
        combo.setPrefWidth(140);
        return combo;
    }

    private static TextField field(String id, int columns, ObservableStringValue problem) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        problem.addListener((obs, old, now) -> field.pseudoClassStateChanged(INVALID, !now.isEmpty()));
        field.pseudoClassStateChanged(INVALID, !problem.get().isEmpty());
        return field;
    }

    private static <T> void bindToggles(ToggleGroup group, ObjectProperty<T> value, Map<T, Toggle> toggles) {
        toggles.forEach((key, toggle) -> toggle.setUserData(key));
        group.selectToggle(toggles.get(value.get()));
        value.addListener((obs, old, now) -> group.selectToggle(toggles.get(now)));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(toggles.get(value.get()));
            } else {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
    }
}
