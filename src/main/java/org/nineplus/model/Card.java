package org.nineplus.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A card sits in one stage and one lane.
 *
 * @param score how customers rate this element today, 1 to 10 (EXISTING cards only), or null
 * @param expectedScore for ideas: the score the element will reach once done, or null
 * @param cost for ideas: the money it takes, or null when not estimated yet
 * @param improves for ideas: the id of the EXISTING card in the same cell it upgrades, or null
 * @param savingsOnly for ideas: it saves the organisation money but changes nothing the customer notices
 * @param votes dot votes from a voting round, participant name to number of dots, in the order cast
 */
public record Card(String id, String stage, String lane, String title, String note, CardStatus status,
                   Double score, Double expectedScore, Double cost, String improves, boolean savingsOnly,
                   KanoCategory kano, KanoSurvey kanoSurvey, Map<String, Integer> votes) {

    public static final double MIN_SCORE = 1.0;
    public static final double MAX_SCORE = 10.0;

    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(status, "status");
        title = title == null ? "" : title;
        note = note == null ? "" : note;
        votes = votes == null || votes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(votes));
    }

    /** A card with only the essentials; the other fields are empty. */
    public static Card existing(String id, String stage, String lane, String title, Double score) {
        return new Card(id, stage, lane, title, "", CardStatus.EXISTING, score, null, null, null, false, null, null,
                Map.of());
    }

    /** An idea with only the essentials; the other fields are empty. */
    public static Card idea(String id, String stage, String lane, String title) {
        return new Card(id, stage, lane, title, "", CardStatus.IDEA, null, null, null, null, false, null, null,
                Map.of());
    }

    public boolean isIdea() {
        return status == CardStatus.IDEA;
    }

    public boolean isExisting() {
        return status == CardStatus.EXISTING;
    }

    public int totalVotes() {
        return votes.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Card withId(String value) {
        return new Card(value, stage, lane, title, note, status, score, expectedScore, cost, improves, savingsOnly,
                kano, kanoSurvey, votes);
    }

    public Card withCell(String newStage, String newLane) {
        return new Card(id, newStage, newLane, title, note, status, score, expectedScore, cost, improves, savingsOnly,
                kano, kanoSurvey, votes);
    }

    public Card withTitle(String value) {
        return new Card(id, stage, lane, value, note, status, score, expectedScore, cost, improves, savingsOnly, kano,
                kanoSurvey, votes);
    }

    public Card withNote(String value) {
        return new Card(id, stage, lane, title, value, status, score, expectedScore, cost, improves, savingsOnly, kano,
                kanoSurvey, votes);
    }

    public Card withStatus(CardStatus value) {
        return new Card(id, stage, lane, title, note, value, score, expectedScore, cost, improves, savingsOnly, kano,
                kanoSurvey, votes);
    }

    public Card withScore(Double value) {
        return new Card(id, stage, lane, title, note, status, value, expectedScore, cost, improves, savingsOnly, kano,
                kanoSurvey, votes);
    }

    public Card withExpectedScore(Double value) {
        return new Card(id, stage, lane, title, note, status, score, value, cost, improves, savingsOnly, kano,
                kanoSurvey, votes);
    }

    public Card withCost(Double value) {
        return new Card(id, stage, lane, title, note, status, score, expectedScore, value, improves, savingsOnly, kano,
                kanoSurvey, votes);
    }

    public Card withImproves(String value) {
        return new Card(id, stage, lane, title, note, status, score, expectedScore, cost, value, savingsOnly, kano,
                kanoSurvey, votes);
    }

    public Card withSavingsOnly(boolean value) {
        return new Card(id, stage, lane, title, note, status, score, expectedScore, cost, improves, value, kano,
                kanoSurvey, votes);
    }

    public Card withKano(KanoCategory value) {
        return new Card(id, stage, lane, title, note, status, score, expectedScore, cost, improves, savingsOnly, value,
                kanoSurvey, votes);
    }

    public Card withKanoSurvey(KanoSurvey value) {
        return new Card(id, stage, lane, title, note, status, score, expectedScore, cost, improves, savingsOnly, kano,
                value, votes);
    }

    public Card withVotes(Map<String, Integer> value) {
        return new Card(id, stage, lane, title, note, status, score, expectedScore, cost, improves, savingsOnly, kano,
                kanoSurvey, value);
    }
}
