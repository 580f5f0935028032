package org.nineplus.ui.canvas;

import static org.nineplus.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.nineplus.advice.IdeaClass;
import org.nineplus.edit.CardCommands;
import org.nineplus.render.CardBadge;
import org.nineplus.render.PaintState;
import org.nineplus.render.Rect;
import org.nineplus.ui.Workbench;
import org.nineplus.ui.advisor.AdvisorDecorations;
import org.nineplus.ui.advisor.AdvisorPanel;
import org.nineplus.ui.advisor.IdeaEntry;
import org.nineplus.ui.editor.EditorSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;

/** The advisor panel beside the real canvas on the worked example, connected as the window connects them. */
class CanvasAdvisorTest extends CanvasTestBase {

    private AdvisorPanel panel;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = new EditorSession(1, initial(), 100);
        canvas = new JourneyCanvas(session);
        panel = new AdvisorPanel(session, Locale.US);
        AdvisorDecorations.connect(panel.viewModel(), canvas);
        HBox root = new HBox(canvas.node(), panel);
        HBox.setHgrow(canvas.node(), Priority.ALWAYS);
        Scene scene = new Scene(root, 1260, HEIGHT);
        scene.getStylesheets().add(Workbench.class.getResource(Workbench.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        root.applyCss();
        root.layout();
        canvas.zoomToFit();
    }

    private PaintState painted() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !onFx(canvas::isPaintPending));
        return onFx(() -> canvas.layers().painted());
    }

    /** Scrolls the idea list and the panel to an idea and clicks it, as a person would. */
    private void clickIdea(FxRobot robot, String cardId) throws Exception {
        String query = "#advisorIdea-" + cardId;
        onFx(() -> {
            ListView<IdeaEntry> ideas = robot.from(panel).lookup("#advisorIdeas").queryListView();
            for (int i = 0; i < ideas.getItems().size(); i++) {
                if (ideas.getItems().get(i) instanceof IdeaEntry.Idea idea && idea.cardId().equals(cardId)) {
                    ideas.scrollTo(i);
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            Node node = robot.from(panel).lookup(query).query();
            Node content = panel.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - panel.getViewportBounds().getHeight();
            panel.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCanvasPaintsTheFinalClassOfEveryIdeaAsItsBadge(FxRobot robot) throws Exception {
        Map<String, CardBadge> badges = painted().ideaBadges();
        // domain.md's worked example without a budget.
        assertThat(badges.get("A").label()).isEqualTo("FIX");
        assertThat(badges.get("B").label()).isEqualTo("WAIT");
        assertThat(badges.get("C").label()).isEqualTo("WAIT");
        assertThat(badges.get("D").label()).isEqualTo("POLISH");
        assertThat(badges.get("E").label()).isEqualTo("\u2013");
        assertThat(badges.get("F").label()).isEqualTo("OFF");
        assertThat(badges).doesNotContainKeys("e1", "e2", "e3", "e4");
        assertThat(badges.get("A")).isEqualTo(AdvisorDecorations.badge(IdeaClass.FIX_BASICS));

        // With 60,000 funding A, S2's basics are projected to pass: B and C end as 9+ (their final class).
        robot.clickOn("#advisorBudgetField").write("60,000").push(KeyCode.ENTER);
        badges = painted().ideaBadges();
        assertThat(badges.get("B").label()).isEqualTo("9+");
        assertThat(badges.get("C").label()).isEqualTo("9+");
        assertThat(badges.get("A").label()).isEqualTo("FIX");
        assertThat(badges.get("C").fill()).isEqualTo(AdvisorDecorations.badge(IdeaClass.NINE_PLUS).fill())
                .isNotEqualTo(badges.get("A").fill());
    }

    @Test
    void stageTintsPeakAndEndFollowEveryRevision(FxRobot robot) throws Exception {
        PaintState before = painted();
        assertThat(before.stageTints()).containsKeys("S1", "S2", "S3");
        assertThat(before.stageTints().get("S2")).isEqualTo(before.stageTints().get("S3"))
                .isNotEqualTo(before.stageTints().get("S1"));
        assertThat(before.peakStageId()).isEqualTo("S2");
        assertThat(before.endStageId()).isEqualTo("S3");

        onFx(() -> session.execute(CardCommands.update("j1", card("e2").withScore(7.5), "Change score")));
        PaintState after = painted();
        assertThat(after.stageTints().get("S2")).isNotEqualTo(before.stageTints().get("S2"))
                .isEqualTo(AdvisorDecorations.tint(org.nineplus.advice.Verdict.READY_FOR_9PLUS));
        // A card the advisor stops seeing as an idea loses its badge.
        onFx(() -> session.execute(CardCommands.delete("j1", java.util.List.of("A"))));
        assertThat(painted().ideaBadges()).doesNotContainKey("A");
    }

    @Test
    void clickingAnIdeaInThePanelSelectsItOnTheCanvasAndBringsItIntoView(FxRobot robot) throws Exception {
        // Zoomed in on the top left of the map: card C (S2, surprise) is out of view.
        onFx(() -> {
            canvas.transform().set(2.0, 0, 0);
            canvas.repaint();
            return null;
        });
        Rect c = box("C").rect();
        assertThat(onFx(() -> visible().contains(c.x(), c.y()) && visible().contains(c.right(), c.bottom())))
                .isFalse();

        clickIdea(robot, "C");

        assertThat(session.selectedCards()).containsExactly("C");
        assertThat(painted().selectedCardIds()).containsExactly("C");
        Rect view = onFx(this::visible);
        assertThat(view.contains(c.x(), c.y()) && view.contains(c.right(), c.bottom())).as("C in view").isTrue();
        assertThat(onFx(() -> canvas.transform().zoom())).isEqualTo(2.0);

        // A card already in view is chosen again without moving the map.
        onFx(() -> {
            session.selectedCards().clear();
            return null;
        });
        double originX = onFx(() -> canvas.transform().originX());
        double originY = onFx(() -> canvas.transform().originY());
        clickIdea(robot, "C");
        assertThat(painted().selectedCardIds()).containsExactly("C");
        assertThat(onFx(() -> canvas.transform().originX())).isEqualTo(originX);
        assertThat(onFx(() -> canvas.transform().originY())).isEqualTo(originY);
    }

    private Rect visible() {
        return canvas.transform().visible(canvas.pane().getWidth(), canvas.pane().getHeight());
    }
}
