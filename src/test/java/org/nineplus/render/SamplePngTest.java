package org.nineplus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;

/** Paints the bundled sample workshop to /tmp/render-sample.png, the picture a facilitator would project. */
class SamplePngTest {

    @Test
    void paintsTheSampleWorkshopToAPng() throws Exception {
        Workshop workshop = new WorkshopJson().read(Path.of("assets/samples/claims-workshop.json"));
        Journey journey = workshop.journeys().get(0);
        MapLayout layout = MapLayouter.layout(journey, LayoutOptions.defaults());

        BufferedImage image = RenderTestSupport.paint(layout, 1.0);
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "render-sample.png");
        ImageIO.write(image, "png", out.toFile());

        BufferedImage back = ImageIO.read(out.toFile());
        assertThat(Files.size(out)).isPositive();
        assertThat(back.getWidth()).isEqualTo((int) Math.ceil(layout.width()));
        assertThat(layout.cards()).hasSize(journey.cards().size());
        CardBox first = layout.cards().get(0);
        assertThat(back.getRGB((int) first.rect().centerX(), (int) first.rect().bottom() - 3) & 0xFFFFFF)
                .isNotEqualTo(Palette.laneFill(LaneRole.CORE).rgb());
    }
}
