package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Journey;
import org.nineplus.model.Persona;
import org.nineplus.model.Workshop;
import org.nineplus.render.MapLayouter;
import org.nineplus.render.PersonaPictures;
import org.nineplus.render.LayoutOptions;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.library.LibraryViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Workshop → Personas…: make a persona in the editor (name, goals, a bundled picture, then an image file read off the
 * FX thread), pick it for the journey in the inspector, and take it all back with undo; deleting clears the journey.
 */
@ExtendWith(ApplicationExtension.class)
class PersonasWindowTest {

    private static Locale locale;

    @TempDir
    Path folder;

    private final WorkbenchServices services = TestServices.services();
    private final ChosenFiles files = new ChosenFiles();
    private Stage stage;
    private Workbench workbench;

    @BeforeAll
    static void english() {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(locale);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = new Workbench(services, files, JourneyCanvas::new);
        workbench.start(stage, folder.resolve("library.mv.db"));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        WindowSteps.closeWindow(robot, stage, workbench);
    }

    private EditorSession session() {
        return workbench.editorSession().orElseThrow();
    }

    private Workshop current() throws Exception {
        return onFx(() -> session().current());
    }

    private Journey journey() throws Exception {
        return onFx(() -> session().journey().orElseThrow());
    }

    private void choose(String menuItemId) throws Exception {
        WindowSteps.chooseMenuItem(stage, menuItemId);
    }

    private void openSample(FxRobot robot) throws Exception {
        WindowSteps.openSample(robot, workbench, services);
    }

    @Test
    void aPersonaMadeInTheEditorIsPickedForTheJourneyAndUndone(FxRobot robot) throws Exception {
        openSample(robot);
        Workshop start = current();
        assertThat(start.personas()).isEmpty();
        String freeText = journey().persona();

        choose("personasMenu");
        assertThat(robot.lookup("#personasDialog").tryQuery()).isPresent();
        robot.clickOn("#addPersonaButton");
        waitUntil(() -> session().current().personas().size() == 1);
        TextField name = robot.lookup("#personaNameField").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Persona 1");

        robot.clickOn(name);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("Anna Jansen");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> session().current().personas().get(0).name().equals("Anna Jansen"));

        robot.clickOn("#personaGoalsField");
        robot.write("Quick payout");
        robot.push(KeyCode.ENTER);
        robot.write("One person to call");
        robot.clickOn("#personaDescriptionField"); // leaving the goals keeps them
        robot.write("Owns a house with a leaking roof");
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
        waitUntil(() -> !session().current().personas().get(0).description().isEmpty());
        Persona typed = current().personas().get(0);
        assertThat(typed.goals()).containsExactly("Quick payout", "One person to call");
        assertThat(typed.description()).isEqualTo("Owns a house with a leaking roof");

        robot.clickOn("#personaPicture-fox");
        waitUntil(() -> session().current().personas().get(0).picture().equals("bundled:fox"));
        ListView<?> list = robot.lookup("#personaList").queryListView();
        assertThat(onFx(() -> list.getItems().size())).isEqualTo(1);

        // An image file is read and scaled on the background thread, then embedded.
        Path photo = folder.resolve("anna.png");
        BufferedImage big = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setColor(new Color(0x3366AA));
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        ImageIO.write(big, "png", photo.toFile());
        files.next = photo;
        robot.clickOn("#personaPictureFileButton");
        waitUntil(() -> session().current().personas().get(0).picture().startsWith(PersonaPictures.DATA_PREFIX));
        assertThat(PersonaPictures.image(current().personas().get(0).picture()).orElseThrow().width())
                .isEqualTo(PersonaPictures.MAX_EDGE);

        // Something that is no image is refused, naming the file; the picture stays.
        Path notes = folder.resolve("notes.txt");
        Files.writeString(notes, "not a picture");
        files.next = notes;
        robot.clickOn("#personaPictureFileButton");
        Label problem = robot.lookup("#personaProblemLabel").queryAs(Label.class);
        waitUntil(() -> problem.getText().contains("notes.txt"));
        assertThat(current().personas().get(0).picture()).startsWith(PersonaPictures.DATA_PREFIX);

        // The journey inspector picks the persona; the map's header now shows it instead of the free-text line.
        @SuppressWarnings("unchecked")
        ComboBox<Object> picker = (ComboBox<Object>) robot.lookup("#journeyPersonaPicker").query();
        assertThat(onFx(() -> picker.getItems().size())).isEqualTo(2);
        onFx(() -> {
            picker.getSelectionModel().select(1);
            return null;
        });
        waitUntil(() -> "p1".equals(session().journey().orElseThrow().personaId()));
        Workshop picked = current();
        assertThat(MapLayouter.layout(picked, journey(), LayoutOptions.defaults()).header().pickedPersona()
                .orElseThrow().nameLines().get(0).text()).isEqualTo("Anna Jansen");
        assertThat(onFx(() -> session().undoTextProperty().get())).contains("Choose the journey's persona");

        // Undo, one step at a time, back to the workshop as it was opened.
        choose("undoMenu");
        assertThat(journey().personaId()).isNull();
        assertThat(onFx(() -> picker.getValue().toString())).startsWith("None");
        assertThat(journey().persona()).isEqualTo(freeText);
        while (!current().personas().isEmpty()) {
            choose("undoMenu");
        }
        assertThat(current()).isEqualTo(start);
        assertThat(onFx(() -> list.getItems().isEmpty())).isTrue();
        assertThat(onFx(() -> picker.getItems().size())).isEqualTo(1);
    }

    @Test
    void deletingAPickedPersonaClearsTheJourneyInOneUndoStep(FxRobot robot) throws Exception {
        openSample(robot);
        choose("personasMenu");
        robot.clickOn("#addPersonaButton");
        waitUntil(() -> session().current().personas().size() == 1);
        @SuppressWarnings("unchecked")
        ComboBox<Object> picker = (ComboBox<Object>) robot.lookup("#journeyPersonaPicker").query();
        onFx(() -> {
            picker.getSelectionModel().select(1);
            return null;
        });
        waitUntil(() -> "p1".equals(session().journey().orElseThrow().personaId()));
        Workshop before = current();

        robot.clickOn("#deletePersonaButton");
        waitUntil(() -> session().current().personas().isEmpty());
        assertThat(journey().personaId()).isNull();
        assertThat(onFx(() -> picker.getSelectionModel().getSelectedIndex())).isZero();

        choose("undoMenu");
        assertThat(current()).isEqualTo(before);
        assertThat(onFx(() -> picker.getValue().toString())).isEqualTo("Persona 1");
        assertThat(robot.lookup("#personaNameField").queryAs(TextField.class).getText()).isEqualTo("Persona 1");
        assertThat(robot.lookup("#personaGoalsField").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(List.of(current().personas().get(0).id())).containsExactly("p1");
    }
}
