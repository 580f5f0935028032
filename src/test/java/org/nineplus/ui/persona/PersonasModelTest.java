package org.nineplus.ui.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Persona;
import org.nineplus.model.Workshop;
import org.nineplus.render.PersonaPictures;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.BackgroundWork;
import org.nineplus.ui.editor.EditorSession;

/** The persona editor's model: every change one command, lines split, image files embedded or refused by name. */
class PersonasModelTest {

    @TempDir
    Path dir;

    private Locale locale;
    private final Workshop start = TestWorkshops.workedExample();
    private final EditorSession session = new EditorSession(1, start, 100);
    /** Runs "background" work at once on this thread: the file is still read through the model's own path. */
    private final PersonasModel model = new PersonasModel(session, new BackgroundWork(Runnable::run, Runnable::run));

    @BeforeEach
    void english() {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
    }

    @Test
    void addSelectsTheNewPersonaAndEveryFieldIsOneUndoStep() {
        model.add();
        model.add();
        assertThat(model.personas()).extracting(Persona::id).containsExactly("p1", "p2");
        assertThat(model.personas()).extracting(Persona::name).containsExactly("Persona 1", "Persona 2");
        assertThat(model.selectedIdProperty().get()).isEqualTo("p2");

        model.rename("p2", "  Anna ");
        model.goals("p2", " Quick payout \n\n One person to call\r\n");
        model.frustrations("p2", "Forms");
        model.describe("p2", "Home owner");
        model.picture("p2", "bundled:cat");
        Persona anna = model.find("p2").orElseThrow();
        assertThat(anna.name()).isEqualTo("Anna");
        assertThat(anna.goals()).containsExactly("Quick payout", "One person to call");
        assertThat(anna.frustrations()).containsExactly("Forms");
        assertThat(anna.picture()).isEqualTo("bundled:cat");

        long revision = session.revisionProperty().get();
        model.rename("p2", "Anna");
        assertThat(session.revisionProperty().get()).as("no change, no step").isEqualTo(revision);
        for (int step = 0; step < 7; step++) {
            session.undo();
        }
        assertThat(session.current()).isEqualTo(start);
        assertThat(model.personas()).isEmpty();
        assertThat(model.selectedIdProperty().get()).isNull();
    }

    @Test
    void deletingMovesTheSelectionAndClearsThePickedJourney() {
        model.add();
        model.add();
        model.pick("j1", "p2");
        assertThat(session.current().journey("j1").orElseThrow().personaId()).isEqualTo("p2");

        model.delete("p2");

        assertThat(model.selectedIdProperty().get()).isEqualTo("p1");
        assertThat(session.current().journey("j1").orElseThrow().personaId()).isNull();
        session.undo();
        assertThat(session.current().journey("j1").orElseThrow().personaId()).isEqualTo("p2");
    }

    @Test
    void anImageFileIsEmbeddedAndSomethingElseIsRefusedByName() throws Exception {
        model.add();
        Path photo = dir.resolve("tall.png");
        ImageIO.write(new BufferedImage(300, 1200, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

        model.pictureFromFile("p1", photo);

        String picture = model.find("p1").orElseThrow().picture();
        assertThat(picture).startsWith(PersonaPictures.DATA_PREFIX).doesNotContain(dir.toString());
        assertThat(PersonaPictures.image(picture).orElseThrow().height()).isEqualTo(256);
        assertThat(model.problemProperty().get()).isEmpty();

        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "no picture here");
        model.pictureFromFile("p1", text);
        assertThat(model.problemProperty().get()).contains(text.toString()).contains("not an image");
        assertThat(model.find("p1").orElseThrow().picture()).isEqualTo(picture);

        model.pictureFromFile("p1", dir.resolve("missing.png"));
        assertThat(model.problemProperty().get()).contains("missing.png").contains("could not be read");
    }
}
