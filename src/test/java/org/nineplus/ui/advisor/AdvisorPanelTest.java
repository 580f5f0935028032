package org.nineplus.ui.advisor;

import static org.nineplus.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nineplus.edit.CardCommands;
import org.nineplus.model.Card;
import org.nineplus.model.KanoSurvey;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.Workbench;
import org.nineplus.ui.editor.EditorSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;

/**
 * The panel on domain.md's worked example, headless, driven through the same session the inspector and canvas use.
 * (The lead adds the inspector step when the editor window is merged; here the score changes by the same command.)
 */
@ExtendWith(ApplicationExtension.class)
class AdvisorPanelTest {

    private EditorSession session;
    private AdvisorPanel panel;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = new EditorSession(1, TestWorkshops.workedExample(), 100);
        panel = new AdvisorPanel(session, Locale.US);
        Scene scene = new Scene(panel, 400, 700);
        scene.getStylesheets().add(Workbench.class.getResource(Workbench.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    // ---- helpers

    private void edit(Card changed) throws Exception {
        onFx(() -> session.execute(CardCommands.update("j1", changed, "Change score")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Card card(String id) {
        return session.journey().orElseThrow().card(id).orElseThrow();
    }

    private List<String> texts(FxRobot robot, String query) throws Exception {
        return onFx(() -> robot.from(panel).lookup(query).queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList());
    }

    /** Scrolls the panel so that a node is in view, as a person would before clicking it. */
    private void reveal(FxRobot robot, String query) throws Exception {
        onFx(() -> {
            Node node = robot.from(panel).lookup(query).query();
            Node content = panel.getContent();
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - panel.getViewportBounds().getHeight();
            panel.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (inContent.getMinY() - 40) / room)));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeBudget(FxRobot robot, String text) throws Exception {
        reveal(robot, "#advisorBudgetField");
        robot.clickOn("#advisorBudgetField").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE)
                .write(text).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- tests

    @Test
    void eachStageShowsItsVerdictInWordsAndItsBasicScore(FxRobot robot) throws Exception {
        assertThat(texts(robot, "#advisorStage-S2 .label")).contains("Report a claim", "Basics 6.0", "Fix the basics");
        assertThat(texts(robot, "#advisorStage-S1 .label")).contains("Good enough at 7+");
        assertThat(onFx(() -> robot.from(panel).lookup("#advisorStage-S2").query().getStyleClass()))
                .contains("verdict-fix-basics");
    }

    @Test
    void changingAScoreChangesTheVerdictShown(FxRobot robot) throws Exception {
        edit(card("e2").withScore(7.5));

        assertThat(texts(robot, "#advisorStage-S2 .label")).contains("Ready for 9+", "Basics 7.5")
                .doesNotContain("Fix the basics");
        assertThat(onFx(() -> robot.from(panel).lookup("#advisorStage-S2").query().getStyleClass()))
                .contains("verdict-ready-for-9plus").doesNotContain("verdict-fix-basics");
    }

    @Test
    void aTypedBudgetFundsIdeasAndSplitsTheBar(FxRobot robot) throws Exception {
        assertThat(onFx(() -> robot.from(panel).lookup("#advisorBudgetHint").query().isVisible())).isTrue();

        typeBudget(robot, "60,000");

        assertThat(onFx(() -> robot.from(panel).lookup("#advisorBudgetHint").query().isVisible())).isFalse();
        assertThat(texts(robot, "#advisorBasicAmount")).containsExactly("$20,000");
        assertThat(texts(robot, "#advisorDistinctiveAmount")).containsExactly("$39,000");
        assertThat(texts(robot, "#advisorLeftAmount")).containsExactly("$1,000");
        assertThat(onFx(() -> panel.viewModel().adviceProperty().get().fundingOrder())).containsExactly("A", "C",
                "B", "F");
    }

    @Test
    void anInvalidBudgetIsMarkedAndTheLastOneStays(FxRobot robot) throws Exception {
        typeBudget(robot, "60,000");
        typeBudget(robot, "60,00");

        TextField field = robot.from(panel).lookup("#advisorBudgetField").queryAs(TextField.class);
        assertThat(onFx(() -> field.getPseudoClassStates())).contains(AdvisorStyles.INVALID);
        assertThat(texts(robot, "#advisorBudgetProblem")).singleElement().asString().contains("not an amount");
        assertThat(texts(robot, "#advisorLeftAmount")).containsExactly("$1,000");

        typeBudget(robot, "");
        assertThat(onFx(() -> field.getPseudoClassStates())).doesNotContain(AdvisorStyles.INVALID);
        assertThat(onFx(() -> robot.from(panel).lookup("#advisorBudgetHint").query().isVisible())).isTrue();
    }

    @Test
    void clickingAnIdeaSelectsItsCard(FxRobot robot) throws Exception {
        reveal(robot, "#advisorIdea-C");

        robot.clickOn("#advisorIdea-C");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> List.copyOf(session.selectedCards()))).containsExactly("C");
    }

    @Test
    void theSelectedCardsRowIsHighlightedWhenTheCanvasSelectsIt(FxRobot robot) throws Exception {
        ListView<IdeaEntry> ideas = robot.from(panel).lookup("#advisorIdeas").queryListView();

        onFx(() -> session.selectedCards().add("D"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> ideas.getSelectionModel().getSelectedItems().stream()
                .map(e -> ((IdeaEntry.Idea) e).cardId()).toList())).containsExactly("D");
        onFx(() -> {
            session.selectedCards().clear();
            session.selectedCards().add("F");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> ideas.getSelectionModel().getSelectedItems().stream()
                .map(e -> ((IdeaEntry.Idea) e).cardId()).toList())).containsExactly("F");
        // A new revision rebuilds the items but keeps both the highlight and the canvas's selection.
        edit(card("e1").withScore(8.1));
        assertThat(onFx(() -> List.copyOf(session.selectedCards()))).containsExactly("F");
        assertThat(onFx(() -> ideas.getSelectionModel().getSelectedItems().size())).isEqualTo(1);
    }

    @Test
    void theKanoPlotHasOnePointPerIdeaWithSurveyCounts(FxRobot robot) throws Exception {
        assertThat(onFx(() -> robot.from(panel).lookup(".advisor-kano-point").queryAll())).isEmpty();

        edit(card("C").withKanoSurvey(new KanoSurvey(6, 2, 1, 1, 0, 0)));
        edit(card("B").withKanoSurvey(new KanoSurvey(1, 5, 3, 1, 0, 0)));

        List<Circle> points = onFx(() -> List.copyOf(robot.from(panel).lookup(".advisor-kano-point")
                .queryAllAs(Circle.class)));
        assertThat(points).hasSize(2);
        KanoPlot.Dot flowers = onFx(() -> robot.from(panel).lookup("#advisorKano-C").queryAs(KanoPlot.Dot.class));
        assertThat(onFx(() -> flowers.tooltip().getText())).isEqualTo("Flowers after a burglary (attractive)");
        // Attractive (Better 0.8, Worse −0.3) sits right of and above the one-dimensional handler (0.6, −0.8).
        Circle handler = onFx(() -> robot.from(panel).lookup("#advisorKano-B").queryAs(Circle.class));
        assertThat(flowers.getCenterX()).isGreaterThan(handler.getCenterX());
        assertThat(flowers.getCenterY()).isLessThan(handler.getCenterY());
    }

    @Test
    void warningsListTheUnestimatedIdea(FxRobot robot) throws Exception {
        assertThat(texts(robot, "#advisorWarnings .label")).containsExactly(AdvisorTexts.TEXTS.get("noWarnings"));

        edit(card("F").withCost(null));

        assertThat(texts(robot, "#advisorWarnings .label")).singleElement().asString().contains("Welcome call");
    }
}
