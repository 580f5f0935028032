package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The default library file on Linux, Windows and macOS. */
class LibraryLocationTest {

    private static final Path HOME = Path.of("/home/anna");

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(LibraryLocation.defaultLibrary("Linux", Map.of("XDG_DATA_HOME", "/data/anna"), HOME))
                .isEqualTo(Path.of("/data/anna/NinePlus/library.mv.db"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetEmptyOrRelative() {
        Path expected = Path.of("/home/anna/.local/share/NinePlus/library.mv.db");
        assertThat(LibraryLocation.defaultLibrary("Linux", Map.of(), HOME)).isEqualTo(expected);
        assertThat(LibraryLocation.defaultLibrary("Linux", Map.of("XDG_DATA_HOME", ""), HOME)).isEqualTo(expected);
        assertThat(LibraryLocation.defaultLibrary("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), HOME))
                .isEqualTo(expected);
        assertThat(LibraryLocation.defaultLibrary("FreeBSD", Map.of(), HOME)).isEqualTo(expected);
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\anna\\AppData\\Roaming";
        assertThat(LibraryLocation.defaultLibrary("Windows 11", Map.of("APPDATA", appData), HOME))
                .isEqualTo(Path.of(appData).resolve("NinePlus").resolve("library.mv.db"));
        assertThat(LibraryLocation.defaultLibrary("Windows 11", Map.of(), HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("NinePlus").resolve("library.mv.db"));
    }

    @Test
    void macOsUsesApplicationSupportAndIgnoresXdg() {
        assertThat(LibraryLocation.defaultLibrary("Mac OS X", Map.of("XDG_DATA_HOME", "/data/anna"), HOME))
                .isEqualTo(Path.of("/home/anna/Library/Application Support/NinePlus/library.mv.db"));
    }

    @Test
    void theRealSystemGivesALibraryInsideTheHomeOrDataFolder() {
        Path library = LibraryLocation.defaultLibrary();
        assertThat(library.getFileName()).hasToString("library.mv.db");
        assertThat(library.getParent().getFileName()).hasToString("NinePlus");
        assertThat(library).isAbsolute();
    }
}
