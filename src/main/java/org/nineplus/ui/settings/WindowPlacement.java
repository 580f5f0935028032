package org.nineplus.ui.settings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.nineplus.render.Rect;

/**
 * Where the main window is and how big, as the user left it: its normal (not maximised, not full-screen) bounds in
 * screen coordinates and whether it was maximised. Plain arithmetic on screen rectangles, no JavaFX, so the choice of
 * where to open is tested without a display.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** The size the workbench is designed for; a first start never opens smaller when the screen has room. */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    /** The share of a large screen a first start takes (a projector at 1920 × 1080 gets 1632 × 918). */
    public static final double SHARE = 0.85;

    public WindowPlacement {
        if (!(Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height))
                || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("not a window's bounds: " + x + ", " + y + ", " + width + " x "
                    + height);
        }
    }

    public Rect bounds() {
        return new Rect(x, y, width, height);
    }

    /**
     * A first start on {@code screen} (its visual bounds: without task bars): {@value #SHARE} of it, at least
     * {@value #WIDTH} × {@value #HEIGHT} where the screen has room, never more than the screen, centred.
     */
    public static WindowPlacement standard(Rect screen) {
        double w = Math.min(screen.width(), Math.max(WIDTH, Math.floor(screen.width() * SHARE)));
        double h = Math.min(screen.height(), Math.max(HEIGHT, Math.floor(screen.height() * SHARE)));
        return new WindowPlacement(screen.x() + Math.floor((screen.width() - w) / 2),
                screen.y() + Math.floor((screen.height() - h) / 2), w, h, false);
    }

    /**
     * Where to open the window: the stored placement on the screen it overlaps most, moved and if need be shrunk to
     * lie wholly on that screen (a window half off the edge, or from a larger screen); when it overlaps none of the
     * {@code screens} (a projector or second screen that is gone), the {@linkplain #standard standard} placement on
     * {@code primary}, still maximised if it was. Nothing stored: the standard placement.
     */
    public static WindowPlacement restore(Optional<WindowPlacement> stored, List<Rect> screens, Rect primary) {
        Objects.requireNonNull(primary, "primary");
        if (stored.isEmpty()) {
            return standard(primary);
        }
        WindowPlacement was = stored.get();
        Rect screen = null;
        double most = 0;
        for (Rect candidate : screens) {
            double area = overlap(was.bounds(), candidate);
            if (area > most) {
                most = area;
                screen = candidate;
            }
        }
        if (screen == null) {
            WindowPlacement fresh = standard(primary);
            return new WindowPlacement(fresh.x, fresh.y, fresh.width, fresh.height, was.maximized);
        }
        double w = Math.min(was.width, screen.width());
        double h = Math.min(was.height, screen.height());
        double x = Math.max(screen.x(), Math.min(was.x, screen.right() - w));
        double y = Math.max(screen.y(), Math.min(was.y, screen.bottom() - h));
        return new WindowPlacement(x, y, w, h, was.maximized);
    }

    private static double overlap(Rect a, Rect b) {
        double w = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
