package org.nineplus.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, as Maven stamped it into the build. */
final class AppVersion {

    private AppVersion() {
    }

    static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
