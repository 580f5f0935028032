package org.nineplus.render;

/** The part of the map that is in view, in map coordinates; the painter skips what lies outside it. */
public record Viewport(double x, double y, double width, double height) {

    public Viewport {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative viewport size");
        }
    }

    /** The whole map, for exports. */
    public static Viewport whole(MapLayout layout) {
        return new Viewport(0, 0, layout.width(), layout.height());
    }

    public static Viewport of(Rect rect) {
        return new Viewport(rect.x(), rect.y(), rect.width(), rect.height());
    }

    public Rect rect() {
        return new Rect(x, y, width, height);
    }

    public boolean shows(Rect r) {
        return r.intersects(rect());
    }
}
