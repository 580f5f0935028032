package org.nineplus.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.nineplus.model.Card;
import org.nineplus.model.CardStatus;
import org.nineplus.model.GoldenRule;
import org.nineplus.model.Journey;
import org.nineplus.model.KanoCategory;
import org.nineplus.model.KanoSurvey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Link;
import org.nineplus.model.Persona;
import org.nineplus.model.Stage;
import org.nineplus.model.TimeKind;
import org.nineplus.model.Workshop;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the JSON tree of a workshop file into a {@link Workshop}, field by field, in document order. It checks what
 * the JSON says (types, required fields, enumeration values, format and version); the rules between values (ranges,
 * references, unique ids) are {@link org.nineplus.model.WorkshopRules}. Throws {@link BadValue} at the first wrong
 * value.
 */
final class WorkshopTreeReader {

    private WorkshopTreeReader() {
    }

    static Workshop workshop(JsonNode document) {
        Fields root = Fields.root(document);
        checkFormatAndVersion(root);
        return new Workshop(root.text("title"), root.text("organization"), date(root), root.text("facilitator"),
                root.texts("participants"), root.text("notes"), root.objects("personas", WorkshopTreeReader::persona),
                root.objects("journeys", WorkshopTreeReader::journey));
    }

    private static void checkFormatAndVersion(Fields root) {
        if (!root.has("format")) {
            throw new BadValue("format", Fields.TEXTS.get("format.missing", WorkshopJson.FORMAT));
        }
        String format = root.requiredText("format");
        if (!WorkshopJson.FORMAT.equals(format)) {
            throw new BadValue("format", Fields.TEXTS.get("format.wrong", Fields.shown(format), WorkshopJson.FORMAT));
        }
        int version = root.requiredInteger("version");
        if (version > WorkshopJson.VERSION) {
            throw new BadValue("version", Fields.TEXTS.get("version.newer", String.valueOf(version),
                    String.valueOf(WorkshopJson.VERSION)));
        }
        if (version < 1) {
            throw new BadValue("version", Fields.TEXTS.get("version.none", String.valueOf(version)));
        }
    }

    private static LocalDate date(Fields root) {
        String text = root.text("date");
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadValue(root.pathOf("date"), Fields.TEXTS.get("date.bad", Fields.shown(text)));
        }
    }

    private static Persona persona(Fields p) {
        return new Persona(p.requiredText("id"), p.text("name"), p.text("description"), p.texts("goals"),
                p.texts("frustrations"), p.text("picture"));
    }

    private static Journey journey(Fields j) {
        return new Journey(j.requiredText("id"), j.text("title"), j.text("persona"), j.text("personaId"),
                j.objects("stages", WorkshopTreeReader::stage), j.objects("lanes", WorkshopTreeReader::lane),
                j.objects("cards", WorkshopTreeReader::card), j.objects("links", WorkshopTreeReader::link));
    }

    private static Stage stage(Fields s) {
        return new Stage(s.requiredText("id"), s.text("name"), s.bool("momentOfTruth"),
                s.enumValue("time", TimeKind.class), s.integer("emotion"), s.enums("failingRules", GoldenRule.class));
    }

    private static Lane lane(Fields l) {
        return new Lane(l.requiredText("id"), l.text("name"), l.requiredEnum("kind", LaneKind.class));
    }

    private static Card card(Fields c) {
        String id = c.requiredText("id");
        String stage = c.requiredText("stage");
        String lane = c.requiredText("lane");
        String title = c.text("title");
        String note = c.text("note");
        CardStatus status = c.requiredEnum("status", CardStatus.class);
        Double score = c.number("score");
        String improves = c.text("improves");
        Double expectedScore = c.number("expectedScore");
        Double cost = c.number("cost");
        boolean savingsOnly = c.bool("savingsOnly");
        KanoCategory kano = c.enumValue("kano", KanoCategory.class);
        KanoSurvey survey = kanoSurvey(c.object("kanoSurvey"));
        Map<String, Integer> votes = c.integers("votes");
        return new Card(id, stage, lane, title, note, status, score, expectedScore, cost, improves, savingsOnly, kano,
                survey, votes);
    }

    private static KanoSurvey kanoSurvey(Fields k) {
        if (k == null) {
            return null;
        }
        return new KanoSurvey(count(k, "A"), count(k, "O"), count(k, "M"), count(k, "I"), count(k, "R"),
                count(k, "Q"));
    }

    private static int count(Fields k, String name) {
        Integer value = k.integer(name);
        return value == null ? 0 : value;
    }

    private static Link link(Fields l) {
        return new Link(l.requiredText("from"), l.requiredText("to"));
    }
}
