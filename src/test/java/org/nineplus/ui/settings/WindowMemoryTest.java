package org.nineplus.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window's last placement is kept in a preferences node; anything unusable there reads as nothing stored. */
class WindowMemoryTest {

    private final Preferences node = Preferences.userRoot().node("org/nineplus/test/window-" + System.nanoTime());
    private final WindowMemory memory = new WindowMemory(() -> node);

    @AfterEach
    void cleanUp() throws Exception {
        node.removeNode();
        node.flush();
    }

    @Test
    void nothingStoredReadsAsEmpty() {
        assertThat(memory.recall()).isEmpty();
    }

    @Test
    void aStoredPlacementSurvivesARestart() {
        WindowPlacement left = new WindowPlacement(120.5, -20, 1400, 860, true);

        assertThat(memory.remember(left)).isTrue();

        assertThat(new WindowMemory(() -> node).recall()).contains(left);
    }

    @Test
    void aPartialOrEditedEntryReadsAsNothingStored() {
        memory.remember(new WindowPlacement(10, 20, 1000, 700, false));
        node.remove("height");
        assertThat(memory.recall()).as("height missing").isEmpty();

        node.put("height", "tall");
        assertThat(memory.recall()).as("height not a number").isEmpty();

        node.putDouble("height", -5);
        assertThat(memory.recall()).as("negative height").isEmpty();

        node.putDouble("height", 700);
        assertThat(memory.recall()).contains(new WindowPlacement(10, 20, 1000, 700, false));
    }

    @Test
    void anUnreadableStoreReadsAsNothingStoredAndAFailedWriteIsReported() {
        WindowMemory broken = new WindowMemory(() -> {
            throw new IllegalStateException("the preferences store cannot be read");
        });

        assertThat(broken.recall()).isEmpty();
        assertThat(broken.remember(new WindowPlacement(0, 0, 800, 600, false))).isFalse();
    }
}
