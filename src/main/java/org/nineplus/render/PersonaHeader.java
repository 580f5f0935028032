package org.nineplus.render;

import java.util.ArrayList;
import java.util.List;

import org.nineplus.model.Persona;

/**
 * The persona a journey picked, as the header band shows it: the picture (or, without one, a disc with the
 * name's initial) on the left, the name in bold and the description beside it.
 *
 * @param image the picture, or null to draw the initial instead
 */
public record PersonaHeader(Rect picture, RasterImage image, String initial, List<TextLine> nameLines,
                            List<TextLine> descriptionLines) {

    static final double GAP = 10;
    static final Rgb DISC = Rgb.hex(0xD9E2EC);

    public PersonaHeader {
        nameLines = List.copyOf(nameLines);
        descriptionLines = List.copyOf(descriptionLines);
    }

    /** Places a persona in a row of the given width whose top is {@code top}. */
    static PersonaHeader place(Persona persona, double x, double top, double width, double size, TextMeasurer text) {
        double side = Math.ceil(4 * size);
        double textX = x + side + GAP;
        double textWidth = Math.max(size, width - side - GAP);
        List<TextLine> name = lines(text.wrap(persona.name(), textWidth, size, true), textX, top, size, true, text);
        double descriptionTop = top + name.size() * text.lineHeight(size);
        List<TextLine> description = lines(text.wrap(persona.description(), textWidth, size, false), textX,
                descriptionTop, size, false, text);
        String initial = persona.name().isBlank() ? "?" : persona.name().strip().substring(0, 1).toUpperCase();
        return new PersonaHeader(new Rect(x, top, side, side), PersonaPictures.image(persona.picture()).orElse(null),
                initial, name, description);
    }

    private static List<TextLine> lines(List<String> texts, double x, double top, double size, boolean bold,
                                        TextMeasurer text) {
        List<TextLine> placed = new ArrayList<>(texts.size());
        double baseline = top + text.ascent(size);
        for (String line : texts) {
            placed.add(new TextLine(line, x, baseline, text.width(line, size, bold), size, bold));
            baseline += text.lineHeight(size);
        }
        return placed;
    }

    /** The bottom of the picture or of the last text line, whichever is lower. */
    double bottom(TextMeasurer text) {
        double bottom = picture.bottom();
        List<TextLine> last = descriptionLines.isEmpty() ? nameLines : descriptionLines;
        if (!last.isEmpty()) {
            TextLine line = last.get(last.size() - 1);
            bottom = Math.max(bottom, line.baseline() - text.ascent(line.size()) + text.lineHeight(line.size()));
        }
        return bottom;
    }

    void paint(Surface s) {
        if (image != null) {
            s.drawImage(fitted(), image);
        } else {
            s.fillRoundRect(picture, picture.width() / 2, DISC);
            double size = picture.height() * 0.5;
            double w = TextMeasurer.standard().width(initial, size, true);
            s.text(picture.x() + (picture.width() - w) / 2, picture.y() + picture.height() * 0.68, initial, size,
                    true, Palette.INK_SOFT);
        }
        for (TextLine line : nameLines) {
            s.text(line.x(), line.baseline(), line.text(), line.size(), true, Palette.INK);
        }
        for (TextLine line : descriptionLines) {
            s.text(line.x(), line.baseline(), line.text(), line.size(), false, Palette.INK_SOFT);
        }
    }

    /** The picture's square, narrowed so the image keeps its proportions, centred. */
    public Rect fitted() {
        double scale = Math.min(picture.width() / image.width(), picture.height() / image.height());
        double w = image.width() * scale;
        double h = image.height() * scale;
        return new Rect(picture.x() + (picture.width() - w) / 2, picture.y() + (picture.height() - h) / 2, w, h);
    }
}
