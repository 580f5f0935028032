package org.nineplus.store;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;

/**
 * Where the library lives when no {@code --db} is given: {@code NinePlus/library.mv.db} in the user's data folder.
 * <ul>
 * <li>Linux and other Unix: {@code $XDG_DATA_HOME}, or {@code ~/.local/share} when that is unset, empty or not
 * absolute (as the XDG base directory specification says).</li>
 * <li>Windows: {@code %APPDATA%}, or {@code ~/AppData/Roaming} when that is unset.</li>
 * <li>macOS: {@code ~/Library/Application Support}.</li>
 * </ul>
 */
public final class LibraryLocation {

    public static final String FOLDER = "NinePlus";
    public static final String FILE = "library.mv.db";

    private LibraryLocation() {
    }

    /** The default library of the user running this program. */
    public static Path defaultLibrary() {
        return defaultLibrary(System.getProperty("os.name", ""), System.getenv(),
                Paths.get(System.getProperty("user.home")));
    }

    /**
     * The default library for a system: {@code osName} as in the {@code os.name} property, {@code env} the
     * environment variables, {@code home} the user's home folder.
     */
    public static Path defaultLibrary(String osName, Map<String, String> env, Path home) {
        return dataFolder(osName, env, home).resolve(FOLDER).resolve(FILE);
    }

    static Path dataFolder(String osName, Map<String, String> env, Path home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return isSet(appData) ? home.getFileSystem().getPath(appData)
                    : home.resolve("AppData").resolve("Roaming");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (isSet(xdg)) {
            Path path = home.getFileSystem().getPath(xdg);
            if (path.isAbsolute()) {
                return path;
            }
        }
        return home.resolve(".local").resolve("share");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
