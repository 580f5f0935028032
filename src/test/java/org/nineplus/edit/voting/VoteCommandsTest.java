package org.nineplus.edit.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nineplus.edit.Command;
import org.nineplus.edit.History;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;
import org.nineplus.testing.TestWorkshops;

/** Casting and taking back dots as undoable commands, under the round's cap of N dots per participant. */
class VoteCommandsTest {

    private static final Locale EN = Locale.ENGLISH;
    private final VotingRound round = new VotingRound(2, List.of("Anna", "Bas"));
    private final History history = new History(TestWorkshops.workedExample(), 100);

    private Journey journey() {
        return history.current().journey("j1").orElseThrow();
    }

    private Map<String, Integer> votes(String cardId) {
        return journey().card(cardId).orElseThrow().votes();
    }

    private boolean cast(String participant, String cardId) {
        return history.execute(VoteCommands.cast(round, journey(), participant, cardId, EN));
    }

    @Test
    void aParticipantCannotCastMoreThanNDots() {
        assertThat(cast("Anna", "D")).isTrue();
        assertThat(cast("Anna", "A")).isTrue();
        assertThat(round.dotsLeft(journey(), "Anna")).isZero();
        long revision = history.revision();

        assertThatThrownBy(() -> cast("Anna", "B")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Anna has used all 2 dots of this round. Take a dot back (right-click) to vote elsewhere.");
        assertThat(history.revision()).isEqualTo(revision);
        assertThat(votes("B")).isEmpty();
        // Bas's dots are his own.
        assertThat(round.dotsLeft(journey(), "Bas")).isEqualTo(2);
        assertThat(cast("Bas", "B")).isTrue();
        assertThat(round.whyNotCast(journey(), "Anna", "C", EN)).isPresent();
        assertThat(round.whyNotCast(journey(), "Bas", "C", EN)).isEmpty();
    }

    @Test
    void twoDotsOnOneCardCountTowardsTheCapAndKeepTheOrderCast() {
        cast("Bas", "D");
        cast("Anna", "D");
        cast("Anna", "D");
        assertThat(votes("D")).containsExactly(Map.entry("Bas", 1), Map.entry("Anna", 2));
        assertThat(journey().card("D").orElseThrow().totalVotes()).isEqualTo(3);
        assertThat(round.dotsLeft(journey(), "Anna")).isZero();
        assertThat(round.whyNotCast(journey(), "Anna", "D", EN)).isPresent();
    }

    @Test
    void undoAndRedoACastVoteAndTheUndoMenuNamesIt() {
        cast("Anna", "D");
        assertThat(history.undoDescription()).contains("Vote by Anna on 'Faster homepage'");
        assertThat(votes("D")).containsExactly(Map.entry("Anna", 1));

        history.undo();
        assertThat(votes("D")).isEmpty();
        assertThat(round.dotsLeft(journey(), "Anna")).isEqualTo(2);
        history.redo();
        assertThat(votes("D")).containsExactly(Map.entry("Anna", 1));
        assertThat(round.dotsLeft(journey(), "Anna")).isEqualTo(1);
    }

    @Test
    void retractTakesOneDotBackAndUndoPutsItBack() {
        cast("Anna", "D");
        cast("Anna", "D");
        assertThat(history.execute(VoteCommands.retract(journey(), "Anna", "D", EN))).isTrue();
        assertThat(history.undoDescription()).contains("Take back vote by Anna on 'Faster homepage'");
        assertThat(votes("D")).containsExactly(Map.entry("Anna", 1));
        history.execute(VoteCommands.retract(journey(), "Anna", "D", EN));
        assertThat(votes("D")).isEmpty();

        assertThatThrownBy(() -> history.execute(VoteCommands.retract(journey(), "Anna", "D", EN)))
                .hasMessage("Anna has no dot on 'Faster homepage' to take back.");
        history.undo();
        assertThat(votes("D")).containsExactly(Map.entry("Anna", 1));
        history.undo();
        assertThat(votes("D")).containsExactly(Map.entry("Anna", 2));
        history.redo();
        assertThat(votes("D")).containsExactly(Map.entry("Anna", 1));
    }

    @Test
    void onlyIdeaCardsGetVotesAndOnlyParticipantsVote() {
        assertThatThrownBy(() -> cast("Anna", "e1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only idea cards get votes; 'Clear website' is an existing element.");
        assertThatThrownBy(() -> cast("Carla", "D")).hasMessage("Carla is not a participant of this voting round.");
        assertThat(journey().cards()).allMatch(c -> c.votes().isEmpty());
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void clearingIsOneUndoableStep() {
        cast("Anna", "D");
        cast("Bas", "A");
        assertThat(VoteCommands.hasVotes(journey())).isTrue();
        history.execute(VoteCommands.clear("j1", EN));
        assertThat(VoteCommands.hasVotes(journey())).isFalse();
        assertThat(history.undoDescription()).contains("Clear votes");
        history.undo();
        assertThat(votes("D")).containsExactly(Map.entry("Anna", 1));
        assertThat(votes("A")).containsExactly(Map.entry("Bas", 1));
    }

    @Test
    void participantsAreSetAsACommandTrimmedAndWithoutRepeats() {
        history.execute(VoteCommands.setParticipants(List.of(" Anna ", "", "Bas", "anna", "Carla"), EN));
        assertThat(history.current().participants()).containsExactly("Anna", "Bas", "Carla");
        history.undo();
        assertThat(history.current().participants()).containsExactly("Claims team", "Marketing");
    }

    @Test
    void theVotedWorkshopIsValid() {
        cast("Anna", "D");
        cast("Bas", "D");
        Workshop voted = history.current();
        assertThat(WorkshopRules.check(voted)).isEmpty();
    }

    @Test
    void aRoundNeedsDotsAndParticipants() {
        assertThatThrownBy(() -> new VotingRound(0, List.of("Anna"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VotingRound(3, List.of(" ", ""))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new VotingRound(3, List.of("Anna", "Anna ")).participants()).containsExactly("Anna");
    }

    @Test
    void theDutchWordsNameTheVote() {
        Command dutch = VoteCommands.cast(round, journey(), "Anna", "D", Locale.forLanguageTag("nl-NL"));
        assertThat(dutch.description()).isEqualTo("Stem van Anna op 'Faster homepage'");
    }
}
