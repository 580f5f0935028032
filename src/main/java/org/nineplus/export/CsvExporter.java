package org.nineplus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nineplus.advice.Advice;
import org.nineplus.advice.Advisor;
import org.nineplus.advice.IdeaAdvice;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.Stage;

/**
 * All cards of one journey as a CSV file for spreadsheets: one row per card after a header row, in map order
 * (stages left to right, lanes top to bottom, cards in a cell in their order). Ideas in the pyramid lanes carry the
 * advisor's class (after re-evaluation) and whether the advisor funds them under the budget; other cards leave
 * those two columns empty.
 *
 * <p>RFC 4180: fields separated by commas, records ended by CRLF, a field holding a comma, a double quote, CR or LF
 * in double quotes with its quotes doubled. The file is UTF-8 with a byte order mark so Excel reads accents right.
 * Numbers are written with a dot and without grouping (7.5, 20000) whatever the locale. The file is written whole
 * or not at all.
 */
public final class CsvExporter {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("stage", "lane", "lane kind", "card id", "title", "note",
            "status", "score", "expected score", "cost", "improves", "savings only", "kano", "votes total",
            "advisor class", "funded");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String EOL = "\r\n";

    private CsvExporter() {
    }

    /**
     * Writes the CSV of {@code journey} to {@code target}, replacing it in one step.
     *
     * @param budget the budget the advisor funds ideas under; null funds nothing
     */
    public static void export(Journey journey, Double budget, Path target) throws IOException {
        byte[] text = csv(journey, budget).getBytes(StandardCharsets.UTF_8);
        AtomicOutput.write(target, (OutputStream out) -> {
            out.write(BOM);
            out.write(text);
        });
    }

    /** The CSV text (without the byte order mark). */
    public static String csv(Journey journey, Double budget) {
        Objects.requireNonNull(journey, "journey");
        Advice advice = Advisor.advise(journey, budget);
        Map<String, IdeaAdvice> ideas = new HashMap<>();
        advice.ideas().forEach(i -> ideas.putIfAbsent(i.cardId(), i));

        StringBuilder out = new StringBuilder(256 + journey.cards().size() * 128);
        record(out, HEADER);
        for (Card card : inMapOrder(journey)) {
            record(out, row(journey, card, ideas.get(card.id())));
        }
        return out.toString();
    }

    private static List<String> row(Journey journey, Card card, IdeaAdvice idea) {
        Lane lane = journey.lane(card.lane()).orElse(null);
        boolean isIdea = card.isIdea();
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(journey.stage(card.stage()).map(Stage::name).orElse(card.stage()));
        row.add(lane == null ? card.lane() : lane.name());
        row.add(lane == null ? "" : lane.kind().name());
        row.add(card.id());
        row.add(card.title());
        row.add(card.note());
        row.add(card.status().name());
        row.add(number(card.score()));
        row.add(number(card.expectedScore()));
        row.add(number(card.cost()));
        row.add(card.improves() == null ? "" : card.improves());
        row.add(isIdea ? yesNo(card.savingsOnly()) : "");
        row.add(card.kano() == null ? "" : card.kano().name());
        row.add(String.valueOf(card.totalVotes()));
        row.add(idea == null ? "" : idea.finalClass().name());
        row.add(idea == null ? "" : yesNo(idea.funded()));
        return row;
    }

    /** Stages left to right, lanes top to bottom, file order inside a cell; cards outside the map last. */
    private static List<Card> inMapOrder(Journey journey) {
        Map<String, Integer> stageAt = new HashMap<>();
        for (int i = 0; i < journey.stages().size(); i++) {
            stageAt.putIfAbsent(journey.stages().get(i).id(), i);
        }
        Map<String, Integer> laneAt = new HashMap<>();
        for (int i = 0; i < journey.lanes().size(); i++) {
            laneAt.putIfAbsent(journey.lanes().get(i).id(), i);
        }
        List<Card> cards = new ArrayList<>(journey.cards());
        cards.sort(Comparator.<Card>comparingInt(c -> stageAt.getOrDefault(c.stage(), Integer.MAX_VALUE))
                .thenComparingInt(c -> laneAt.getOrDefault(c.lane(), Integer.MAX_VALUE)));
        return cards;
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field(out, fields.get(i));
        }
        out.append(EOL);
    }

    /** One field, quoted when it holds a comma, a double quote or a line break (RFC 4180). */
    static void field(StringBuilder out, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
