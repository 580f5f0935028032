package org.nineplus.ui.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.nineplus.export.Orientation;
import org.nineplus.export.PageSize;
import org.nineplus.export.PngOptions;

/**
 * The export dialog's last choices: kept for the session and in a {@link Preferences} node (normally
 * {@value #NODE} of the user), so they survive a restart. Preferences may touch the disk, so call it off the FX
 * thread (the window calls it on its export thread). A value the node cannot give back (an old or edited entry)
 * falls back to the default; a store that fails keeps the choices for the session only.
 */
public final class ExportMemory {

    /** The user preferences node of the application. */
    public static final String NODE = "org/nineplus/export";

    private final Supplier<Preferences> node;
    private ExportChoices session;

    /** @param node gives the node on first use ({@code () -> Preferences.userRoot().node(NODE)}) */
    public ExportMemory(Supplier<Preferences> node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The user's node under {@value #NODE}. */
    public static ExportMemory forUser() {
        return new ExportMemory(() -> Preferences.userRoot().node(NODE));
    }

    /** The last choices of this session, else those stored, else the defaults. */
    public synchronized ExportChoices recall() {
        if (session == null) {
            session = read(node.get());
        }
        return session;
    }

    /** Keeps the choices for the session and writes them to the node. */
    public synchronized void remember(ExportChoices choices) {
        session = Objects.requireNonNull(choices, "choices");
        Preferences prefs = node.get();
        prefs.put("format", choices.format().name());
        prefs.put("page", choices.page().name());
        prefs.put("orientation", choices.orientation().name());
        prefs.put("placement", choices.placement().name());
        prefs.put("tileSheet", choices.tileSheet().name());
        prefs.putInt("dpi", choices.dpi());
        prefs.putDouble("scale", choices.scale());
        prefs.putDouble("overlapMm", choices.overlapMm());
        prefs.putBoolean("advisorPage", choices.advisorPage());
        if (choices.folder() == null) {
            prefs.remove("folder");
        } else {
            prefs.put("folder", choices.folder().toString());
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // The choices stay for this session; the next start uses what the store still holds.
        }
    }

    private static ExportChoices read(Preferences prefs) {
        ExportChoices d = ExportChoices.defaults();
        int dpi = prefs.getInt("dpi", d.dpi());
        double scale = prefs.getDouble("scale", d.scale());
        double overlap = prefs.getDouble("overlapMm", d.overlapMm());
        PageSize sheet = named(prefs.get("tileSheet", null), PageSize::valueOf, d.tileSheet());
        return new ExportChoices(
                named(prefs.get("format", null), ExportFormat::valueOf, d.format()),
                named(prefs.get("page", null), PageSize::valueOf, d.page()),
                named(prefs.get("orientation", null), Orientation::valueOf, d.orientation()),
                named(prefs.get("placement", null), MapPlacement::valueOf, d.placement()),
                sheet == PageSize.A4 || sheet == PageSize.A3 ? sheet : d.tileSheet(),
                dpi >= PngOptions.MIN_DPI && dpi <= PngOptions.MAX_DPI ? dpi : d.dpi(),
                scale > 0 && scale <= 100 ? scale : d.scale(),
                overlap >= 0 && overlap <= 50 ? overlap : d.overlapMm(),
                prefs.getBoolean("advisorPage", d.advisorPage()),
                folder(prefs.get("folder", null)));
    }

    private static <T> T named(String name, Function<String, T> valueOf, T fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return valueOf.apply(name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static Path folder(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
