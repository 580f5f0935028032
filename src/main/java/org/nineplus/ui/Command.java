package org.nineplus.ui;

import java.util.Objects;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One thing the person can do, shown as a menu item and, where it earns the space, a toolbar button. Both share
 * the shortcut, the icon and when it is disabled.
 *
 * @param id the base of the node ids: {@code id + "Menu"} and {@code id + "Button"}
 * @param shortcut the accelerator, or null
 * @param disabled when the command cannot run now, or null for never
 * @param buttonText the short label of the toolbar button ("New")
 */
public record Command(String id, String text, String buttonText, Ikon icon, KeyCombination shortcut,
                      ObservableBooleanValue disabled, Runnable action) {

    public Command {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(action, "action");
    }

    /** "Delete workshop (Delete)". */
    public String tooltipText() {
        String plain = text.replace("…", "").replace("_", "");
        return shortcut == null ? plain : plain + " (" + shortcut.getDisplayText() + ")";
    }

    /**
     * An item for a context menu shown with {@code ContextMenu.show(node, x, y)}: as {@link #menuItem()} but with the
     * id {@code id + "ContextItem"}. It shows the shortcut; such a menu does not register its items' shortcuts in the
     * scene (only a menu set with {@code Control.setContextMenu} does, which would take the menu bar's keys over), so
     * the keys stay the menu bar's.
     */
    public MenuItem contextMenuItem() {
        MenuItem item = menuItem();
        item.setId(id + "ContextItem");
        return item;
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        item.setId(id + "Menu");
        item.setMnemonicParsing(true);
        if (shortcut != null) {
            item.setAccelerator(shortcut);
        }
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    public Button button() {
        Button button = new Button(buttonText, icon == null ? null : new FontIcon(icon));
        button.setId(id + "Button");
        button.setMnemonicParsing(false);
        button.setFocusTraversable(false);
        Tooltip tooltip = new Tooltip(tooltipText());
        tooltip.setShowDelay(Duration.millis(300));
        button.setTooltip(tooltip);
        button.setAccessibleText(tooltipText());
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        button.setOnAction(e -> action.run());
        return button;
    }
}
