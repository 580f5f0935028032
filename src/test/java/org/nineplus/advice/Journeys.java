package org.nineplus.advice;

import java.util.ArrayList;
import java.util.List;

import org.nineplus.model.Card;
import org.nineplus.model.GoldenRule;
import org.nineplus.model.Journey;
import org.nineplus.model.Stage;
import org.nineplus.model.TimeKind;
import org.nineplus.testing.TestWorkshops;

/** Small journeys for the rule tests, built card by card on the standard lanes (core, complaints, individual, …). */
final class Journeys {

    private final List<Stage> stages = new ArrayList<>();
    private final List<Card> cards = new ArrayList<>();

    static Journeys journey() {
        return new Journeys();
    }

    Journeys stage(String id, boolean momentOfTruth, GoldenRule... failing) {
        stages.add(new Stage(id, "Stage " + id, momentOfTruth, TimeKind.SAVE, 0, List.of(failing)));
        return this;
    }

    Journeys stageWithEmotion(String id, Integer emotion) {
        stages.add(new Stage(id, "Stage " + id, false, TimeKind.SAVE, emotion, List.of()));
        return this;
    }

    Journeys existing(String id, String stage, String lane, Double score) {
        cards.add(Card.existing(id, stage, lane, "Card " + id, score));
        return this;
    }

    /** A new element: expected score and cost, either may be null. */
    Journeys idea(String id, String stage, String lane, Double expected, Double cost) {
        cards.add(Card.idea(id, stage, lane, "Idea " + id).withExpectedScore(expected).withCost(cost));
        return this;
    }

    Journeys improves(String id, String stage, String lane, String improved, Double expected, Double cost) {
        cards.add(Card.idea(id, stage, lane, "Idea " + id).withImproves(improved).withExpectedScore(expected)
                .withCost(cost));
        return this;
    }

    Journeys card(Card card) {
        cards.add(card);
        return this;
    }

    Journey build() {
        return new Journey("j", "Test journey", "", null, stages, TestWorkshops.standardLanes(), cards, List.of());
    }
}
