package org.nineplus.render;

import java.util.ArrayList;
import java.util.List;

/** A surface that records what is drawn, for tests. */
final class RecordingSurface implements Surface {

    record Call(String op, Rect rect, String text, Rgb colour) {
    }

    final List<Call> calls = new ArrayList<>();
    /** Stamps kept whole, as a surface with pictures of them would: recorded as "stamp" calls, not their parts. */
    final List<Stamp> stamps = new ArrayList<>();
    private final boolean keepsStamps;

    RecordingSurface() {
        this(false);
    }

    RecordingSurface(boolean keepsStamps) {
        this.keepsStamps = keepsStamps;
    }

    @Override
    public void stamp(double x, double y, Stamp stamp) {
        if (!keepsStamps) {
            stamp.paint(x, y, this);
            return;
        }
        stamps.add(stamp);
        Rect reach = stamp.reach();
        calls.add(new Call("stamp", new Rect(x + reach.x(), y + reach.y(), reach.width(), reach.height()),
                stamp instanceof Badge b ? b.label() : null, null));
    }
    private int clipDepth;

    @Override
    public void fillRect(Rect rect, Rgb fill) {
        calls.add(new Call("fillRect", rect, null, fill));
    }

    @Override
    public void strokeRect(Rect rect, Rgb colour, Stroke stroke) {
        calls.add(new Call("strokeRect", rect, null, colour));
    }

    @Override
    public void fillRoundRect(Rect rect, double radius, Rgb fill) {
        calls.add(new Call("fillRoundRect", rect, null, fill));
    }

    @Override
    public void strokeRoundRect(Rect rect, double radius, Rgb colour, Stroke stroke) {
        calls.add(new Call(stroke.dashed() ? "strokeRoundRectDashed" : "strokeRoundRect", rect, null, colour));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb colour, Stroke stroke) {
        calls.add(new Call("line", Rect.spanning(x1, y1, x2, y2), null, colour));
    }

    @Override
    public void fillPath(PathShape path, Rgb fill) {
        calls.add(new Call("fillPath", null, null, fill));
    }

    @Override
    public void strokePath(PathShape path, Rgb colour, Stroke stroke) {
        calls.add(new Call("strokePath", null, null, colour));
    }

    @Override
    public void text(double x, double baselineY, String text, double size, boolean bold, Rgb colour) {
        calls.add(new Call("text", new Rect(x, baselineY - size, 0, size), text, colour));
    }

    @Override
    public void drawImage(Rect rect, RasterImage image) {
        calls.add(new Call("drawImage", rect, null, null));
    }

    @Override
    public void clip(Rect rect) {
        clipDepth++;
        calls.add(new Call("clip", rect, null, null));
    }

    @Override
    public void restore() {
        if (clipDepth == 0) {
            throw new IllegalStateException("restore without clip");
        }
        clipDepth--;
        calls.add(new Call("restore", null, null, null));
    }

    int openClips() {
        return clipDepth;
    }

    List<String> texts() {
        return calls.stream().filter(c -> c.op().equals("text")).map(Call::text).toList();
    }
}
