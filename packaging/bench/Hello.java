import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The bare JavaFX window that packaging/bench/startup.sh times against NinePlus: one label in a 1280 x 800 window.
 * Prints "shown <epoch-ms>" when the window is shown, as NinePlus does with -Dnineplus.startupProbe=true, then exits.
 * A plain main class that launches the Application, as NinePlus's Main does (JavaFX on the class path).
 */
public final class Hello {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
            stage.setTitle("Hello");
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                System.out.println("shown " + System.currentTimeMillis());
                System.out.flush();
                Platform.runLater(Platform::exit);
            });
            stage.show();
        }
    }
}
