package org.nineplus.ui.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.editor.EditorSession;

/** The voting bar's state on a real session: chips follow the cards, refusals land in the session's problem. */
class VotingModelTest {

    private final EditorSession session = new EditorSession(1, TestWorkshops.workedExample(), 100);
    private final VotingModel model = new VotingModel(session, Locale.ENGLISH);

    @Test
    void startingSetsTheParticipantsAsOneCommandAndChoosesTheFirstVoter() {
        assertThat(model.start(new RoundSetup(2, List.of("Anna", " Bas", ""), false))).isEmpty();
        assertThat(session.current().participants()).containsExactly("Anna", "Bas");
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Set participants");
        assertThat(model.activeVoterProperty().get()).isEqualTo("Anna");
        assertThat(model.chips()).containsExactly(new VoterChip("Anna", 2, 2), new VoterChip("Bas", 2, 2));
        assertThat(model.chips().get(0).dots()).isEqualTo("\u25CF\u25CF");
    }

    @Test
    void theWorkshopsOwnParticipantsNeedNoCommand() {
        model.start(new RoundSetup(3, List.of("Claims team", "Marketing"), false));
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(model.isRunning()).isTrue();
    }

    @Test
    void votesBeyondNAreRefusedWithTheReasonAndUndoGivesTheDotBack() {
        model.start(new RoundSetup(1, List.of("Anna", "Bas"), false));
        assertThat(model.vote("D")).isTrue();
        assertThat(model.chips().get(0)).isEqualTo(new VoterChip("Anna", 0, 1));
        assertThat(model.vote("A")).isFalse();
        assertThat(session.problemProperty().get()).startsWith("Anna has used all 1 dots");
        assertThat(session.journey().orElseThrow().card("A").orElseThrow().votes()).isEmpty();

        assertThat(model.selectVoter(1)).isTrue();
        assertThat(model.vote("A")).isTrue();
        assertThat(model.selectVoter(2)).isFalse();
        assertThat(model.activeVoterProperty().get()).isEqualTo("Bas");

        session.undo();
        assertThat(model.chips().get(1)).isEqualTo(new VoterChip("Bas", 1, 1));
        model.selectVoter(0);
        model.cardClicked("D", true);
        assertThat(session.journey().orElseThrow().card("D").orElseThrow().votes()).isEmpty();
        assertThat(model.chips().get(0)).isEqualTo(new VoterChip("Anna", 1, 1));
    }

    @Test
    void keepingOrClearingThePreviousDots() {
        model.start(new RoundSetup(3, List.of("Anna"), false));
        model.vote("D");
        model.vote("C");
        model.end();
        assertThat(model.isRunning()).isFalse();
        assertThat(model.vote("A")).isFalse();
        assertThat(model.dotsOnJourney()).isEqualTo(2);

        model.start(new RoundSetup(3, List.of("Anna"), false));
        assertThat(model.chips()).containsExactly(new VoterChip("Anna", 1, 3));
        model.start(new RoundSetup(3, List.of("Anna"), true));
        assertThat(model.dotsOnJourney()).isZero();
        assertThat(model.chips()).containsExactly(new VoterChip("Anna", 3, 3));
        session.undo();
        assertThat(session.journey().orElseThrow().card("D").orElseThrow().votes()).isEqualTo(Map.of("Anna", 1));
    }

    @Test
    void aRoundWithoutParticipantsDoesNotStart() {
        assertThat(model.start(new RoundSetup(3, List.of(" "), false)))
                .contains("A voting round needs at least one participant.");
        assertThat(model.isRunning()).isFalse();
    }

    @Test
    void keysOneToNineChooseTheVoter() {
        assertThat(VotingActions.voterKey(KeyCode.DIGIT1)).isZero();
        assertThat(VotingActions.voterKey(KeyCode.NUMPAD9)).isEqualTo(8);
        assertThat(VotingActions.voterKey(KeyCode.DIGIT0)).isEqualTo(-1);
        assertThat(VotingActions.voterKey(KeyCode.A)).isEqualTo(-1);
        assertThat(new VoterChip("Carla", 7, 12).dots()).isNull();
    }
}
