package org.nineplus.app;

import java.util.Optional;

import org.nineplus.ui.settings.WindowMemory;
import org.nineplus.ui.settings.WindowPlacement;

/**
 * A child process for {@link WindowPlacementIT}: stores a window placement in the user's preferences (or none), starts
 * the app's window as {@code nineplus} does, with the start-up probe (the window closes itself once the library is
 * open), and after the app has stopped prints {@code stored X Y WIDTH HEIGHT MAXIMIZED}: what the app kept for the
 * next start, or {@code stored none}.
 *
 * <p>Arguments: the library file, then {@code none} or {@code X,Y,WIDTH,HEIGHT,MAXIMIZED}.
 */
public final class PlacementDriver {

    private PlacementDriver() {
    }

    public static void main(String[] args) {
        WindowMemory memory = WindowMemory.forUser();
        if (!args[1].equals("none")) {
            String[] v = args[1].split(",");
            memory.remember(new WindowPlacement(Double.parseDouble(v[0]), Double.parseDouble(v[1]),
                    Double.parseDouble(v[2]), Double.parseDouble(v[3]), Boolean.parseBoolean(v[4])));
        }
        System.setProperty(WorkbenchApp.STARTUP_PROBE, "true");
        WorkbenchApp.launchWindow(new String[] {"--db", args[0]});
        Optional<WindowPlacement> kept = memory.recall();
        System.out.println("stored " + kept.map(p -> p.x() + " " + p.y() + " " + p.width() + " " + p.height() + " "
                + p.maximized()).orElse("none"));
        System.out.flush();
        System.exit(0);
    }
}
