package org.nineplus.ui.canvas;

import static org.nineplus.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Workshop;
import org.nineplus.render.CardBox;
import org.nineplus.render.PathShape;
import org.nineplus.render.RasterImage;
import org.nineplus.render.Rect;
import org.nineplus.render.Rgb;
import org.nineplus.render.Stroke;
import org.nineplus.render.Surface;
import org.nineplus.testing.TestWorkshops;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas paints only what is in view, and at most once per pulse, on the 5,000-card map. */
class CanvasPaintTest extends CanvasTestBase {

    /** Passes everything on to the screen and remembers the rounded rectangles (card bodies among them). */
    static final class Watching implements Surface {
        final Surface screen;
        final List<Rect> roundRects;
        final int[] paints;

        Watching(Surface screen, List<Rect> roundRects, int[] paints) {
            this.screen = screen;
            this.roundRects = roundRects;
            this.paints = paints;
        }

        @Override
        public void drawImage(Rect rect, RasterImage image) {
            screen.drawImage(rect, image);
        }

        @Override
        public void fillRect(Rect rect, Rgb fill) {
            screen.fillRect(rect, fill);
        }

        @Override
        public void strokeRect(Rect rect, Rgb colour, Stroke stroke) {
            screen.strokeRect(rect, colour, stroke);
        }

        @Override
        public void fillRoundRect(Rect rect, double radius, Rgb fill) {
            roundRects.add(rect);
            screen.fillRoundRect(rect, radius, fill);
        }

        @Override
        public void strokeRoundRect(Rect rect, double radius, Rgb colour, Stroke stroke) {
            screen.strokeRoundRect(rect, radius, colour, stroke);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Rgb colour, Stroke stroke) {
            screen.line(x1, y1, x2, y2, colour, stroke);
        }

        @Override
        public void fillPath(PathShape path, Rgb fill) {
            screen.fillPath(path, fill);
        }

        @Override
        public void strokePath(PathShape path, Rgb colour, Stroke stroke) {
            screen.strokePath(path, colour, stroke);
        }

        @Override
        public void text(double x, double baselineY, String text, double size, boolean bold, Rgb colour) {
            screen.text(x, baselineY, text, size, bold, colour);
        }

        @Override
        public void clip(Rect rect) {
            paints[0]++;
            screen.clip(rect);
        }

        @Override
        public void restore() {
            screen.restore();
        }
    }

    private final List<Rect> roundRects = new ArrayList<>();
    private final int[] paints = new int[1];

    @Override
    Workshop initial() {
        return TestWorkshops.large5000();
    }

    @Start
    void start(Stage stage) {
        show(stage);
        canvas.setSurfaceWrapper(s -> new Watching(s, roundRects, paints));
    }

    private int cardsPainted() throws Exception {
        return onFx(() -> {
            Set<Rect> cardRects = new HashSet<>();
            canvas.layout().cards().forEach(c -> cardRects.add(c.rect()));
            return (int) roundRects.stream().filter(cardRects::contains).distinct().count();
        });
    }

    @Test
    void atActualSizeOnlyTheCardsInViewArePainted(FxRobot robot) throws Exception {
        robot.interact(() -> {
            canvas.zoomToActualSize();
            roundRects.clear();
            canvas.paintNow();
        });
        int painted = cardsPainted();
        Rect visible = onFx(() -> canvas.transform().visible(WIDTH, HEIGHT));
        long inView = onFx(() -> canvas.layout().cardsIn(visible).size());
        assertThat(onFx(() -> canvas.layout().cards().size())).isEqualTo(5000);
        assertThat(painted).isPositive().isLessThan(250).isGreaterThanOrEqualTo((int) inView);
        CardBox somewhereElse = onFx(() -> canvas.layout().cards().stream()
                .filter(c -> !c.rect().intersects(visible.inset(-50, -50))).findFirst().orElseThrow());
        assertThat(roundRects).doesNotContain(somewhereElse.rect());
    }

    @Test
    void manyRepaintRequestsBetweenTwoPulsesMakeOnePaint(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !canvas.isPaintPending()));
        robot.interact(() -> {
            paints[0] = 0;
            for (int i = 0; i < 50; i++) {
                canvas.repaint();
                canvas.setHoveredCard("c" + i);
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !canvas.isPaintPending()));
        assertThat(paints[0]).isEqualTo(1);
    }

    @Test
    void panningAndZoomingDoNotLayTheMapOutAgain(FxRobot robot) throws Exception {
        Object before = onFx(canvas::layout);
        robot.interact(() -> {
            canvas.panBy(-300, -200);
            canvas.zoomIn();
            canvas.paintNow();
        });
        assertThat(onFx(canvas::layout)).isSameAs(before);
    }
}
