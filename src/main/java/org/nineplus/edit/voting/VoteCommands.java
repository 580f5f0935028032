package org.nineplus.edit.voting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.nineplus.edit.Command;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;

/**
 * The edits of a voting round as undoable {@link Command}s: cast one dot, take one back, clear a journey's votes,
 * set the workshop's participants. A command that may not run (a participant without dots left, a card that is no
 * idea) throws {@link IllegalArgumentException} with a sentence the editor shows, and changes nothing.
 */
public final class VoteCommands {

    private VoteCommands() {
    }

    /** "Vote by Anna on 'Faster homepage'": one more dot of {@code participant} on the idea card. */
    public static Command cast(VotingRound round, Journey journey, String participant, String cardId,
                               Locale locale) {
        Objects.requireNonNull(round, "round");
        VotingTexts texts = new VotingTexts(locale);
        return Command.of(texts.format("command.cast", participant, title(journey, cardId)),
                w -> editJourney(w, journey.id(), j -> {
                    round.whyNotCast(j, participant, cardId, locale).ifPresent(reason -> {
                        throw new IllegalArgumentException(reason);
                    });
                    return withVotes(j, cardId, votes -> votes.merge(participant, 1, Integer::sum));
                }));
    }

    /** "Take back vote by Anna on 'Faster homepage'": one dot of {@code participant} less on the card. */
    public static Command retract(Journey journey, String participant, String cardId, Locale locale) {
        VotingTexts texts = new VotingTexts(locale);
        return Command.of(texts.format("command.retract", participant, title(journey, cardId)),
                w -> editJourney(w, journey.id(), j -> {
                    VotingRound.whyNotRetract(j, participant, cardId, locale).ifPresent(reason -> {
                        throw new IllegalArgumentException(reason);
                    });
                    return withVotes(j, cardId, votes -> {
                        int left = votes.get(participant) - 1;
                        if (left > 0) {
                            votes.put(participant, left);
                        } else {
                            votes.remove(participant);
                        }
                    });
                }));
    }

    /** "Clear votes": every card of the journey without votes, as one step (a new round that starts afresh). */
    public static Command clear(String journeyId, Locale locale) {
        return Command.of(new VotingTexts(locale).format("command.clear"), w -> editJourney(w, journeyId,
                j -> j.withCards(j.cards().stream().map(c -> c.votes().isEmpty() ? c : c.withVotes(Map.of()))
                        .toList())));
    }

    /** "Set participants": the workshop's participant list, cleaned as {@link VotingRound#cleanNames} does. */
    public static Command setParticipants(List<String> names, Locale locale) {
        List<String> clean = VotingRound.cleanNames(names);
        return Command.of(new VotingTexts(locale).format("command.participants"),
                w -> new Workshop(w.title(), w.organization(), w.date(), w.facilitator(), clean, w.notes(),
                        w.personas(), w.journeys()));
    }

    /** Whether any card of the journey has votes. */
    public static boolean hasVotes(Journey journey) {
        return journey.cards().stream().anyMatch(c -> !c.votes().isEmpty());
    }

    /** The card's title as the other commands quote it; the id when the journey has no such card. */
    private static String title(Journey journey, String cardId) {
        return VotingTexts.quoted(journey.card(cardId).map(Card::title).orElse(cardId));
    }

    private static Workshop editJourney(Workshop workshop, String journeyId, UnaryOperator<Journey> change) {
        Journey journey = workshop.journey(journeyId)
                .orElseThrow(() -> new IllegalArgumentException("no journey " + journeyId));
        return workshop.withJourney(change.apply(journey));
    }

    private static Journey withVotes(Journey journey, String cardId,
                                     Consumer<Map<String, Integer>> change) {
        return journey.withCards(journey.cards().stream().map(c -> {
            if (!c.id().equals(cardId)) {
                return c;
            }
            Map<String, Integer> votes = new LinkedHashMap<>(c.votes());
            change.accept(votes);
            return c.withVotes(votes);
        }).toList());
    }
}
