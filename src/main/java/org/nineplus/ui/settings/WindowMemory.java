package org.nineplus.ui.settings;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The main window's last {@link WindowPlacement}, kept in the user's {@link Preferences} node {@value #NODE}, so the
 * next start opens where the user left the window. Preferences may touch the disk: call it off the FX thread. A
 * missing, partial or edited entry reads as nothing stored; a store that cannot be written is ignored (the window
 * then opens at the standard place next time, which loses nothing).
 */
public final class WindowMemory {

    public static final String NODE = "org/nineplus/window";

    private final Supplier<Preferences> node;

    /** @param node gives the node on first use ({@code () -> Preferences.userRoot().node(NODE)}) */
    public WindowMemory(Supplier<Preferences> node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    public static WindowMemory forUser() {
        return new WindowMemory(() -> Preferences.userRoot().node(NODE));
    }

    /** The stored placement, or empty when there is none or it is not a window's bounds. */
    public Optional<WindowPlacement> recall() {
        try {
            Preferences prefs = node.get();
            double x = prefs.getDouble("x", Double.NaN);
            double y = prefs.getDouble("y", Double.NaN);
            double width = prefs.getDouble("width", Double.NaN);
            double height = prefs.getDouble("height", Double.NaN);
            boolean maximized = prefs.getBoolean("maximized", false);
            return Optional.of(new WindowPlacement(x, y, width, height, maximized));
        } catch (RuntimeException unusable) {
            // Nothing stored, an edited entry or an unreadable store: open at the standard place.
            return Optional.empty();
        }
    }

    /** Stores the placement; returns false when the store could not be written. */
    public boolean remember(WindowPlacement placement) {
        Objects.requireNonNull(placement, "placement");
        try {
            Preferences prefs = node.get();
            prefs.putDouble("x", placement.x());
            prefs.putDouble("y", placement.y());
            prefs.putDouble("width", placement.width());
            prefs.putDouble("height", placement.height());
            prefs.putBoolean("maximized", placement.maximized());
            prefs.flush();
            return true;
        } catch (BackingStoreException | RuntimeException e) {
            return false;
        }
    }
}
