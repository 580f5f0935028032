package org.nineplus.export;

import org.nineplus.model.Texts;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nineplus.advice.Advice;
import org.nineplus.advice.IdeaAdvice;
import org.nineplus.advice.PeakEndHint;
import org.nineplus.advice.StageAdvice;
import org.nineplus.advice.Verdict;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.Stage;
import org.nineplus.render.Palette;
import org.nineplus.render.Rgb;
import org.nineplus.render.Stroke;
import org.nineplus.render.Surface;
import org.nineplus.render.TextLine;
import org.nineplus.render.TextMeasurer;

/**
 * The advisor's summary as printed pages: the stage verdicts with their reasons, the funded ideas in funding order,
 * the totals and the peak–end index. Laid out in the map font on frames of a given size (points, y down) and drawn
 * with the same {@link Surface} text calls as the map, so it goes onto any surface; long summaries flow over several
 * frames.
 */
final class AdvisorSummary {

    static final Texts TEXTS = Texts.of("org.nineplus.export.messages");

    /** One piece of text of a frame. */
    record Text(TextLine line, Rgb colour) {
    }

    /** One frame: its width, its texts and the y of the rules under the section headings. */
    record Frame(double width, List<Text> texts, List<Double> rules) {
    }

    private static final double PAD = 40;
    private static final double BODY = 10;
    private static final double SMALL = 8.5;

    private final TextMeasurer measure = TextMeasurer.standard();
    private final NumberFormat money = NumberFormat.getNumberInstance(Locale.getDefault());
    private final double width;
    private final double height;
    private final List<Frame> frames = new ArrayList<>();
    private List<Text> texts;
    private List<Double> rules;
    private double y;

    private AdvisorSummary(double width, double height) {
        this.width = width;
        this.height = height;
        money.setMaximumFractionDigits(2);
        money.setMinimumFractionDigits(0);
        newFrame();
    }

    /** Lays the summary out on frames of width × height points. */
    static List<Frame> layout(String title, Journey journey, Advice advice, double width, double height) {
        AdvisorSummary s = new AdvisorSummary(width, height);
        s.write(title, journey, advice);
        return s.frames.stream().map(f -> new Frame(f.width(), List.copyOf(f.texts()), List.copyOf(f.rules())))
                .toList();
    }

    /** Draws one frame; the surface's coordinates are the frame's. */
    static void paint(Frame frame, Surface surface) {
        for (Double ruleY : frame.rules()) {
            surface.line(PAD, ruleY, frame.width() - PAD, ruleY, Palette.CARD_BORDER, Stroke.solid(0.8));
        }
        for (Text t : frame.texts()) {
            TextLine l = t.line();
            surface.text(l.x(), l.baseline(), l.text(), l.size(), l.bold(), t.colour());
        }
    }

    private void write(String title, Journey journey, Advice advice) {
        para(TEXTS.get("summary.title"), 20, true, Palette.INK, PAD, 4);
        para(title, 12, false, Palette.INK_SOFT, PAD, 2);
        para(advice.budget() == null ? TEXTS.get("summary.noBudget")
                : TEXTS.get("summary.budget", money.format(advice.budget())), 12, false, Palette.INK_SOFT, PAD, 10);

        heading(TEXTS.get("summary.stages"));
        Map<String, Stage> stages = new HashMap<>();
        journey.stages().forEach(s -> stages.putIfAbsent(s.id(), s));
        for (StageAdvice stage : advice.stages()) {
            Stage s = stages.get(stage.stageId());
            String name = s == null ? stage.stageId() : s.momentOfTruth() ? TEXTS.get("summary.moment", s.name()) : s.name();
            String score = stage.basicScore() == null ? TEXTS.get("summary.unrated")
                    : TEXTS.get("summary.basics", money.format(stage.basicScore()));
            row(name, score + " \u00b7 " + verdict(stage.verdict()));
            para(stage.reason(), SMALL, false, Palette.INK_SOFT, PAD + 12, 3);
        }

        heading(TEXTS.get("summary.funded"));
        Map<String, Card> cards = new HashMap<>();
        journey.cards().forEach(c -> cards.putIfAbsent(c.id(), c));
        Map<String, Lane> lanes = new HashMap<>();
        journey.lanes().forEach(l -> lanes.putIfAbsent(l.id(), l));
        if (advice.fundingOrder().isEmpty()) {
            para(TEXTS.get("summary.nothingFunded"), BODY, false, Palette.INK, PAD, 4);
        }
        int n = 1;
        for (String id : advice.fundingOrder()) {
            Card card = cards.get(id);
            IdeaAdvice idea = advice.idea(id).orElse(null);
            String what = (n++) + ". " + (card == null ? id : card.title());
            String detail = (card == null || card.cost() == null ? "" : money.format(card.cost()) + " \u00b7 ")
                    + (idea == null ? "" : TEXTS.get("class." + idea.finalClass().name()))
                    + (card == null ? "" : " \u00b7 " + place(card, stages, lanes));
            row(what, detail);
        }

        heading(TEXTS.get("summary.totals"));
        row(TEXTS.get("summary.basic"), money.format(advice.totals().basic()));
        row(TEXTS.get("summary.distinctive"), money.format(advice.totals().distinctive()));
        row(TEXTS.get("summary.left"), money.format(advice.totals().left()));

        heading(TEXTS.get("summary.peakEnd"));
        row(TEXTS.get("summary.peakAndEnd", String.valueOf(advice.peakEnd().peak()), String.valueOf(advice.peakEnd().end())),
                TEXTS.get("summary.index", money.format(advice.peakEnd().index())));
        for (PeakEndHint hint : advice.peakEnd().hints()) {
            para(TEXTS.get("summary." + hint.name()), SMALL, false,
                    Palette.INK_SOFT, PAD + 12, 2);
        }
    }

    private static String verdict(Verdict v) {
        return TEXTS.get("verdict." + v.name());
    }

    private static String place(Card card, Map<String, Stage> stages, Map<String, Lane> lanes) {
        Stage s = stages.get(card.stage());
        Lane l = lanes.get(card.lane());
        return (s == null ? card.stage() : s.name()) + ", " + (l == null ? card.lane() : l.name());
    }

    /** A section heading; it starts a new frame unless three rows fit under it, so it never stands alone. */
    private void heading(String text) {
        fit(10 + measure.lineHeight(14) + 9 + 3 * (measure.lineHeight(BODY) + 2));
        y += 10;
        para(text, 14, true, Palette.INK, PAD, 0);
        y += 3;
        rules.add(y);
        y += 6;
    }

    /** A label on the left and a value in a second column, each wrapped in its half. */
    private void row(String label, String value) {
        double column = PAD + (width - 2 * PAD) * 0.55;
        List<String> left = measure.wrap(label, column - PAD - 10, BODY, true);
        List<String> right = measure.wrap(value, width - PAD - column, BODY, false);
        int lines = Math.max(1, Math.max(left.size(), right.size()));
        double lh = measure.lineHeight(BODY);
        fit(lines * lh);
        for (int i = 0; i < lines; i++) {
            double baseline = y + measure.ascent(BODY) + i * lh;
            if (i < left.size()) {
                add(left.get(i), PAD, baseline, BODY, true, Palette.INK);
            }
            if (i < right.size()) {
                add(right.get(i), column, baseline, BODY, false, Palette.INK);
            }
        }
        y += lines * lh + 2;
    }

    private void para(String text, double size, boolean bold, Rgb colour, double x, double after) {
        double lh = measure.lineHeight(size);
        for (String line : measure.wrap(text, width - PAD - x, size, bold)) {
            fit(lh);
            add(line, x, y + measure.ascent(size), size, bold, colour);
            y += lh;
        }
        y += after;
    }

    private void add(String text, double x, double baseline, double size, boolean bold, Rgb colour) {
        texts.add(new Text(new TextLine(text, x, baseline, measure.width(text, size, bold), size, bold), colour));
    }

    private void fit(double needed) {
        if (y + needed > height - PAD && !texts.isEmpty()) {
            newFrame();
        }
    }

    private void newFrame() {
        texts = new ArrayList<>();
        rules = new ArrayList<>();
        frames.add(new Frame(width, texts, rules));
        y = PAD;
    }
}
