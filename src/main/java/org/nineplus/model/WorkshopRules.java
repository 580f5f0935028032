package org.nineplus.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a valid workshop keeps (the contract of the workshop file, docs/file-format.md). The model records
 * accept any values so that a reader can build a workshop first and then learn exactly where it is wrong; this class
 * says where.
 *
 * <p>Paths name the place the way the workshop file does: {@code journeys[0].cards[3].improves}. Problems are listed
 * in document order (personas, then each journey: its id, persona, stages, lanes, cards, links), so the first one is
 * the first a reader of the file would meet.
 */
public final class WorkshopRules {

    private static final Texts TEXTS = Texts.of("org.nineplus.model.messages");

    /** One broken rule: where, and what is wrong there. */
    public record Problem(String path, String message) {

        public Problem {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return path.isEmpty() ? message : path + ": " + message;
        }
    }

    /** The longest id (of a persona, journey, stage, lane or card), in characters; the library keeps no longer. */
    public static final int MAX_ID_LENGTH = 255;
    /** How much of a text a message quotes. */
    private static final int QUOTED_LENGTH = 60;

    private WorkshopRules() {
    }

    /** Every broken rule of the workshop, in document order; empty when the workshop is valid. */
    public static List<Problem> check(Workshop workshop) {
        Objects.requireNonNull(workshop, "workshop");
        List<Problem> problems = new ArrayList<>();
        Map<String, String> personaIds = new HashMap<>();
        for (int p = 0; p < workshop.personas().size(); p++) {
            String path = "personas[" + p + "]";
            checkId(workshop.personas().get(p).id(), path, personaIds, problems);
        }
        Map<String, String> journeyIds = new HashMap<>();
        for (int j = 0; j < workshop.journeys().size(); j++) {
            Journey journey = workshop.journeys().get(j);
            String path = "journeys[" + j + "]";
            checkId(journey.id(), path, journeyIds, problems);
            new JourneyCheck(path, journey, personaIds.keySet(), problems).run();
        }
        return List.copyOf(problems);
    }

    /**
     * The first broken rule in document order, or empty when the workshop is valid: what a reader reports when it
     * refuses a workshop (the file import and the library's load say the same words).
     */
    public static Optional<Problem> firstProblem(Workshop workshop) {
        List<Problem> problems = check(workshop);
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0));
    }

    /** Whether the workshop keeps every rule. */
    public static boolean isValid(Workshop workshop) {
        return check(workshop).isEmpty();
    }

    /** Records {@code id} as owned by {@code ownerPath}, or reports it as empty or already taken. */
    private static void checkId(String id, String ownerPath, Map<String, String> owners, List<Problem> problems) {
        String path = ownerPath + ".id";
        if (id.isBlank()) {
            problems.add(new Problem(path, TEXTS.get("id.empty")));
            return;
        }
        if (id.length() > MAX_ID_LENGTH) {
            problems.add(new Problem(path, TEXTS.get("id.tooLong", String.valueOf(MAX_ID_LENGTH),
                    String.valueOf(id.length()))));
            return;
        }
        String first = owners.putIfAbsent(id, shortName(ownerPath));
        if (first != null) {
            problems.add(new Problem(path, TEXTS.get("id.duplicate", quote(id), first)));
        }
    }

    /** {@code journeys[0].cards[3]} becomes {@code cards[3]}: the name of an element inside its journey. */
    private static String shortName(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** {@code "text"}, shortened to its start when long, so a hostile value cannot flood a message. */
    public static String quote(String text) {
        String shown = text.length() > QUOTED_LENGTH ? text.substring(0, QUOTED_LENGTH) + "\u2026" : text;
        return "\"" + shown + "\"";
    }

    /** A number as people write it: 11 rather than 11.0, 0.5 as is. */
    static String number(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** The checks of one journey; collects into the shared problem list. */
    private static final class JourneyCheck {

        private final String path;
        private final Journey journey;
        private final Set<String> personaIds;
        private final List<Problem> problems;
        private final Map<String, String> ids = new HashMap<>();
        private final Map<String, Stage> stages = new HashMap<>();
        private final Map<String, Lane> lanes = new HashMap<>();
        private final Map<String, Card> cards = new HashMap<>();

        JourneyCheck(String path, Journey journey, Set<String> personaIds, List<Problem> problems) {
            this.path = path;
            this.journey = journey;
            this.personaIds = personaIds;
            this.problems = problems;
            journey.stages().forEach(s -> stages.putIfAbsent(s.id(), s));
            journey.lanes().forEach(l -> lanes.putIfAbsent(l.id(), l));
            journey.cards().forEach(c -> cards.putIfAbsent(c.id(), c));
        }

        void run() {
            if (journey.personaId() != null && !personaIds.contains(journey.personaId())) {
                add(".personaId", TEXTS.get("persona.unknown", quote(journey.personaId())));
            }
            for (int s = 0; s < journey.stages().size(); s++) {
                checkStage(s, journey.stages().get(s));
            }
            checkLanes();
            for (int c = 0; c < journey.cards().size(); c++) {
                checkCard(c, journey.cards().get(c));
            }
            for (int k = 0; k < journey.links().size(); k++) {
                Link link = journey.links().get(k);
                String at = ".links[" + k + "]";
                if (!cards.containsKey(link.from())) {
                    add(at + ".from", TEXTS.get("link.unknownCard", quote(link.from())));
                }
                if (!cards.containsKey(link.to())) {
                    add(at + ".to", TEXTS.get("link.unknownCard", quote(link.to())));
                }
            }
        }

        private void checkStage(int index, Stage stage) {
            String at = ".stages[" + index + "]";
            checkId(stage.id(), path + at, ids, problems);
            Integer emotion = stage.emotion();
            if (emotion != null && (emotion < Stage.MIN_EMOTION || emotion > Stage.MAX_EMOTION)) {
                add(at + ".emotion", TEXTS.get("emotion.range", String.valueOf(Stage.MIN_EMOTION),
                        String.valueOf(Stage.MAX_EMOTION), String.valueOf(emotion)));
            }
        }

        private void checkLanes() {
            Map<LaneKind, Integer> firstOfKind = new EnumMap<>(LaneKind.class);
            for (int l = 0; l < journey.lanes().size(); l++) {
                Lane lane = journey.lanes().get(l);
                String at = ".lanes[" + l + "]";
                checkId(lane.id(), path + at, ids, problems);
                LaneKind kind = lane.kind();
                if (kind == LaneKind.NOTES) {
                    continue;
                }
                Integer first = firstOfKind.putIfAbsent(kind, l);
                if (first != null) {
                    String rule = TEXTS.get(kind == LaneKind.EMOTION ? "lane.atMostOneEmotion"
                            : "lane.onePerPyramidKind");
                    add(at, TEXTS.get("lane.second", kind.name(), String.valueOf(first), rule));
                }
            }
            for (LaneKind kind : LaneKind.PYRAMID) {
                if (!firstOfKind.containsKey(kind)) {
                    add(".lanes", TEXTS.get("lane.missing", kind.name(),
                            LaneKind.PYRAMID.stream().map(Enum::name).collect(Collectors.joining(", "))));
                }
            }
        }

        private void checkCard(int index, Card card) {
            String at = ".cards[" + index + "]";
            checkId(card.id(), path + at, ids, problems);
            if (!stages.containsKey(card.stage())) {
                add(at + ".stage", TEXTS.get("card.unknownStage", quote(card.stage())));
            }
            Lane lane = lanes.get(card.lane());
            if (lane == null) {
                add(at + ".lane", TEXTS.get("card.unknownLane", quote(card.lane())));
            } else if (lane.kind() == LaneKind.EMOTION) {
                add(at + ".lane", TEXTS.get("card.emotionLane", quote(card.lane())));
            }
            if (card.score() != null) {
                if (card.isIdea()) {
                    add(at + ".score", TEXTS.get("card.ideaScore"));
                }
                checkScore(at + ".score", card.score());
            }
            if (card.expectedScore() != null) {
                checkScore(at + ".expectedScore", card.expectedScore());
            }
            if (card.cost() != null) {
                checkCount(at + ".cost", card.cost());
            }
            if (card.improves() != null) {
                checkImproves(at + ".improves", card);
            }
            KanoSurvey survey = card.kanoSurvey();
            if (survey != null) {
                String s = at + ".kanoSurvey.";
                checkCount(s + "A", survey.attractive());
                checkCount(s + "O", survey.oneDimensional());
                checkCount(s + "M", survey.mustBe());
                checkCount(s + "I", survey.indifferent());
                checkCount(s + "R", survey.reverse());
                checkCount(s + "Q", survey.questionable());
            }
            card.votes().forEach((name, dots) -> {
                if (dots == null) {
                    add(at + ".votes." + name, TEXTS.get("votes.noDots"));
                } else {
                    checkCount(at + ".votes." + name, dots);
                }
            });
        }

        private void checkScore(String at, double score) {
            if (!(score >= Card.MIN_SCORE && score <= Card.MAX_SCORE)) {
                add(at, TEXTS.get("score.range", number(Card.MIN_SCORE), number(Card.MAX_SCORE), number(score)));
            }
        }

        private void checkCount(String at, double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                add(at, TEXTS.get("number.notFinite", String.valueOf(value)));
            } else if (value < 0) {
                add(at, TEXTS.get("number.negative", number(value)));
            }
        }

        private void checkImproves(String at, Card card) {
            if (!card.isIdea()) {
                add(at, TEXTS.get("improves.notIdea", card.status().name()));
                return;
            }
            Card target = cards.get(card.improves());
            if (target == null || !target.isExisting() || !target.stage().equals(card.stage())
                    || !target.lane().equals(card.lane())) {
                add(at, TEXTS.get("improves.unknown", quote(card.improves())));
            }
        }

        private void add(String relativePath, String message) {
            problems.add(new Problem(path + relativePath, message));
        }
    }
}
