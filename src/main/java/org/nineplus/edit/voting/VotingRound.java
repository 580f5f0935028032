package org.nineplus.edit.voting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.nineplus.model.Card;
import org.nineplus.model.Journey;

/**
 * A dot-voting round: every participant has {@code dotsPerParticipant} dots to put on the idea cards of a journey.
 * Who has how many dots left is never stored: it is the round's dots less the participant's dots on the journey's
 * cards, so undo, redo and a reopened workshop always agree with what the cards say.
 *
 * @param dotsPerParticipant N, the dots each participant may cast in the journey (1 to {@link #MAX_DOTS})
 * @param participants who votes, in order, without blanks or repeats
 */
public record VotingRound(int dotsPerParticipant, List<String> participants) {

    public static final int MAX_DOTS = 99;

    public VotingRound {
        if (dotsPerParticipant < 1 || dotsPerParticipant > MAX_DOTS) {
            throw new IllegalArgumentException("dots per participant must be 1 to " + MAX_DOTS + ", was "
                    + dotsPerParticipant);
        }
        participants = cleanNames(Objects.requireNonNull(participants, "participants"));
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("a voting round needs at least one participant");
        }
    }

    /** The names trimmed, blanks dropped, each name once (the first spelling), in order. */
    public static List<String> cleanNames(List<String> names) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (String name : names) {
            String clean = name == null ? "" : name.strip();
            if (!clean.isEmpty() && seen.add(clean.toLowerCase(Locale.ROOT))) {
                result.add(clean);
            }
        }
        return List.copyOf(result);
    }

    /** The dots this participant has on the journey's cards. */
    public static int dotsCast(Journey journey, String participant) {
        int sum = 0;
        for (Card card : journey.cards()) {
            Integer dots = card.votes().get(participant);
            if (dots != null) {
                sum += dots;
            }
        }
        return sum;
    }

    /** The dots this participant may still cast on the journey; never below 0. */
    public int dotsLeft(Journey journey, String participant) {
        return Math.max(0, dotsPerParticipant - dotsCast(journey, participant));
    }

    /** Why {@code participant} cannot put a dot on the card now, or empty when the vote may be cast. */
    public Optional<String> whyNotCast(Journey journey, String participant, String cardId, Locale locale) {
        VotingTexts texts = new VotingTexts(locale);
        if (!participants.contains(participant)) {
            return Optional.of(texts.format("refused.notParticipant", participant));
        }
        Optional<Card> card = journey.card(cardId);
        if (card.isEmpty()) {
            return Optional.of(texts.format("refused.noCard", cardId));
        }
        if (!card.get().isIdea()) {
            return Optional.of(texts.format("refused.notIdea", VotingTexts.quoted(card.get().title())));
        }
        if (dotsLeft(journey, participant) == 0) {
            return Optional.of(texts.format("refused.noDotsLeft", participant, dotsPerParticipant));
        }
        return Optional.empty();
    }

    /** Why {@code participant} has no dot on the card to take back, or empty when there is one. */
    public static Optional<String> whyNotRetract(Journey journey, String participant, String cardId, Locale locale) {
        VotingTexts texts = new VotingTexts(locale);
        Optional<Card> card = journey.card(cardId);
        if (card.isEmpty()) {
            return Optional.of(texts.format("refused.noCard", cardId));
        }
        if (card.get().votes().getOrDefault(participant, 0) <= 0) {
            return Optional.of(texts.format("refused.noDotToRetract", participant,
                    VotingTexts.quoted(card.get().title())));
        }
        return Optional.empty();
    }
}
