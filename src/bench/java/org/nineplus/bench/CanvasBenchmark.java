package org.nineplus.bench;

import java.util.concurrent.TimeUnit;

import javafx.scene.image.WritableImage;

import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.canvas.CanvasBenchHarness;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The journey canvas on the benchmark map (40 stages by 12 lanes, 5,000 cards) in a 1920 × 1080 scene, headless
 * (Monocle) with the software Prism pipeline, at 100 % zoom and zoomed to fit (the worst case: the canvas's minimum
 * zoom of 10 %, about 3,100 cards in view; the whole map would need 6 %). Target: p95 under 16 ms for each.
 * <ul>
 * <li>{@code fullRepaint}: the painter records the whole view into the canvas, then the scene is rendered
 * ({@code scene.snapshot}, which adds a read-back of the pixels, so this is an upper bound; the scene is not shown
 * in a window, so each frame is rendered once, as in the app: see {@link CanvasBenchHarness});
 * <li>{@code fullRepaintFromScratch}: the same with the canvas's pictures of stamps (card frames, badges) forgotten
 * before each repaint, so every stamp is drawn as shapes (the first repaint at a new zoom); {@code fullRepaint} draws
 * them from the pictures made after its first repaints, as every later repaint at the same zoom does;
 * <li>{@code dragToRepaint}: a MOUSE_DRAGGED event fired at the canvas node during a card drag, its handling and the
 * repaint it requests (run at once instead of on the next pulse), rendered the same way.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dheadless.geometry=1920x1080-32", "-Dprism.order=sw", "-Dprism.text=t2k", "-Dtestfx.headless=true",
        "-Djava.awt.headless=true", "-Duser.language=en", "-Duser.country=GB"})
public class CanvasBenchmark {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    /** "100": 100 % zoom at the top left of the map; "fit": zoomed to fit, every card in view. */
    @Param({"100", "fit"})
    public String zoom;

    private CanvasBenchHarness canvas;

    @Setup(Level.Trial)
    public void open() throws Exception {
        CanvasBenchHarness.startPlatform();
        canvas = CanvasBenchHarness.open(TestWorkshops.large5000(), WIDTH, HEIGHT, "fit".equals(zoom));
        if (canvas.canvasWidth() != WIDTH || canvas.canvasHeight() != HEIGHT) {
            throw new IllegalStateException("canvas is " + canvas.canvasWidth() + " x " + canvas.canvasHeight());
        }
        if (canvas.cardsInLayout() != 5000) {
            throw new IllegalStateException("the map did not lay out whole");
        }
        // The map is 9,032 x 17,481 pt: a 1080-pixel-high view would need 6 %, below the canvas's minimum zoom of
        // 10 %, so "zoom to fit" stops at 10 % with about 3,100 of the cards in view (all 40 stages, the middle lanes).
        if ("fit".equals(zoom) && canvas.cardsInView() < 3000) {
            throw new IllegalStateException("zoom to fit shows only " + canvas.cardsInView() + " cards");
        }
        String card = canvas.pressOnACard();
        if (canvas.coloursInLastFrame() < 20) {
            throw new IllegalStateException("the rendered frame is nearly blank");
        }
        canvas.fullRepaint();
        canvas.fullRepaint();
        int pictures = canvas.stampPictures();
        if (!"fit".equals(zoom) && pictures == 0) {
            throw new IllegalStateException("no stamp was pictured after two repaints");
        }
        System.out.printf("%n[canvas] %s: zoom %.3f, %d cards in view, %d colours in the frame, %d stamp "
                + "pictures, dragging card %s%n", zoom, canvas.zoom(), canvas.cardsInView(),
                canvas.coloursInLastFrame(), pictures, card);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        canvas.cancelDragAndClose();
    }

    @Benchmark
    public WritableImage fullRepaint() throws Exception {
        return canvas.fullRepaint();
    }

    @Benchmark
    public WritableImage fullRepaintFromScratch() throws Exception {
        return canvas.fullRepaintFromScratch();
    }

    @Benchmark
    public WritableImage dragToRepaint() throws Exception {
        return canvas.dragAndRepaint();
    }
}
