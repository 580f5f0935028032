package org.nineplus.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nineplus.render.Rect;

/** Zoom and pan arithmetic, without a window. */
class CanvasTransformTest {

    private final CanvasTransform t = new CanvasTransform();

    @Test
    void mapAndScreenConvertBothWays() {
        t.set(2, 100, 50);
        assertThat(t.toScreenX(110)).isEqualTo(20);
        assertThat(t.toScreenY(60)).isEqualTo(20);
        assertThat(t.toMapX(20)).isEqualTo(110);
        assertThat(t.toMapY(20)).isEqualTo(60);
        assertThat(t.visible(800, 600)).isEqualTo(new Rect(100, 50, 400, 300));
    }

    @Test
    void zoomingKeepsThePointUnderTheMouseInPlace() {
        t.set(1, 30, 40);
        double mapX = t.toMapX(300);
        double mapY = t.toMapY(200);
        assertThat(t.zoomAt(2.5, 300, 200)).isTrue();
        assertThat(t.toScreenX(mapX)).isCloseTo(300, within(1e-9));
        assertThat(t.toScreenY(mapY)).isCloseTo(200, within(1e-9));
    }

    @Test
    void zoomStaysWithinTenToFourHundredPercent() {
        t.zoomAt(50, 0, 0);
        assertThat(t.zoom()).isEqualTo(CanvasTransform.MAX_ZOOM);
        assertThat(t.zoomAt(9, 0, 0)).isFalse();
        t.zoomAt(0.001, 0, 0);
        assertThat(t.zoom()).isEqualTo(CanvasTransform.MIN_ZOOM);
    }

    @Test
    void stepsSnapToActualSizeWhenPassingIt() {
        t.set(0.9, 0, 0);
        assertThat(t.stepped(true)).isEqualTo(1.0);
        t.set(1.1, 0, 0);
        assertThat(t.stepped(false)).isEqualTo(1.0);
        t.set(1, 0, 0);
        assertThat(t.stepped(true)).isEqualTo(1.25);
        assertThat(t.stepped(false)).isEqualTo(0.8);
    }

    @Test
    void fitShowsTheWholeMapCentred() {
        t.fit(2000, 1000, 1000, 800);
        Rect visible = t.visible(1000, 800);
        assertThat(visible.x()).isLessThanOrEqualTo(0);
        assertThat(visible.right()).isGreaterThanOrEqualTo(2000);
        assertThat(visible.y()).isLessThanOrEqualTo(0);
        assertThat(visible.bottom()).isGreaterThanOrEqualTo(1000);
        assertThat(visible.centerX()).isCloseTo(1000, within(1e-9));
        assertThat(visible.centerY()).isCloseTo(500, within(1e-9));
        assertThat(t.zoom()).isCloseTo((1000 - 2 * CanvasTransform.FIT_MARGIN) / 2000, within(1e-9));
    }

    @Test
    void fitNeverZoomsBeyondTheRange() {
        t.fit(10, 10, 1000, 800);
        assertThat(t.zoom()).isEqualTo(CanvasTransform.MAX_ZOOM);
        t.fit(1_000_000, 1_000_000, 1000, 800);
        assertThat(t.zoom()).isEqualTo(CanvasTransform.MIN_ZOOM);
    }

    @Test
    void panningMovesTheViewOppositeToTheDrag() {
        t.set(2, 100, 100);
        t.panBy(40, -20);
        assertThat(t.originX()).isEqualTo(80);
        assertThat(t.originY()).isEqualTo(110);
    }

    @Test
    void theViewCentreCannotLeaveTheMap() {
        t.set(1, -5000, 9000);
        t.constrain(1000, 800, 400, 300);
        Rect visible = t.visible(400, 300);
        assertThat(visible.centerX()).isEqualTo(0);
        assertThat(visible.centerY()).isEqualTo(800);
    }
}
