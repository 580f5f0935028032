package org.nineplus.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.skin.ToolBarSkin;

/**
 * The window's toolbar, which keeps every item in sight instead of hiding the last ones behind the {@code >>}
 * overflow menu. When the buttons with their words do not fit the width (a laptop at 1280 or 1366 pixels, or the
 * longer Dutch words), the buttons give up their words group by group, from the left (the groups are the runs
 * between separators), until everything fits; the icons stay, and so do each button's tooltip (the command and its
 * shortcut), accessible text, id and shortcut. When the window is wide enough again, the words come back.
 */
public final class FittingToolBar extends ToolBar {

    /** The content display a button had with its words, kept while it shows only its icon. */
    private static final String WORDS_DISPLAY = "nineplus.toolbar.wordsDisplay";
    /**
     * Room kept free: with the items exactly as wide as the toolbar, its box still squeezes the buttons by a few
     * pixels (their words end in "…").
     */
    private static final double SLACK = 8;

    public FittingToolBar() {
        getStyleClass().add("fitting-tool-bar");
    }

    @Override
    protected void layoutChildren() {
        fitWords();
        super.layoutChildren();
    }

    /** Every button with its words, then group after group without, until the items fit the width. */
    private void fitWords() {
        if (getSkin() == null || getOrientation() != Orientation.HORIZONTAL || getWidth() <= 0) {
            return;
        }
        List<List<Labeled>> groups = wordedGroups();
        groups.forEach(group -> group.forEach(button -> showWords(button, true)));
        double room = snapSizeX(getWidth()) - snappedLeftInset() - snappedRightInset();
        for (List<Labeled> group : groups) {
            if (needed() + SLACK <= room) {
                return;
            }
            group.forEach(button -> showWords(button, false));
        }
    }

    /** The width the items ask for, counted as the toolbar's skin counts before it moves items to the overflow. */
    private double needed() {
        double spacing = spacing();
        double width = -spacing;
        for (Node item : getItems()) {
            if (item.isManaged()) {
                width += snapSizeX(item.prefWidth(-1)) + spacing;
            }
        }
        return width;
    }

    /** The buttons that have both an icon and words, in runs between separators, from the left. */
    private List<List<Labeled>> wordedGroups() {
        List<List<Labeled>> groups = new ArrayList<>();
        List<Labeled> group = new ArrayList<>();
        for (Node item : getItems()) {
            if (item instanceof Separator && !group.isEmpty()) {
                groups.add(group);
                group = new ArrayList<>();
            } else if (item instanceof Labeled button && hasWordsAndIcon(button)) {
                group.add(button);
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    private static boolean hasWordsAndIcon(Labeled button) {
        boolean words = button.getText() != null && !button.getText().isBlank();
        boolean chosenIconOnly = button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                && !button.getProperties().containsKey(WORDS_DISPLAY);
        return words && button.getGraphic() != null && !chosenIconOnly;
    }

    private static void showWords(Labeled button, boolean words) {
        Object kept = button.getProperties().get(WORDS_DISPLAY);
        if (words && kept instanceof ContentDisplay display) {
            button.getProperties().remove(WORDS_DISPLAY);
            button.setContentDisplay(display);
            button.requestLayout();
        } else if (!words && kept == null) {
            button.getProperties().put(WORDS_DISPLAY, button.getContentDisplay());
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            button.requestLayout();
        }
    }

    /** The gap the skin puts between items ({@code -fx-spacing} of the toolbar, a property of its skin). */
    private double spacing() {
        if (!(getSkin() instanceof ToolBarSkin)) {
            return 0;
        }
        for (CssMetaData<? extends Styleable, ?> meta : ToolBarSkin.getClassCssMetaData()) {
            if ("-fx-spacing".equals(meta.getProperty())) {
                @SuppressWarnings("unchecked")
                CssMetaData<ToolBar, ?> spacing = (CssMetaData<ToolBar, ?>) meta;
                if (spacing.getStyleableProperty(this) != null
                        && spacing.getStyleableProperty(this).getValue() instanceof Number number) {
                    return number.doubleValue();
                }
            }
        }
        return 0;
    }
}
