package org.nineplus.ui.advisor;

import java.nio.file.Path;
import java.util.Locale;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.nineplus.exchange.WorkshopJson;
import org.nineplus.ui.Workbench;
import org.nineplus.ui.editor.EditorSession;

import atlantafx.base.theme.PrimerLight;

/**
 * MANUAL DEMO, not a test: shows the advisor panel on the sample workshop at 400×1000 to look at it.
 * {@code java -cp … org.nineplus.ui.advisor.AdvisorPanelDemo [locale] [budget] [workshop.json] [scroll 0..1] [width] [selected card id]}.
 */
public final class AdvisorPanelDemo {

    private AdvisorPanelDemo() {
    }

    public static void main(String[] args) throws Exception {
        Locale locale = Locale.forLanguageTag(args.length > 0 ? args[0] : "nl-NL");
        String budget = args.length > 1 ? args[1] : "120000";
        Path file = Path.of(args.length > 2 ? args[2] : "assets/samples/claims-workshop.json");
        double scroll = args.length > 3 ? Double.parseDouble(args[3]) : 0; // 0 top … 1 bottom
        double width = args.length > 4 ? Double.parseDouble(args[4]) : 400;
        String selected = args.length > 5 ? args[5] : null; // a card to select, as the canvas would
        var workshop = new WorkshopJson().read(file);
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            EditorSession session = new EditorSession(1, workshop, 100);
            AdvisorPanel panel = new AdvisorPanel(session, locale);
            panel.viewModel().budgetTextProperty().set(budget);
            if (selected != null) {
                session.selectedCards().add(selected);
            }
            Scene scene = new Scene(panel, width, 1000);
            scene.getStylesheets().add(Workbench.class.getResource(Workbench.STYLESHEET).toExternalForm());
            Stage stage = new Stage();
            stage.setTitle("Advisor panel demo");
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(e -> panel.setVvalue(scroll));
            settle.play();
        });
    }
}
