package org.nineplus.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.testfx.api.FxRobot;

/**
 * The words a dialog shows of its own (its window's title, its header and its buttons) and the checks of the Dutch
 * window tests: none of them is one of JavaFX's English words, and Esc still closes the dialog.
 */
public final class DialogLanguage {

    /**
     * JavaFX's own dialog words: its buttons and an alert's default title and header, English whatever the language.
     * "OK" is also the Dutch word, so JavaFX's OK is caught by its button type instead (see {@link #JAVAFX_BUTTONS}).
     */
    public static final List<String> JAVAFX_ENGLISH = List.of("Cancel", "Close", "Error", "Warning", "Confirmation",
            "Information", "Yes", "No", "Apply", "Finish", "Next", "Previous");

    /** JavaFX's own buttons, whose texts are English in a Dutch window. */
    public static final List<ButtonType> JAVAFX_BUTTONS = List.of(ButtonType.OK, ButtonType.CANCEL, ButtonType.CLOSE,
            ButtonType.YES, ButtonType.NO, ButtonType.APPLY, ButtonType.FINISH, ButtonType.NEXT, ButtonType.PREVIOUS);

    private DialogLanguage() {
    }

    /** Waits until a dialog whose pane has the id {@code id} shows, and returns its pane. */
    public static DialogPane awaitShowing(String id) throws Exception {
        waitUntil(() -> showing(id) != null);
        return onFx(() -> showing(id));
    }

    private static DialogPane showing(String id) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null
                    && window.getScene().getRoot() instanceof DialogPane pane && id.equals(pane.getId())) {
                return pane;
            }
        }
        return null;
    }

    /** The title of the dialog's window. */
    public static String title(DialogPane pane) throws Exception {
        return onFx(() -> ((Stage) pane.getScene().getWindow()).getTitle());
    }

    /** The texts of the dialog's buttons, in their order. */
    public static List<String> buttons(DialogPane pane) throws Exception {
        return onFx(() -> pane.getButtonTypes().stream().map(b -> ((Labeled) pane.lookupButton(b)).getText())
                .toList());
    }

    /**
     * Asserts that the dialog's title, header and buttons show none of JavaFX's English words, that none of its
     * buttons is one of JavaFX's own, and that its title, header and buttons together show every one of {@code dutch}.
     */
    public static void assertDutch(DialogPane pane, String... dutch) throws Exception {
        List<String> words = new ArrayList<>(buttons(pane));
        words.add(title(pane));
        String header = onFx(pane::getHeaderText);
        if (header != null) {
            words.add(header);
        }
        String id = onFx(pane::getId);
        assertThat(words).as("the words of " + id).doesNotContainAnyElementsOf(JAVAFX_ENGLISH).contains(dutch);
        assertThat(onFx(pane::getButtonTypes)).as("the buttons of " + id).doesNotContainAnyElementsOf(JAVAFX_BUTTONS);
    }

    /** Presses Esc in the dialog and waits until it has closed. */
    public static void escape(FxRobot robot, DialogPane pane) throws Exception {
        Window window = onFx(() -> pane.getScene().getWindow());
        robot.targetWindow(window).push(KeyCode.ESCAPE);
        waitUntil(() -> !window.isShowing());
    }
}
