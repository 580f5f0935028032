package org.nineplus.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;

import java.util.List;

import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.nineplus.edit.PersonaCommands;
import org.nineplus.model.Persona;
import org.nineplus.model.Workshop;
import org.nineplus.render.PersonaHeader;
import org.nineplus.render.PersonaPictures;
import org.nineplus.render.RasterImage;
import org.nineplus.render.Rect;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The persona a journey picked is on the canvas: its picture's pixels in the header, gone when none is picked. */
class CanvasPersonaTest extends CanvasTestBase {

    @Override
    Workshop initial() {
        Persona anna = new Persona("p1", "Anna", "Home owner", List.of(), List.of(), "bundled:fox");
        return start.withPersonas(List.of(anna)).withJourney(start.journeys().get(0).withPersonaId("p1"));
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** The canvas's pixel at a map point, zoomed to fit. */
    private int pixelAt(FxRobot robot, double mapX, double mapY) throws Exception {
        robot.interact(canvas::paintNow); // zoomed to fit: the whole header is in view
        return onFx(() -> {
            WritableImage shot = canvas.node().snapshot(null, null);
            double x = canvas.transform().toScreenX(mapX);
            double y = canvas.transform().toScreenY(mapY);
            return shot.getPixelReader().getArgb((int) x, (int) y);
        });
    }

    @Test
    void theHeaderShowsThePictureUntilThePersonaIsCleared(FxRobot robot) throws Exception {
        PersonaHeader persona = layout().header().pickedPersona().orElseThrow();
        Rect picture = persona.fitted();
        RasterImage fox = PersonaPictures.image("bundled:fox").orElseThrow();
        // Just left of the middle: the fox's orange face (the middle itself is between the eyes).
        double fx = 0.5;
        double fy = 0.35;
        int expected = fox.argb((int) (fx * fox.width()), (int) (fy * fox.height()));

        int shown = pixelAt(robot, picture.x() + fx * picture.width(), picture.y() + fy * picture.height());

        assertThat(distance(shown, expected)).as("fox pixel on the canvas").isLessThan(40);
        assertThat(persona.nameLines().get(0).text()).isEqualTo("Anna");

        onFx(() -> session.execute(PersonaCommands.pick(journey().id(), null)));
        assertThat(layout().header().pickedPersona()).isEmpty();
        int cleared = pixelAt(robot, picture.x() + fx * picture.width(), picture.y() + fy * picture.height());
        assertThat(distance(cleared, expected)).as("no picture once cleared").isGreaterThan(100);
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d += Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
        }
        return d;
    }
}
