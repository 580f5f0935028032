package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.input.MouseButton;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

import atlantafx.base.theme.Styles;

/**
 * The card kinds to drag onto the canvas (the canvas reads {@link PaletteItem#DATA_FORMAT}), or to click: a click
 * hands the kind to {@code onChoose} (the editor adds such a card to the selected cell).
 */
public final class Palette extends VBox {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    private static final Map<PaletteItem, Ikon> ICONS = Map.of(
            PaletteItem.EXISTING, MaterialDesignC.CARD_OUTLINE,
            PaletteItem.IDEA, MaterialDesignL.LIGHTBULB_ON_OUTLINE,
            PaletteItem.NOTE, MaterialDesignN.NOTE_TEXT_OUTLINE);

    public Palette(Consumer<PaletteItem> onChoose) {
        super(8);
        setId("palette");
        getStyleClass().add("palette");
        Label heading = new Label(TEXTS.get("palette.heading"));
        heading.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().add(heading);
        for (PaletteItem item : PaletteItem.values()) {
            getChildren().add(source(item, onChoose));
        }
    }

    private static Label source(PaletteItem item, Consumer<PaletteItem> onChoose) {
        Label label = new Label(item.label(), new FontIcon(ICONS.get(item)));
        label.setId("palette" + item.name());
        label.getStyleClass().addAll("palette-item", "palette-" + item.name().toLowerCase(java.util.Locale.ROOT));
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        Tooltip tooltip = new Tooltip(TEXTS.get("palette.tip." + item.name()));
        tooltip.setShowDelay(Duration.millis(300));
        label.setTooltip(tooltip);
        label.setAccessibleText(TEXTS.get("palette.tip." + item.name()));
        label.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                onChoose.accept(item);
            }
        });
        label.setOnDragDetected(e -> {
            Dragboard board = label.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(PaletteItem.DATA_FORMAT, item.name());
            board.setContent(content);
            board.setDragView(label.snapshot(null, null));
            e.consume();
        });
        return label;
    }
}
