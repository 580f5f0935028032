package org.nineplus.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Base64;

import org.nineplus.render.MapFont;
import org.nineplus.render.PathShape;
import org.nineplus.render.RasterImage;
import org.nineplus.render.Rect;
import org.nineplus.render.Rgb;
import org.nineplus.render.Stroke;
import org.nineplus.render.Surface;

/**
 * A {@link Surface} that writes SVG elements as it is drawn on, straight to a writer (no DOM): rect, path, line,
 * image (an embedded PNG) and text; text stays text (font-family Liberation Sans with fallbacks, set once on the root by {@link #start}) and is
 * XML-escaped; a clip opens a group with a clipPath and its restore closes it. Map coordinates are user units.
 */
final class SvgSurface implements Surface {

    /** The font stack of every text: the map font first, then look-alikes. */
    static final String FONT_FAMILY = "'" + MapFont.FAMILY + "', Arimo, Arial, Helvetica, sans-serif";
    private static final int CALLS_BETWEEN_CANCEL_CHECKS = 512;

    private final Writer out;
    private final ExportProgress progress;
    private int clips;
    private int openGroups;
    private int calls;

    SvgSurface(Writer out, ExportProgress progress) {
        this.out = out;
        this.progress = progress;
    }

    /** Writes the XML declaration and the opening svg element of a width × height drawing. */
    void start(double width, double height, String title) {
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""
                + " width=\"" + num(width) + "\" height=\"" + num(height) + "\" viewBox=\"0 0 " + num(width) + " "
                + num(height) + "\" font-family=\"" + escape(FONT_FAMILY) + "\" style=\"font-kerning:none\">\n"
                + "<title>" + escape(title) + "</title>\n");
    }

    /** Closes any open group and the svg element. */
    void end() {
        while (openGroups > 0) {
            restore();
        }
        write("</svg>\n");
    }

    @Override
    public void fillRect(Rect r, Rgb fill) {
        write("<rect" + box(r) + paint("fill", fill) + "/>\n");
    }

    @Override
    public void strokeRect(Rect r, Rgb colour, Stroke stroke) {
        write("<rect" + box(r) + " fill=\"none\"" + stroke(colour, stroke) + "/>\n");
    }

    @Override
    public void fillRoundRect(Rect r, double radius, Rgb fill) {
        write("<rect" + box(r) + corners(r, radius) + paint("fill", fill) + "/>\n");
    }

    @Override
    public void strokeRoundRect(Rect r, double radius, Rgb colour, Stroke stroke) {
        write("<rect" + box(r) + corners(r, radius) + " fill=\"none\"" + stroke(colour, stroke) + "/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb colour, Stroke stroke) {
        write("<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\""
                + stroke(colour, stroke) + "/>\n");
    }

    @Override
    public void fillPath(PathShape path, Rgb fill) {
        write("<path d=\"" + d(path) + "\"" + paint("fill", fill) + "/>\n");
    }

    @Override
    public void strokePath(PathShape path, Rgb colour, Stroke stroke) {
        write("<path d=\"" + d(path) + "\" fill=\"none\"" + stroke(colour, stroke) + "/>\n");
    }

    @Override
    public void text(double x, double baselineY, String text, double size, boolean bold, Rgb colour) {
        if (text.isEmpty()) {
            return;
        }
        write("<text x=\"" + num(x) + "\" y=\"" + num(baselineY) + "\" font-size=\"" + num(size) + "\""
                + (bold ? " font-weight=\"bold\"" : "") + paint("fill", colour) + " xml:space=\"preserve\">"
                + escape(text) + "</text>\n");
    }

    @Override
    public void drawImage(Rect r, RasterImage image) {
        write("<image" + box(r) + " preserveAspectRatio=\"none\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " xlink:href=\"data:image/png;base64," + Base64.getEncoder().encodeToString(image.png()) + "\"/>\n");
    }

    @Override
    public void clip(Rect r) {
        String id = "clip" + (++clips);
        write("<clipPath id=\"" + id + "\"><rect" + box(r) + "/></clipPath>\n<g clip-path=\"url(#" + id + ")\">\n");
        openGroups++;
    }

    @Override
    public void restore() {
        if (openGroups == 0) {
            throw new IllegalStateException("restore without clip");
        }
        openGroups--;
        write("</g>\n");
    }

    private static String box(Rect r) {
        return " x=\"" + num(r.x()) + "\" y=\"" + num(r.y()) + "\" width=\"" + num(r.width()) + "\" height=\""
                + num(r.height()) + "\"";
    }

    private static String corners(Rect r, double radius) {
        double rr = Math.max(0, Math.min(radius, Math.min(r.width(), r.height()) / 2));
        return " rx=\"" + num(rr) + "\" ry=\"" + num(rr) + "\"";
    }

    private static String paint(String attribute, Rgb c) {
        return " " + attribute + "=\"" + c.webHex() + "\"" + (c.alpha() == 255 ? ""
                : " " + attribute + "-opacity=\"" + num(c.alpha() / 255.0) + "\"");
    }

    private static String stroke(Rgb colour, Stroke stroke) {
        StringBuilder b = new StringBuilder(paint("stroke", colour));
        b.append(" stroke-width=\"").append(num(stroke.width())).append("\" stroke-linejoin=\"round\"");
        if (stroke.dashed()) {
            double[] dash = stroke.dashPattern();
            b.append(" stroke-linecap=\"butt\" stroke-dasharray=\"").append(num(dash[0])).append(' ')
                    .append(num(dash[1])).append('"');
        } else {
            b.append(" stroke-linecap=\"round\"");
        }
        return b.toString();
    }

    private static String d(PathShape path) {
        StringBuilder b = new StringBuilder();
        for (PathShape.Segment s : path.segments()) {
            if (s instanceof PathShape.MoveTo m) {
                b.append('M').append(num(m.x())).append(' ').append(num(m.y()));
            } else if (s instanceof PathShape.LineTo l) {
                b.append('L').append(num(l.x())).append(' ').append(num(l.y()));
            } else if (s instanceof PathShape.CubicTo c) {
                b.append('C').append(num(c.c1x())).append(' ').append(num(c.c1y())).append(' ')
                        .append(num(c.c2x())).append(' ').append(num(c.c2y())).append(' ')
                        .append(num(c.x())).append(' ').append(num(c.y()));
            } else {
                b.append('Z');
            }
        }
        return b.toString();
    }

    /** A number with at most two decimals and no exponent. */
    static String num(double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        String sign = hundredths < 0 ? "-" : "";
        long a = Math.abs(hundredths);
        long fraction = a % 100;
        return sign + (a / 100) + "." + (fraction % 10 == 0 ? Long.toString(fraction / 10)
                : (fraction < 10 ? "0" : "") + fraction);
    }

    /** Escapes XML's special characters and replaces characters XML 1.0 does not allow with a space. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private void write(String s) {
        if (++calls % CALLS_BETWEEN_CANCEL_CHECKS == 0) {
            progress.checkCancelled();
        }
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
