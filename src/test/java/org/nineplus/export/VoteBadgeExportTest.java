package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.render.CardBox;
import org.nineplus.testing.TestWorkshops;

/** A voted idea card carries its dot badge into the exports, because the shared painter draws it. */
class VoteBadgeExportTest {

    /** The badge's purple. */
    private static final int BADGE = 0x7B2D8E;

    @TempDir
    Path dir;

    private static ExportSource withVotes(Map<String, Integer> votesOnD) {
        Workshop w = TestWorkshops.workedExample();
        Journey j = w.journeys().get(0);
        Journey voted = j.withCards(j.cards().stream()
                .map(c -> c.id().equals("D") ? c.withVotes(votesOnD) : c).toList());
        return ExportSource.of(w.withJourney(voted), voted);
    }

    private static boolean near(int rgb, int wanted) {
        for (int shift : new int[] {16, 8, 0}) {
            if (Math.abs(((rgb >> shift) & 0xFF) - ((wanted >> shift) & 0xFF)) > 24) {
                return false;
            }
        }
        return true;
    }

    /** Pixels of the badge colour in the square of {@code half} map units around (x, y), at 2 px per unit. */
    private static int badgePixels(BufferedImage image, double x, double y, double half) {
        int count = 0;
        for (int py = (int) ((y - half) * 2); py <= (int) ((y + half) * 2); py++) {
            for (int px = (int) ((x - half) * 2); px <= (int) ((x + half) * 2); px++) {
                if (near(image.getRGB(px, py) & 0xFFFFFF, BADGE)) {
                    count++;
                }
            }
        }
        return count;
    }

    private BufferedImage png(ExportSource source, String name) throws Exception {
        Path png = dir.resolve(name);
        new PngExporter().export(source, PngOptions.mapSize(2), png, ExportProgress.NONE);
        return ImageIO.read(png.toFile());
    }

    @Test
    void aPngOfAVotedCardShowsTheBadgeOnItsTopRightCorner() throws Exception {
        ExportSource voted = withVotes(Map.of("Anna", 2, "Bas", 1));
        CardBox d = voted.layout().card("D").orElseThrow();
        assertThat(d.dots()).isEqualTo(3);
        BufferedImage image = png(voted, "voted.png");
        double cx = d.rect().right() - 2;
        double cy = d.rect().y() + 2;
        // Left of the number, inside the round badge: the badge's purple.
        assertThat(near(image.getRGB((int) ((cx - 6) * 2), (int) (cy * 2)) & 0xFFFFFF, BADGE)).isTrue();
        assertThat(badgePixels(image, cx, cy, 9)).isGreaterThan(200);
        // The number is written in white on it.
        int white = 0;
        for (int py = (int) ((cy - 4) * 2); py <= (int) ((cy + 4) * 2); py++) {
            for (int px = (int) ((cx - 3) * 2); px <= (int) ((cx + 3) * 2); px++) {
                if ((image.getRGB(px, py) & 0xFFFFFF) == 0xFFFFFF) {
                    white++;
                }
            }
        }
        assertThat(white).isGreaterThan(10);

        // The same card without votes, and a card without votes on the voted map, have no badge.
        BufferedImage plain = png(withVotes(Map.of()), "plain.png");
        assertThat(badgePixels(plain, cx, cy, 9)).isZero();
        CardBox a = voted.layout().card("A").orElseThrow();
        assertThat(a.dots()).isZero();
        assertThat(badgePixels(image, a.rect().right() - 2, a.rect().y() + 2, 9)).isZero();
    }

    @Test
    void existingCardsNeverShowDots() {
        Workshop w = TestWorkshops.workedExample();
        Journey j = w.journeys().get(0);
        Journey odd = j.withCards(j.cards().stream()
                .map(c -> c.id().equals("e1") ? c.withVotes(Map.of("Anna", 1)) : c).toList());
        assertThat(ExportSource.of(w.withJourney(odd), odd).layout().card("e1").orElseThrow().dots()).isZero();
    }

    @Test
    void anSvgOfAVotedCardHasTheBadgeWithItsNumber() throws Exception {
        Path svg = dir.resolve("voted.svg");
        new SvgExporter().export(withVotes(Map.of("Anna", 2, "Bas", 2)), svg, ExportProgress.NONE);
        String text = Files.readString(svg).toLowerCase();
        assertThat(text).contains("#7b2d8e").contains(">4<");
        Path plain = dir.resolve("plain.svg");
        new SvgExporter().export(withVotes(Map.of()), plain, ExportProgress.NONE);
        assertThat(Files.readString(plain).toLowerCase()).doesNotContain("#7b2d8e");
    }

}
