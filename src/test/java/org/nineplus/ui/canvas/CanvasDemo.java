package org.nineplus.ui.canvas;

import java.nio.file.Path;
import java.util.List;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Workshop;
import org.nineplus.ui.Workbench;
import org.nineplus.ui.editor.EditorSession;

/**
 * Manual demo, not a test: shows the journey canvas on the sample workshop so a person (or a screenshot) can look at
 * it. Arguments: width height zoom ("fit" or a factor) [card ids to select...].
 * Run: java -cp target/classes:target/test-classes:CLASSPATH org.nineplus.ui.canvas.CanvasDemo 1600 1000 1
 */
public final class CanvasDemo {

    private CanvasDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The demo window; nested so that main() runs with JavaFX on the class path. */
    public static final class App extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        double width = args.size() > 0 ? Double.parseDouble(args.get(0)) : 1600;
        double height = args.size() > 1 ? Double.parseDouble(args.get(1)) : 1000;
        String zoom = args.size() > 2 ? args.get(2) : "1";
        Workshop workshop = new WorkshopJson().read(Path.of("assets/samples/claims-workshop.json"));
        EditorSession session = new EditorSession(1, workshop, 100);
        JourneyCanvas canvas = new JourneyCanvas(session);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene((javafx.scene.Parent) canvas.node(), width, height);
        scene.getStylesheets().add(Workbench.class.getResource(Workbench.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.setTitle("Canvas demo");
        stage.show();
        Platform.runLater(() -> {
            if (zoom.equals("fit")) {
                canvas.zoomToFit();
            } else {
                canvas.zoomAround(Double.parseDouble(zoom), 0, 0);
            }
            session.selectedCards().addAll(args.size() > 3 ? args.subList(3, args.size()) : List.of());
            canvas.focusCanvas();
        });
    }

    }
}
