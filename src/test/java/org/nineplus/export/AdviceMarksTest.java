package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.advice.Advice;
import org.nineplus.advice.Advisor;
import org.nineplus.advice.IdeaAdvice;
import org.nineplus.advice.StageAdvice;
import org.nineplus.advice.Verdict;
import org.nineplus.model.Journey;
import org.nineplus.render.CardBadge;
import org.nineplus.render.MapDecorations;
import org.nineplus.render.Rgb;

/** The advisor's marks (verdict tints, class badges, peak and end) reach every export as they reach the canvas. */
class AdviceMarksTest {

    private static final double BUDGET = 60_000;

    @TempDir
    Path dir;

    private final ExportSource bare = ExportFixtures.worked();
    private final Journey journey = bare.journey();
    private final Advice advice = Advisor.advise(journey, BUDGET);
    private final MapDecorations marks = AdviceMarks.of(journey, advice);
    private final ExportSource marked = bare.withDecorations(marks);

    @Test
    void everyRatedStageGetsItsVerdictsTintAndEveryIdeaItsFinalClassBadge() {
        for (StageAdvice stage : advice.stages()) {
            Rgb tint = marks.stageTints().get(stage.stageId());
            if (stage.verdict() == Verdict.UNRATED) {
                assertThat(tint).as(stage.stageId()).isNull();
            } else {
                assertThat(tint).as(stage.stageId()).isEqualTo(AdviceMarks.tint(stage.verdict())).isNotNull();
            }
        }
        assertThat(advice.ideas()).isNotEmpty();
        for (IdeaAdvice idea : advice.ideas()) {
            assertThat(marks.cardBadges().get(idea.cardId())).isEqualTo(AdviceMarks.badge(idea.finalClass()));
        }
        assertThat(marks.endStageId()).isEqualTo(journey.stages().get(journey.stages().size() - 1).id());
        assertThat(marks.peakStageId()).isEqualTo(AdviceMarks.peakStageId(journey)).isNotNull();
    }

    @Test
    void thePngShowsTheBadgesColourOnlyWhenTheMarksAreOn() throws Exception {
        CardBadge badge = marks.cardBadges().values().iterator().next();
        PngOptions options = PngOptions.onPage(PageSize.A3, Orientation.AUTO, 150);
        Path withMarks = dir.resolve("marked.png");
        Path without = dir.resolve("bare.png");
        new PngExporter().export(marked, options, withMarks, ExportProgress.NONE);
        new PngExporter().export(bare, options, without, ExportProgress.NONE);

        long marked = pixelsOf(ImageIO.read(withMarks.toFile()), badge.fill());
        long plain = pixelsOf(ImageIO.read(without.toFile()), badge.fill());
        assertThat(marked).as("pixels in the badge colour %s with marks", badge.fill()).isGreaterThan(plain + 50);
    }

    @Test
    void theSvgAndThePdfCarryTheBadgeWords() throws Exception {
        String word = marks.cardBadges().values().iterator().next().label();
        Path markedSvg = dir.resolve("marked.svg");
        Path bareSvg = dir.resolve("bare.svg");
        new SvgExporter().export(marked, markedSvg, ExportProgress.NONE);
        new SvgExporter().export(bare, bareSvg, ExportProgress.NONE);
        assertThat(occurrences(Files.readString(markedSvg), ">" + word + "<"))
                .isGreaterThan(occurrences(Files.readString(bareSvg), ">" + word + "<"));

        Path markedPdf = dir.resolve("marked.pdf");
        Path barePdf = dir.resolve("bare.pdf");
        PdfOptions options = PdfOptions.onPage(PageSize.A3, Orientation.AUTO);
        new PdfExporter().export(marked, options, markedPdf, ExportProgress.NONE);
        new PdfExporter().export(bare, options, barePdf, ExportProgress.NONE);
        assertThat(occurrences(ExportFixtures.pdfText(markedPdf, 1, 1), word))
                .isGreaterThan(occurrences(ExportFixtures.pdfText(barePdf, 1, 1), word));
    }

    private static long pixelsOf(BufferedImage image, Rgb colour) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == colour.rgb()) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }
}
