package org.nineplus.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.nineplus.render.Rect;

/** Where the main window opens: the standard place on a first start, else where it was left, fitted to the screens. */
class WindowPlacementTest {

    private static final Rect PROJECTOR = new Rect(0, 0, 1920, 1080);
    private static final Rect LAPTOP = new Rect(0, 0, 1366, 768);

    @Test
    void aFirstStartTakesMostOfALargeScreenCentred() {
        assertThat(WindowPlacement.standard(PROJECTOR)).isEqualTo(new WindowPlacement(144, 81, 1632, 918, false));
        assertThat(WindowPlacement.standard(new Rect(0, 0, 2560, 1400)))
                .isEqualTo(new WindowPlacement(192, 105, 2176, 1190, false));
    }

    @Test
    void aFirstStartOnALaptopGetsTheDesignSizeOrTheWholeScreen() {
        assertThat(WindowPlacement.standard(LAPTOP)).isEqualTo(new WindowPlacement(43, 0, 1280, 768, false));
        assertThat(WindowPlacement.standard(new Rect(0, 24, 1024, 576)))
                .as("a screen smaller than the design size, below a 24-pixel top bar")
                .isEqualTo(new WindowPlacement(0, 24, 1024, 576, false));
    }

    @Test
    void nothingStoredMeansTheStandardPlaceOnThePrimaryScreen() {
        assertThat(WindowPlacement.restore(Optional.empty(), List.of(PROJECTOR), PROJECTOR))
                .isEqualTo(WindowPlacement.standard(PROJECTOR));
    }

    @Test
    void aWindowLeftOnTheScreenOpensExactlyThere() {
        WindowPlacement left = new WindowPlacement(200, 50, 1400, 900, false);

        assertThat(WindowPlacement.restore(Optional.of(left), List.of(PROJECTOR), PROJECTOR)).isEqualTo(left);
        WindowPlacement maximised = new WindowPlacement(200, 50, 1400, 900, true);
        assertThat(WindowPlacement.restore(Optional.of(maximised), List.of(PROJECTOR), PROJECTOR))
                .isEqualTo(maximised);
    }

    @Test
    void aWindowHalfOffTheEdgeIsMovedOntoTheScreen() {
        WindowPlacement hanging = new WindowPlacement(1500, -300, 1000, 700, false);

        assertThat(WindowPlacement.restore(Optional.of(hanging), List.of(PROJECTOR), PROJECTOR))
                .isEqualTo(new WindowPlacement(920, 0, 1000, 700, false));
    }

    @Test
    void aWindowFromALargerScreenShrinksToTheLaptop() {
        WindowPlacement large = new WindowPlacement(100, 80, 1632, 918, false);

        assertThat(WindowPlacement.restore(Optional.of(large), List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowPlacement(0, 0, 1366, 768, false));
    }

    @Test
    void aWindowOnASecondScreenStaysThereWhileThatScreenIsConnected() {
        Rect second = new Rect(1366, 0, 1920, 1080);
        WindowPlacement onProjector = new WindowPlacement(1500, 100, 1600, 900, true);

        assertThat(WindowPlacement.restore(Optional.of(onProjector), List.of(LAPTOP, second), LAPTOP))
                .isEqualTo(onProjector);
        assertThat(WindowPlacement.restore(Optional.of(onProjector), List.of(LAPTOP), LAPTOP))
                .as("the projector is unplugged: the laptop's standard place, still maximised")
                .isEqualTo(new WindowPlacement(43, 0, 1280, 768, true));
    }

    @Test
    void aWindowOverlappingTwoScreensGoesToTheOneItShowsMostOn() {
        Rect right = new Rect(1920, 0, 1920, 1080);
        WindowPlacement straddling = new WindowPlacement(1700, 100, 1000, 800, false);

        assertThat(WindowPlacement.restore(Optional.of(straddling), List.of(PROJECTOR, right), PROJECTOR))
                .isEqualTo(new WindowPlacement(1920, 100, 1000, 800, false));
    }

    @Test
    void boundsThatAreNoWindowAreRefused() {
        assertThatThrownBy(() -> new WindowPlacement(0, 0, 0, 600, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowPlacement(Double.NaN, 0, 800, 600, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowPlacement(0, 0, 800, Double.POSITIVE_INFINITY, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
