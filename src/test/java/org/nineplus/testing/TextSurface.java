package org.nineplus.testing;

import java.util.ArrayList;
import java.util.List;

import org.nineplus.render.PathShape;
import org.nineplus.render.RasterImage;
import org.nineplus.render.Rect;
import org.nineplus.render.Rgb;
import org.nineplus.render.Stroke;
import org.nineplus.render.Surface;

/** A surface that keeps every text the painter draws (and nothing else), for tests that read the map's words. */
public final class TextSurface implements Surface {

    /** One drawn text: where its baseline starts and how large it is. */
    public record Drawn(String text, double x, double baseline, double size, boolean bold) {
    }

    private final List<Drawn> drawn = new ArrayList<>();

    public List<Drawn> drawn() {
        return List.copyOf(drawn);
    }

    /** The drawn texts in drawing order. */
    public List<String> texts() {
        return drawn.stream().map(Drawn::text).toList();
    }

    @Override
    public void text(double x, double baselineY, String text, double size, boolean bold, Rgb colour) {
        drawn.add(new Drawn(text, x, baselineY, size, bold));
    }

    @Override
    public void fillRect(Rect rect, Rgb fill) {
    }

    @Override
    public void strokeRect(Rect rect, Rgb colour, Stroke stroke) {
    }

    @Override
    public void fillRoundRect(Rect rect, double radius, Rgb fill) {
    }

    @Override
    public void strokeRoundRect(Rect rect, double radius, Rgb colour, Stroke stroke) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb colour, Stroke stroke) {
    }

    @Override
    public void fillPath(PathShape path, Rgb fill) {
    }

    @Override
    public void strokePath(PathShape path, Rgb colour, Stroke stroke) {
    }

    @Override
    public void drawImage(Rect rect, RasterImage image) {
    }

    @Override
    public void clip(Rect rect) {
    }

    @Override
    public void restore() {
    }
}
