package org.nineplus.ui.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nineplus.testing.DialogLanguage;
import org.nineplus.testing.InDutch;
import org.nineplus.ui.UiWords;
import org.nineplus.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Start voting round…" and its warning in Dutch, on a real window: Annuleren and OK from the bundles instead of
 * JavaFX's English Cancel and OK, the warning titled in Dutch, and Esc still cancels or closes.
 */
@ExtendWith({InDutch.class, ApplicationExtension.class})
class StartRoundDialogDutchTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Stage stage;
    private StartRoundDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("the editor")), 500, 400));
        stage.show();
        dialog = new StartRoundDialog(stage,
                List.of(getClass().getResource(Workbench.STYLESHEET).toExternalForm()), new VotingTexts(DUTCH));
    }

    @AfterEach
    void hideTheOthers(FxRobot robot) {
        robot.interact(() -> Stream.of(Window.getWindows().toArray(Window[]::new))
                .filter(w -> w != stage && w.isShowing()).forEach(Window::hide));
    }

    @Test
    void theQuestionIsDutchAndEscCancelsIt(FxRobot robot) throws Exception {
        AtomicReference<Optional<RoundSetup>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialog.ask(List.of("Anna", "Bas"), 4)));
        DialogPane pane = DialogLanguage.awaitShowing("votingDialog");

        DialogLanguage.assertDutch(pane, "Stemronde starten", "Starten", "Annuleren");
        assertThat(DialogLanguage.buttons(pane)).containsExactly("Starten", "Annuleren");

        DialogLanguage.escape(robot, pane);
        waitUntil(() -> answer.get() != null);
        assertThat(answer.get()).as("Esc cancels: no round").isEmpty();
    }

    @Test
    void theWarningIsDutchWithTheBundlesOkAndEscClosesIt(FxRobot robot) throws Exception {
        String problem = new VotingTexts(DUTCH).get("problem.dots", 20);
        AtomicReference<Boolean> told = new AtomicReference<>(false);
        Platform.runLater(() -> {
            dialog.tell(problem);
            told.set(true);
        });
        DialogPane pane = DialogLanguage.awaitShowing("votingProblemDialog");

        DialogLanguage.assertDutch(pane, "Stemronde starten");
        assertThat(DialogLanguage.buttons(pane)).containsExactly(UiWords.TEXTS.in(DUTCH).get("ok"));
        assertThat(onFx(pane::getContentText)).isEqualTo("Het aantal stippen per deelnemer moet 1 tot 20 zijn.");
        assertThat(onFx(pane::getHeaderText)).as("no English \"Warning\" header").isNull();
        assertThat(onFx(() -> pane.getStylesheets())).as("the app's stylesheet").isNotEmpty();

        DialogLanguage.escape(robot, pane);
        waitUntil(told::get);
    }
}
