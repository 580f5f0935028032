package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.util.List;
import java.util.stream.Stream;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The set-up every dialog shares, on a real window: owner, stylesheets, id, title, header, Enter and Esc. */
@ExtendWith(ApplicationExtension.class)
class DialogsTest {

    private static final List<String> STYLESHEETS =
            List.of(DialogsTest.class.getResource(Workbench.STYLESHEET).toExternalForm());

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("owner")), 400, 300));
        stage.show();
    }

    @AfterEach
    void hideTheOthers(FxRobot robot) {
        robot.interact(() -> Stream.of(Window.getWindows().toArray(Window[]::new))
                .filter(w -> w != stage && w.isShowing()).forEach(Window::hide));
    }

    /** A question with a name field over the test's window, shown and not waited for. */
    private final class Question {
        final Dialog<String> dialog = new Dialog<>();
        final TextField field = new TextField("Claim journey");
        final SimpleBooleanProperty invalid = new SimpleBooleanProperty(false);
        final DialogPane pane;
        final Button ok;

        Question() {
            pane = Dialogs.prepare(dialog, stage, STYLESHEETS, "testDialog", "Rename journey", "Rename the journey");
            pane.setContent(field);
            ok = Dialogs.okCancel(dialog, "Rename", UiWords.cancel(), invalid, () -> field.getText().strip());
            Dialogs.focusSelected(field);
            dialog.show();
        }

        Button cancel() {
            return (Button) pane.lookupButton(pane.getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow());
        }
    }

    private Question ask() throws Exception {
        Question question = onFx(Question::new);
        waitUntil(() -> question.dialog.isShowing() && question.field.isFocused());
        return question;
    }

    /** Presses {@code key}, waits until the dialog has closed, and returns its answer. */
    private static Object answerAfter(FxRobot robot, KeyCode key, Dialog<?> dialog) throws Exception {
        robot.push(key);
        waitUntil(() -> !dialog.isShowing());
        return onFx(dialog::getResult);
    }

    @Test
    void theDialogHasItsOwnerStylesheetsIdTitleHeaderAndButtons() throws Exception {
        Question question = ask();

        assertThat(onFx(() -> question.dialog.getOwner())).isSameAs(stage);
        assertThat(onFx(() -> question.pane.getStylesheets())).containsExactlyElementsOf(STYLESHEETS);
        assertThat(onFx(() -> question.pane.getScene().getRoot())).as("the pane is the window's content")
                .isSameAs(question.pane);
        assertThat(onFx(() -> question.pane.getId())).isEqualTo("testDialog");
        assertThat(onFx(() -> question.dialog.getTitle())).isEqualTo("Rename journey");
        assertThat(onFx(() -> question.pane.getHeaderText())).isEqualTo("Rename the journey");

        assertThat(onFx(() -> question.ok.getText())).isEqualTo("Rename");
        assertThat(onFx(() -> question.ok.isDefaultButton())).as("OK is the default button").isTrue();
        assertThat(onFx(() -> question.ok.isCancelButton())).isFalse();
        Button cancel = onFx(question::cancel);
        assertThat(onFx(cancel::getText)).isEqualTo(UiWords.TEXTS.get("cancel"));
        assertThat(onFx(cancel::isCancelButton)).as("Cancel is the cancel button").isTrue();
        assertThat(onFx(cancel::isDefaultButton)).isFalse();
        assertThat(onFx(() -> question.field.getSelectedText())).as("the field's text is selected to be typed over")
                .isEqualTo("Claim journey");
    }

    @Test
    void escapeGivesTheCancelAnswerAnEmptyOne(FxRobot robot) throws Exception {
        Question question = ask();

        assertThat(answerAfter(robot, KeyCode.ESCAPE, question.dialog)).isNull();
    }

    @Test
    void enterChoosesOkAndTheAnswerIsReadThen(FxRobot robot) throws Exception {
        Question question = ask();
        robot.targetWindow(question.pane.getScene().getWindow()).write("  Online order ");
        String typed = onFx(question.field::getText);
        assertThat(typed).as("typing replaces the selected text").isEqualTo("  Online order ");

        assertThat(answerAfter(robot, KeyCode.ENTER, question.dialog)).isEqualTo("Online order");
    }

    @Test
    void okStaysDisabledWhileTheAnswerIsInvalidAndEnterThenDoesNothing(FxRobot robot) throws Exception {
        Question question = ask();
        robot.interact(() -> question.invalid.set(true));
        assertThat(onFx(() -> question.ok.isDisabled())).isTrue();

        robot.push(KeyCode.ENTER);
        assertThat(onFx(() -> question.dialog.isShowing())).as("Enter does not choose a disabled OK").isTrue();

        robot.interact(() -> question.invalid.set(false));
        assertThat(onFx(() -> question.ok.isDisabled())).isFalse();
        assertThat(answerAfter(robot, KeyCode.ENTER, question.dialog)).isEqualTo("Claim journey");
    }

    @Test
    void anAlertKeepsItsOwnButtonsAndEscapeChoosesItsCancelButton(FxRobot robot) throws Exception {
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = UiWords.cancel();
        Alert alert = onFx(() -> {
            Alert a = new Alert(
                    Alert.AlertType.CONFIRMATION, "", delete, cancel);
            DialogPane pane = Dialogs.prepare(a, stage, STYLESHEETS, null, "Delete card", null);
            pane.setContentText("The card goes.");
            a.show();
            return a;
        });
        waitUntil(alert::isShowing);
        assertThat(onFx(alert::getOwner)).isSameAs(stage);
        assertThat(onFx(() -> alert.getDialogPane().getStylesheets())).containsExactlyElementsOf(STYLESHEETS);
        assertThat(onFx(alert::getTitle)).isEqualTo("Delete card");
        assertThat(onFx(alert::getHeaderText)).as("no header when none is given").isNull();
        assertThat(onFx(() -> alert.getDialogPane().getButtonTypes())).containsExactly(delete, cancel);

        assertThat(answerAfter(robot, KeyCode.ESCAPE, alert)).isSameAs(cancel);
    }

    @Test
    void aMessageHasOneOkInTheUsersLanguageItsOwnTitleAndHeaderAndEscapeClosesIt(FxRobot robot) throws Exception {
        Alert alert = onFx(() -> {
            Alert a = Dialogs.message(Alert.AlertType.ERROR, stage, STYLESHEETS, "problemDialog", "Versions",
                    "That did not work", "The library could not do that: the disk is full");
            a.show();
            return a;
        });
        waitUntil(alert::isShowing);
        DialogPane pane = alert.getDialogPane();
        assertThat(onFx(alert::getOwner)).isSameAs(stage);
        assertThat(onFx(pane::getStylesheets)).containsExactlyElementsOf(STYLESHEETS);
        assertThat(onFx(pane::getId)).isEqualTo("problemDialog");
        assertThat(onFx(alert::getTitle)).as("not JavaFX's \"Error\"").isEqualTo("Versions");
        assertThat(onFx(alert::getHeaderText)).isEqualTo("That did not work");
        assertThat(onFx(alert::getContentText)).isEqualTo("The library could not do that: the disk is full");
        ButtonType ok = onFx(() -> pane.getButtonTypes().get(0));
        assertThat(onFx(pane::getButtonTypes)).as("one button, not JavaFX's own OK").hasSize(1)
                .doesNotContain(ButtonType.OK);
        assertThat(ok.getText()).isEqualTo(UiWords.TEXTS.get("ok"));
        assertThat(onFx(() -> ((Button) pane.lookupButton(ok)).isDefaultButton())).isTrue();

        assertThat(answerAfter(robot, KeyCode.ESCAPE, alert)).as("Esc closes it, as the window's close button does")
                .isNull();
    }

    private Stage shownWindow(String title, Parent root, double width, double height) throws Exception {
        return onFx(() -> {
            Stage window = Dialogs.window(stage, STYLESHEETS, title, root, width, height);
            window.show();
            return window;
        });
    }

    @Test
    void aWindowOfItsOwnHasTheOwnerStylesheetsTitleAndSize() throws Exception {
        StackPane sized = new StackPane(new Label("a version, read-only"));
        Stage window = shownWindow("Claim journey — after round 1", sized, 640, 480);
        assertThat(onFx(window::getOwner)).isSameAs(stage);
        assertThat(onFx(window::getTitle)).isEqualTo("Claim journey — after round 1");
        assertThat(onFx(() -> window.getScene().getStylesheets())).containsExactlyElementsOf(STYLESHEETS);
        assertThat(onFx(() -> window.getScene().getRoot())).isSameAs(sized);
        assertThat(onFx(() -> window.getScene().getWidth())).isEqualTo(640.0);
        assertThat(onFx(() -> window.getScene().getHeight())).isEqualTo(480.0);

        StackPane fitted = new StackPane();
        fitted.setPrefSize(333, 222);
        Stage fitting = shownWindow("Export", fitted, -1, -1);
        assertThat(onFx(() -> fitting.getScene().getWidth())).as("-1 takes the content's size").isEqualTo(333.0);
        assertThat(onFx(() -> fitting.getScene().getHeight())).isEqualTo(222.0);
    }
}
