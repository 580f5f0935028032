package org.nineplus.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nineplus.model.WorkshopRules.Problem;

/**
 * Where a {@link Problem} is, in the words of the workshop rather than of the file: {@code journeys[0].cards[3].score}
 * becomes {@code journey "Claim" (id j1), card "e4", field score}. For a reader that has no file paths to show, such
 * as the library, whose rows are found by the journey's and card's ids. A path this class does not know is returned
 * as it is.
 */
public final class ProblemPlace {

    private static final Texts TEXTS = Texts.of("org.nineplus.model.messages");

    /** The element a {@link WorkshopRules} path names, then the field inside it (which may hold dots). */
    private static final Pattern PATH = Pattern.compile(
            "(?:personas\\[(\\d+)]|journeys\\[(\\d+)](?:\\.(stages|lanes|cards|links)\\[(\\d+)])?)(?:\\.(.+))?");

    /** An element named by its place in a list inside a rule's message: {@code stages[1]}, {@code journeys[0]}. */
    private static final Pattern ELEMENT_IN_MESSAGE = Pattern.compile(
            "\\b(personas|journeys|stages|lanes|cards|links)\\[(\\d+)]");

    /** How much of a field's name is shown: a vote's field holds the participant's name, which may be long. */
    private static final int MAX_FIELD = 80;

    private ProblemPlace() {
    }

    /** The place of {@code problem}, found in {@code workshop} (the workshop the problem was found in). */
    public static String describe(Workshop workshop, Problem problem) {
        Objects.requireNonNull(workshop, "workshop");
        Objects.requireNonNull(problem, "problem");
        Matcher m = PATH.matcher(problem.path());
        if (!m.matches()) {
            return problem.path();
        }
        try {
            List<String> parts = new ArrayList<>();
            if (m.group(1) != null) {
                Persona persona = workshop.personas().get(Integer.parseInt(m.group(1)));
                parts.add(TEXTS.get("place.persona", WorkshopRules.quote(persona.name()),
                        WorkshopRules.quote(persona.id())));
            } else {
                Journey journey = workshop.journeys().get(Integer.parseInt(m.group(2)));
                parts.add(TEXTS.get("place.journey", WorkshopRules.quote(journey.title()),
                        WorkshopRules.quote(journey.id())));
                if (m.group(3) != null) {
                    parts.add(element(journey, m.group(3), Integer.parseInt(m.group(4))));
                }
            }
            if (m.group(5) != null) {
                String field = m.group(5);
                parts.add(TEXTS.get("place.field", field.length() > MAX_FIELD
                        ? field.substring(0, MAX_FIELD) + "\u2026" : field));
            }
            return String.join(", ", parts);
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            // Not a path of this workshop: say it as the rules did.
            return problem.path();
        }
    }

    /**
     * The message of {@code problem} in the same words: an element it names by its place in a list ({@code it is
     * already the id of stages[1]}, where the id itself is the same for both) becomes {@code stage number 2}.
     */
    public static String message(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        Matcher m = ELEMENT_IN_MESSAGE.matcher(problem.message());
        StringBuilder said = new StringBuilder();
        while (m.find()) {
            String number = String.valueOf(Long.parseLong(m.group(2)) + 1);
            m.appendReplacement(said, Matcher.quoteReplacement(TEXTS.get("place.number." + m.group(1), number)));
        }
        return m.appendTail(said).toString();
    }

    private static String element(Journey journey, String list, int index) {
        return switch (list) {
            case "stages" -> TEXTS.get("place.stage", WorkshopRules.quote(journey.stages().get(index).id()));
            case "lanes" -> TEXTS.get("place.lane", WorkshopRules.quote(journey.lanes().get(index).id()));
            case "cards" -> TEXTS.get("place.card", WorkshopRules.quote(journey.cards().get(index).id()));
            default -> {
                Link link = journey.links().get(index);
                yield TEXTS.get("place.link", String.valueOf(index + 1), WorkshopRules.quote(link.from()),
                        WorkshopRules.quote(link.to()));
            }
        };
    }
}
