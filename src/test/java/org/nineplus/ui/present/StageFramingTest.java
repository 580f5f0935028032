package org.nineplus.ui.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Journey;
import org.nineplus.render.LayoutOptions;
import org.nineplus.render.MapLayout;
import org.nineplus.render.MapLayouter;
import org.nineplus.render.Rect;
import org.nineplus.render.StageColumn;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.editor.CanvasView.View;

/** Where presentation mode puts a stage, which stages it dims, and stepping through them; no window. */
class StageFramingTest {

    private final Journey journey = TestWorkshops.workedExample().journeys().get(0);
    private final MapLayout layout = MapLayouter.layout(journey, LayoutOptions.defaults());

    private StageColumn stage(int index) {
        return layout.stages().get(index);
    }

    private static Rect onScreen(View v, Rect map) {
        return Rect.spanning(v.toScreenX(map.x()), v.toScreenY(map.y()), v.toScreenX(map.right()),
                v.toScreenY(map.bottom()));
    }

    @Test
    void aStageThatFitsIsCentredAcrossAndBelowTheCounterLargerThanTheEditorShowsIt() {
        double w = 1920;
        double h = 1080 * 4;
        View v = StageFraming.frame(stage(1), w, h);
        Rect shown = onScreen(v, StageFraming.area(stage(1)));
        assertThat(v.zoom()).isGreaterThan(1.0);
        assertThat(shown.centerX()).isCloseTo(w / 2, within(0.5));
        assertThat(shown.width()).as("at most half the screen wide").isLessThanOrEqualTo(w / 2 + 0.5);
        assertThat(shown.y()).isGreaterThanOrEqualTo(StageFraming.TOP - 0.5);
        assertThat(shown.bottom()).isLessThanOrEqualTo(h - StageFraming.MARGIN + 0.5);
    }

    @Test
    void aStageTallerThanTheScreenStaysReadableWithItsHeaderBelowTheCounterAndScrolls() {
        double w = 1280;
        double h = 500;
        View v = StageFraming.frame(stage(0), w, h);
        Rect area = StageFraming.area(stage(0));
        assertThat(area.height() * StageFraming.READABLE_ZOOM).isGreaterThan(h);
        assertThat(v.zoom()).isGreaterThanOrEqualTo(StageFraming.READABLE_ZOOM);
        assertThat(onScreen(v, area).y()).isCloseTo(StageFraming.TOP, within(0.5));

        View down = StageFraming.scroll(v, stage(0), h, 1);
        assertThat(down.originY()).isGreaterThan(v.originY());
        View bottom = down;
        for (int i = 0; i < 20; i++) {
            bottom = StageFraming.scroll(bottom, stage(0), h, 1);
        }
        assertThat(onScreen(bottom, area).bottom()).as("stops at the column's foot")
                .isCloseTo(h - StageFraming.MARGIN, within(0.5));
        View top = bottom;
        for (int i = 0; i < 20; i++) {
            top = StageFraming.scroll(top, stage(0), h, -1);
        }
        assertThat(top.originY()).isCloseTo(v.originY(), within(1e-6));
    }

    @Test
    void downThenUpComesBackToExactlyTheFramedView() {
        for (double h = 400; h <= 1200; h += 8) {
            View framed = StageFraming.frame(stage(0), 1920, h);
            View down = StageFraming.scroll(framed, stage(0), h, 1);
            if (down.equals(framed)) {
                continue;
            }
            assertThat(StageFraming.scroll(down, stage(0), h, -1)).as("at %s px high", h).isEqualTo(framed);
        }
    }

    @Test
    void aStageThatFitsDoesNotScroll() {
        View v = StageFraming.frame(stage(2), 1920, 4000);
        assertThat(StageFraming.scroll(v, stage(2), 4000, 1)).isEqualTo(v);
    }

    @Test
    void everyOtherStageIsDimmedOverItsHeaderAndColumn() {
        View v = StageFraming.frame(stage(1), 1920, 1080);
        List<Rect> dims = StageFraming.dimmed(layout, "S2", v);
        assertThat(dims).hasSize(2);
        assertThat(dims.get(0)).isEqualTo(onScreen(v, StageFraming.area(stage(0))));
        assertThat(dims.get(1)).isEqualTo(onScreen(v, StageFraming.area(stage(2))));
        Rect current = onScreen(v, StageFraming.area(stage(1)));
        assertThat(dims).noneMatch(d -> d.overlaps(current));
        assertThat(StageFraming.dimmed(layout, null, v)).isEmpty();
    }

    @Test
    void stepsGoThroughTheStagesAndStopAtBothEnds() {
        StageSteps steps = new StageSteps(journey);
        assertThat(steps.current().orElseThrow().id()).isEqualTo("S1");
        assertThat(steps.number()).isEqualTo(1);
        assertThat(steps.count()).isEqualTo(3);
        assertThat(steps.step(-1)).isFalse();
        assertThat(steps.step(1)).isTrue();
        assertThat(steps.current().orElseThrow().id()).isEqualTo("S2");
        assertThat(steps.last()).isTrue();
        assertThat(steps.number()).isEqualTo(3);
        assertThat(steps.step(1)).isFalse();
        assertThat(steps.first()).isTrue();
        assertThat(steps.current().orElseThrow().name()).isEqualTo("Orient");
        StageSteps none = new StageSteps(new Journey("j", "Empty", "", null, List.of(), List.of(), List.of(), List.of()));
        assertThat(none.current()).isEmpty();
        assertThat(none.number()).isZero();
        assertThat(none.step(1)).isFalse();
    }
}
