package org.nineplus.render;

/**
 * Passes every call through, except text too small for the {@link Detail}: that becomes a thin light bar of the
 * line's width where the glyphs' body would be (a glyph 1 px high is unreadable and costs far more to rasterise).
 */
final class DetailSurface implements Surface {

    /** The bar's opacity relative to the text colour: small glyphs cover only part of their box. */
    static final double BAR_ALPHA = 0.35;

    private final Surface s;
    private final Detail detail;
    private final TextMeasurer measurer = TextMeasurer.standard();

    DetailSurface(Surface s, Detail detail) {
        this.s = s;
        this.detail = detail;
    }

    @Override
    public void text(double x, double baselineY, String text, double size, boolean bold, Rgb colour) {
        if (!detail.textAsBar(size)) {
            s.text(x, baselineY, text, size, bold, colour);
        } else if (!text.isBlank()) {
            double w = measurer.width(text, size, bold);
            s.fillRect(new Rect(x, baselineY - size * 0.6, w, size * 0.5),
                    colour.withAlpha((int) Math.round(colour.alpha() * BAR_ALPHA)));
        }
    }

    @Override
    public void drawImage(Rect rect, RasterImage image) {
        s.drawImage(rect, image);
    }

    @Override
    public void fillRect(Rect rect, Rgb fill) {
        s.fillRect(rect, fill);
    }

    @Override
    public void strokeRect(Rect rect, Rgb colour, Stroke stroke) {
        s.strokeRect(rect, colour, stroke);
    }

    @Override
    public void fillRoundRect(Rect rect, double radius, Rgb fill) {
        s.fillRoundRect(rect, radius, fill);
    }

    @Override
    public void strokeRoundRect(Rect rect, double radius, Rgb colour, Stroke stroke) {
        s.strokeRoundRect(rect, radius, colour, stroke);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb colour, Stroke stroke) {
        s.line(x1, y1, x2, y2, colour, stroke);
    }

    @Override
    public void fillPath(PathShape path, Rgb fill) {
        s.fillPath(path, fill);
    }

    @Override
    public void fillPath(PathShape path, Rgb fill, Rect plain) {
        s.fillPath(path, fill, plain);
    }

    @Override
    public void strokePath(PathShape path, Rgb colour, Stroke stroke) {
        s.strokePath(path, colour, stroke);
    }

    /** Passed on, unless its text is drawn as a bar here: then its parts come through this surface. */
    @Override
    public void stamp(double x, double y, Stamp stamp) {
        if (stamp.textSize() > 0 && detail.textAsBar(stamp.textSize())) {
            stamp.paint(x, y, this);
        } else {
            s.stamp(x, y, stamp);
        }
    }

    @Override
    public void clip(Rect rect) {
        s.clip(rect);
    }

    @Override
    public void restore() {
        s.restore();
    }
}
