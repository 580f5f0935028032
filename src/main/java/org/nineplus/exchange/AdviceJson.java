package org.nineplus.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Objects;

import org.nineplus.advice.Advice;
import org.nineplus.advice.IdeaAdvice;
import org.nineplus.advice.PeakEndHint;
import org.nineplus.advice.StageAdvice;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The JSON document the {@code advise} command prints (exchange-format.md, "Command line"): journey, budget, stages,
 * ideas, totals and peakEnd, in that order. Budget and totals that are whole numbers are written as integers; scores
 * and the peak–end index always with a decimal point ({@code 8.0}); {@code basicScore} is null for an unrated stage,
 * {@code budget} null when none was given.
 */
public final class AdviceJson {

    /** Amounts up to this size that are whole numbers are written as integers. */
    private static final double LARGEST_EXACT_WHOLE = 1e15;
    private static final JsonFactory FACTORY = new JsonFactory();

    private AdviceJson() {
    }

    /** The document, pretty-printed, ending with a line break. */
    public static String write(Advice advice) {
        Objects.requireNonNull(advice, "advice");
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            out.setPrettyPrinter(WorkshopJson.PRETTY.createInstance());
            document(advice, out);
            out.writeRaw('\n');
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return text.toString();
    }

    private static void document(Advice advice, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("journey", advice.journeyId());
        out.writeFieldName("budget");
        if (advice.budget() == null) {
            out.writeNull();
        } else {
            amount(advice.budget(), out);
        }
        out.writeArrayFieldStart("stages");
        for (StageAdvice stage : advice.stages()) {
            out.writeStartObject();
            out.writeStringField("id", stage.stageId());
            out.writeFieldName("basicScore");
            if (stage.basicScore() == null) {
                out.writeNull();
            } else {
                out.writeNumber(stage.basicScore().doubleValue());
            }
            out.writeStringField("verdict", stage.verdict().name());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("ideas");
        for (IdeaAdvice idea : advice.ideas()) {
            out.writeStartObject();
            out.writeStringField("id", idea.cardId());
            out.writeStringField("initialClass", idea.initialClass().name());
            out.writeStringField("class", idea.finalClass().name());
            out.writeBooleanField("funded", idea.funded());
            out.writeArrayFieldStart("unlockedBy");
            for (String id : idea.unlockedBy()) {
                out.writeString(id);
            }
            out.writeEndArray();
            out.writeStringField("reason", idea.reason());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeObjectFieldStart("totals");
        out.writeFieldName("basic");
        amount(advice.totals().basic(), out);
        out.writeFieldName("distinctive");
        amount(advice.totals().distinctive(), out);
        out.writeFieldName("left");
        amount(advice.totals().left(), out);
        out.writeEndObject();
        out.writeObjectFieldStart("peakEnd");
        out.writeNumberField("peak", advice.peakEnd().peak());
        out.writeNumberField("end", advice.peakEnd().end());
        out.writeNumberField("index", advice.peakEnd().index());
        out.writeArrayFieldStart("hints");
        for (PeakEndHint hint : advice.peakEnd().hints()) {
            out.writeString(hint.name());
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
    }

    /** Money: 60000 rather than 60000.0; 1234.5 as is. */
    private static void amount(double value, JsonGenerator out) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_WHOLE) {
            out.writeNumber((long) value);
        } else {
            out.writeNumber(value);
        }
    }
}
