package org.nineplus.exchange;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.KanoSurvey;
import org.nineplus.model.Lane;
import org.nineplus.model.Link;
import org.nineplus.model.Persona;
import org.nineplus.model.Stage;
import org.nineplus.model.Workshop;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Streams a {@link Workshop} as a workshop file, field by field in the documented order. Optional fields are written
 * only when they have a value; the persona extension ({@code personas}, {@code personaId}) only when used, so a
 * workshop without personas gives a plain version-1 file. A value JSON cannot carry (a non-finite number, a vote
 * without a count) stops the writing with an {@link IllegalArgumentException} naming its path.
 */
final class WorkshopWriter {

    /** Costs up to this size that are whole numbers are written as integers. */
    private static final double LARGEST_EXACT_WHOLE = 1e15;

    private final JsonGenerator out;

    private WorkshopWriter(JsonGenerator out) {
        this.out = out;
    }

    static void write(Workshop workshop, JsonGenerator generator) throws IOException {
        new WorkshopWriter(generator).workshop(workshop);
    }

    private void workshop(Workshop w) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", WorkshopJson.FORMAT);
        out.writeNumberField("version", WorkshopJson.VERSION);
        out.writeStringField("title", w.title());
        out.writeStringField("organization", w.organization());
        if (w.date() != null) {
            out.writeStringField("date", w.date().toString());
        }
        out.writeStringField("facilitator", w.facilitator());
        texts("participants", w.participants());
        out.writeStringField("notes", w.notes());
        if (!w.personas().isEmpty()) {
            out.writeArrayFieldStart("personas");
            for (Persona persona : w.personas()) {
                persona(persona);
            }
            out.writeEndArray();
        }
        out.writeArrayFieldStart("journeys");
        for (int j = 0; j < w.journeys().size(); j++) {
            journey(w.journeys().get(j), "journeys[" + j + "]");
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void persona(Persona p) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", p.id());
        out.writeStringField("name", p.name());
        out.writeStringField("description", p.description());
        texts("goals", p.goals());
        texts("frustrations", p.frustrations());
        out.writeStringField("picture", p.picture());
        out.writeEndObject();
    }

    private void journey(Journey j, String path) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", j.id());
        out.writeStringField("title", j.title());
        out.writeStringField("persona", j.persona());
        if (j.personaId() != null) {
            out.writeStringField("personaId", j.personaId());
        }
        out.writeArrayFieldStart("stages");
        for (Stage stage : j.stages()) {
            stage(stage);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("lanes");
        for (Lane lane : j.lanes()) {
            out.writeStartObject();
            out.writeStringField("id", lane.id());
            out.writeStringField("name", lane.name());
            out.writeStringField("kind", lane.kind().name());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("cards");
        for (int c = 0; c < j.cards().size(); c++) {
            card(j.cards().get(c), path + ".cards[" + c + "]");
        }
        out.writeEndArray();
        out.writeArrayFieldStart("links");
        for (Link link : j.links()) {
            out.writeStartObject();
            out.writeStringField("from", link.from());
            out.writeStringField("to", link.to());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void stage(Stage s) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", s.id());
        out.writeStringField("name", s.name());
        out.writeBooleanField("momentOfTruth", s.momentOfTruth());
        out.writeStringField("time", s.time().name());
        if (s.emotion() != null) {
            out.writeNumberField("emotion", s.emotion());
        }
        out.writeArrayFieldStart("failingRules");
        for (Enum<?> rule : s.failingRules()) {
            out.writeString(rule.name());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void card(Card c, String path) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", c.id());
        out.writeStringField("stage", c.stage());
        out.writeStringField("lane", c.lane());
        out.writeStringField("title", c.title());
        out.writeStringField("note", c.note());
        out.writeStringField("status", c.status().name());
        if (c.score() != null) {
            out.writeNumberField("score", finite(c.score(), path + ".score"));
        }
        if (c.improves() != null) {
            out.writeStringField("improves", c.improves());
        }
        if (c.expectedScore() != null) {
            out.writeNumberField("expectedScore", finite(c.expectedScore(), path + ".expectedScore"));
        }
        if (c.cost() != null) {
            amount("cost", finite(c.cost(), path + ".cost"));
        }
        if (c.isIdea() || c.savingsOnly()) {
            out.writeBooleanField("savingsOnly", c.savingsOnly());
        }
        if (c.kano() != null) {
            out.writeStringField("kano", c.kano().name());
        }
        if (c.kanoSurvey() != null) {
            kanoSurvey(c.kanoSurvey());
        }
        if (!c.votes().isEmpty()) {
            out.writeObjectFieldStart("votes");
            for (Map.Entry<String, Integer> vote : c.votes().entrySet()) {
                if (vote.getValue() == null) {
                    throw new IllegalArgumentException(path + ".votes." + vote.getKey() + ": has no number of dots");
                }
                out.writeNumberField(vote.getKey(), vote.getValue());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private void kanoSurvey(KanoSurvey k) throws IOException {
        out.writeObjectFieldStart("kanoSurvey");
        out.writeNumberField("A", k.attractive());
        out.writeNumberField("O", k.oneDimensional());
        out.writeNumberField("M", k.mustBe());
        out.writeNumberField("I", k.indifferent());
        out.writeNumberField("R", k.reverse());
        out.writeNumberField("Q", k.questionable());
        out.writeEndObject();
    }

    /** Money: 15000 rather than 15000.0 when it is a whole amount. */
    private void amount(String name, double value) throws IOException {
        boolean negativeZero = Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_WHOLE && !negativeZero) {
            out.writeNumberField(name, (long) value);
        } else {
            out.writeNumberField(name, value);
        }
    }

    private void texts(String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private static double finite(double value, String path) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(path + ": " + value + " cannot be written to a workshop file");
        }
        return value;
    }
}
