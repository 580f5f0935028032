package org.nineplus.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Journey;
import org.nineplus.model.Persona;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

/** The header shows the picked persona; pictures are bundled or embedded, never a path. */
class PersonaHeaderTest {

    private final Workshop base = TestWorkshops.workedExample();
    private final Persona anna = new Persona("p1", "Anna", "Owns a house with a leaking roof and two small children",
            List.of(), List.of(), "bundled:owl");

    @Test
    void aPickedPersonaReplacesTheFreeTextLine() {
        Journey journey = base.journeys().get(0);
        Workshop w = base.withPersonas(List.of(anna)).withJourney(journey.withPersonaId("p1"));

        MapLayout picked = MapLayouter.layout(w, w.journeys().get(0), LayoutOptions.defaults());
        MapLayout plain = MapLayouter.layout(w, journey, LayoutOptions.defaults());

        PersonaHeader persona = picked.header().pickedPersona().orElseThrow();
        assertThat(picked.header().personaLines()).isEmpty();
        assertThat(persona.nameLines()).extracting(TextLine::text).containsExactly("Anna");
        assertThat(String.join(" ", persona.descriptionLines().stream().map(TextLine::text).toList()))
                .isEqualTo(anna.description());
        assertThat(persona.image()).isEqualTo(PersonaPictures.image("bundled:owl").orElseThrow());
        assertThat(picked.header().rect().bottom()).isGreaterThanOrEqualTo(persona.picture().bottom());
        assertThat(persona.descriptionLines().get(0).x()).isGreaterThan(persona.picture().right());
        assertThat(plain.header().pickedPersona()).isEmpty();
        assertThat(plain.header().personaLines()).extracting(TextLine::text).containsExactly(journey.persona());
        // The map below moves down to make room for the picture.
        assertThat(picked.stages().get(0).header().y()).isGreaterThan(persona.picture().bottom());
    }

    @Test
    void thePainterDrawsThePictureAndTheName() {
        Workshop w = base.withPersonas(List.of(anna)).withJourney(base.journeys().get(0).withPersonaId("p1"));
        MapLayout layout = MapLayouter.layout(w, w.journeys().get(0), LayoutOptions.defaults());
        RecordingSurface s = new RecordingSurface();
        Painter.paint(layout, s, Viewport.whole(layout));
        PersonaHeader persona = layout.header().pickedPersona().orElseThrow();
        assertThat(s.calls).anyMatch(c -> c.op().equals("drawImage") && c.rect().equals(persona.fitted()));
        assertThat(s.calls).anyMatch(c -> "Anna".equals(c.text()));
    }

    @Test
    void withoutAPictureTheInitialIsDrawnInADisc() {
        Persona noPicture = new Persona("p1", "bas", "", List.of(), List.of(), "");
        Workshop w = base.withPersonas(List.of(noPicture)).withJourney(base.journeys().get(0).withPersonaId("p1"));
        MapLayout layout = MapLayouter.layout(w, w.journeys().get(0), LayoutOptions.defaults());
        RecordingSurface s = new RecordingSurface();
        Painter.paint(layout, s, Viewport.whole(layout));
        assertThat(s.calls).noneMatch(c -> c.op().equals("drawImage"));
        assertThat(s.calls).anyMatch(c -> "B".equals(c.text()));
    }

    @Test
    void everyBundledIllustrationLoads() {
        for (String name : PersonaPictures.BUNDLED) {
            RasterImage image = PersonaPictures.image(PersonaPictures.bundled(name)).orElseThrow();
            assertThat(image.width()).as(name).isEqualTo(96);
            assertThat(image.argb(48, 48) >>> 24).as(name + " is opaque in the middle").isEqualTo(255);
        }
        assertThat(PersonaPictures.image("bundled:dragon")).isEmpty();
        assertThat(PersonaPictures.image("/home/anna/photo.png")).as("paths are not pictures").isEmpty();
    }

    @Test
    void anImageFileIsScaledDownAndEmbedded() throws Exception {
        BufferedImage big = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setColor(new Color(0x2060C0));
        g.fillRect(0, 0, 500, 500);
        g.setColor(new Color(0xE0A020));
        g.fillRect(500, 0, 500, 500);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(big, "jpg", jpeg);

        String value = PersonaPictures.embed(jpeg.toByteArray(), "holiday.jpg");

        assertThat(value).startsWith(PersonaPictures.DATA_PREFIX);
        BufferedImage embedded = ImageIO.read(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(
                value.substring(PersonaPictures.DATA_PREFIX.length()))));
        assertThat(embedded.getWidth()).isEqualTo(256);
        assertThat(embedded.getHeight()).isEqualTo(128);
        RasterImage read = PersonaPictures.image(value).orElseThrow();
        int left = read.argb(60, 64);
        int right = read.argb(196, 64);
        assertThat(new int[] {(left >> 16) & 0xFF, (left >> 8) & 0xFF, left & 0xFF})
                .satisfies(rgb -> assertThat(Math.abs(rgb[0] - 0x20) + Math.abs(rgb[1] - 0x60)
                        + Math.abs(rgb[2] - 0xC0)).isLessThan(24));
        assertThat(Math.abs(((right >> 16) & 0xFF) - 0xE0) + Math.abs(((right >> 8) & 0xFF) - 0xA0)
                + Math.abs((right & 0xFF) - 0x20)).isLessThan(24);
    }

    @Test
    void somethingThatIsNoImageIsRefusedByName() {
        assertThatThrownBy(() -> PersonaPictures.embed("not an image".getBytes(), "/tmp/notes.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/tmp/notes.txt")
                .hasMessageContaining("PNG, JPEG");
    }
}
