package org.nineplus.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
import org.nineplus.model.WorkshopTemplates;

/** Workshops for tests and benchmarks: the worked example of domain.md and large generated maps. */
public final class TestWorkshops {

    private TestWorkshops() {
    }

    /** The six lanes every generated journey starts with: the pyramid, the emotion curve, one notes lane. */
    public static List<Lane> standardLanes() {
        return WorkshopTemplates.startingLanes();
    }

    /** The worked example of domain.md: three stages, four existing cards, ideas A to F. */
    public static Workshop workedExample() {
        List<Stage> stages = List.of(
                new Stage("S1", "Orient", false, TimeKind.SAVE, 1, List.of()),
                new Stage("S2", "Report a claim", true, TimeKind.SAVE, -2, List.of()),
                new Stage("S3", "Settlement", true, TimeKind.SAVE, 1, List.of(GoldenRule.KEEP_PROMISES)));
        List<Card> cards = List.of(
                Card.existing("e1", "S1", "core", "Clear website", 8.0),
                Card.existing("e2", "S2", "core", "Claim form", 6.0),
                Card.existing("e3", "S2", "complaints", "Claim complaints desk", 7.5),
                Card.existing("e4", "S3", "core", "Payment on time", 7.8),
                Card.idea("A", "S2", "core", "Claim status tracker").withImproves("e2").withExpectedScore(7.6)
                        .withCost(20_000.0),
                Card.idea("B", "S2", "individual", "Personal claim handler").withExpectedScore(8.5)
                        .withCost(30_000.0),
                Card.idea("C", "S2", "surprise", "Flowers after a burglary").withExpectedScore(9.0)
                        .withCost(5_000.0),
                Card.idea("D", "S1", "core", "Faster homepage").withImproves("e1").withExpectedScore(8.6)
                        .withCost(15_000.0),
                Card.idea("E", "S3", "core", "Cheaper back office").withSavingsOnly(true).withCost(10_000.0),
                Card.idea("F", "S1", "individual", "Welcome call").withExpectedScore(8.0).withCost(4_000.0));
        Journey journey = new Journey("j1", "Home insurance claim", "Young family in their first house", null,
                stages, standardLanes(), cards, List.of(new Link("e2", "A")));
        return new Workshop("Claims journey workshop", "Example Insurance", LocalDate.of(2026, 11, 20),
                "A. Facilitator", List.of("Claims team", "Marketing"), "", List.of(), List.of(journey));
    }

    /**
     * A large, valid, deterministic journey: {@code stageCount} stages, the pyramid lanes, an emotion lane and
     * {@code laneCount - 5} notes lanes, and {@code cardCount} cards spread over the cells (no cards in the emotion
     * lane). About a fifth of the cards are ideas, some of which improve an existing card in their cell; there are
     * links, votes and Kano surveys, so every field of the format is exercised.
     */
    public static Workshop large(int stageCount, int laneCount, int cardCount, long seed) {
        if (laneCount < 5) {
            throw new IllegalArgumentException("a journey needs at least the four pyramid lanes and emotion");
        }
        Random random = new Random(seed);
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < stageCount; s++) {
            List<GoldenRule> failing = random.nextInt(10) == 0 ? List.of(GoldenRule.values()[random.nextInt(6)])
                    : List.of();
            Integer emotion = random.nextInt(8) == 0 ? null : random.nextInt(7) - 3;
            stages.add(new Stage("s" + s, "Stage " + (s + 1), random.nextInt(5) == 0,
                    random.nextBoolean() ? TimeKind.SAVE : TimeKind.SPEND, emotion, failing));
        }
        List<Lane> lanes = new ArrayList<>(standardLanes().subList(0, 5));
        for (int l = 5; l < laneCount; l++) {
            lanes.add(new Lane("notes" + l, "Notes " + (l - 4), LaneKind.NOTES));
        }
        List<Lane> cardLanes = lanes.stream().filter(l -> l.kind() != LaneKind.EMOTION).toList();
        List<Card> cards = new ArrayList<>(cardCount);
        Map<String, List<String>> existingByCell = new LinkedHashMap<>();
        for (int c = 0; c < cardCount; c++) {
            String stage = stages.get(random.nextInt(stageCount)).id();
            Lane lane = cardLanes.get(random.nextInt(cardLanes.size()));
            String cell = stage + "/" + lane.id();
            String id = "c" + c;
            String title = "Card " + c + " " + WORDS[random.nextInt(WORDS.length)] + " "
                    + WORDS[random.nextInt(WORDS.length)];
            List<String> existingHere = existingByCell.computeIfAbsent(cell, k -> new ArrayList<>());
            if (random.nextInt(5) != 0 || existingHere.isEmpty() && random.nextBoolean()) {
                cards.add(Card.existing(id, stage, lane.id(), title, 1.0 + random.nextInt(91) / 10.0)
                        .withNote(random.nextInt(3) == 0 ? "Note for " + id : ""));
                existingHere.add(id);
            } else {
                Card idea = Card.idea(id, stage, lane.id(), title);
                if (random.nextInt(4) != 0) {
                    idea = idea.withCost((double) (500 * (1 + random.nextInt(100))))
                            .withExpectedScore(5.0 + random.nextInt(51) / 10.0);
                }
                if (!existingHere.isEmpty() && random.nextBoolean()) {
                    idea = idea.withImproves(existingHere.get(random.nextInt(existingHere.size())));
                }
                if (random.nextInt(20) == 0) {
                    idea = idea.withSavingsOnly(true);
                }
                if (random.nextInt(6) == 0) {
                    idea = idea.withKano(KanoCategory.values()[random.nextInt(KanoCategory.values().length)])
                            .withKanoSurvey(new KanoSurvey(random.nextInt(10), random.nextInt(10), random.nextInt(10),
                                    random.nextInt(10), random.nextInt(3), random.nextInt(2)));
                }
                if (random.nextInt(8) == 0) {
                    Map<String, Integer> votes = new LinkedHashMap<>();
                    votes.put("Anna", 1 + random.nextInt(3));
                    votes.put("Bas", 1 + random.nextInt(2));
                    idea = idea.withVotes(votes);
                }
                cards.add(idea);
            }
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < cardCount / 10 && cardCount > 1; i++) {
            int from = random.nextInt(cardCount);
            int to = random.nextInt(cardCount);
            if (from != to) {
                links.add(new Link("c" + from, "c" + to));
            }
        }
        Journey journey = new Journey("j1", "Large journey", "Generated persona", null, stages, lanes, cards, links);
        Persona persona = new Persona("p1", "Generated persona", "A persona for tests",
                List.of("Get it done"), List.of("Waiting"), "");
        return new Workshop("Large workshop " + cardCount, "Benchmark Org", LocalDate.of(2026, 1, 15),
                "Bench Facilitator", List.of("Anna", "Bas"), "Generated for tests", List.of(persona),
                List.of(journey.withPersonaId("p1")));
    }

    /** The map of the benchmarks: 40 stages by 12 lanes with 5,000 cards. */
    public static Workshop large5000() {
        return large(40, 12, 5000, 42L);
    }

    /** A card with every optional field filled, to check that nothing is lost in a round trip. */
    public static Card fullCard(String id, String stage, String lane) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put("Anna", 2);
        votes.put("Bas", 1);
        return new Card(id, stage, lane, "Everything \"quoted\" & ünïcode ✓", "A note\nover two lines",
                CardStatus.IDEA, null, 8.25, 1234.5, null, true, KanoCategory.ATTRACTIVE,
                new KanoSurvey(1, 9, 4, 2, 0, 0), votes);
    }

    private static final String[] WORDS = {"claim", "form", "call", "portal", "status", "letter", "visit", "advice",
        "payment", "handler", "tracker", "survey", "welcome", "repair", "appointment", "chat", "invoice", "follow-up"};
}
