package org.nineplus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.nineplus.testing.ChildJvm;

/**
 * The app's own start and stop keep the window where the user left it: a child JVM (headless, 1920 × 1080, a
 * preferences folder of its own) starts the real app with a stored placement, the window closes itself once the
 * library is open, and what the app kept for the next start is read back ({@link PlacementDriver}).
 */
class WindowPlacementIT {

    @TempDir
    Path dir;

    private String run(String stored) throws Exception {
        List<String> options = new ArrayList<>(ChildJvm.HEADLESS_FX);
        options.add("-Djava.util.prefs.userRoot=" + dir.resolve("prefs"));
        ChildJvm child = ChildJvm.start(dir.resolve("errors.txt"), options, PlacementDriver.class,
                dir.resolve("library.mv.db").toString(), stored);
        String line = child.awaitLineStartingWith("stored ", "window placement " + stored, 90).text();
        assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).as("the app exits").isTrue();
        return line.substring("stored ".length());
    }

    @Test
    void theWindowOpensWhereItWasLeftAndThatIsKeptAgain() throws Exception {
        assertThat(run("200,50,1400,900,false")).isEqualTo("200.0 50.0 1400.0 900.0 false");
        assertThat(run("150,60,1500,880,true"))
                .as("opened maximised, the bounds it returns to are kept with the flag")
                .isEqualTo("150.0 60.0 1500.0 880.0 true");
    }

    @Test
    void aFirstStartOpensAtTheStandardPlaceAndKeepsIt() throws Exception {
        assertThat(run("none")).isEqualTo("144.0 81.0 1632.0 918.0 false");
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneComesBackOnThisOne() throws Exception {
        assertThat(run("2400,100,1200,800,false")).isEqualTo("144.0 81.0 1632.0 918.0 false");
    }
}
