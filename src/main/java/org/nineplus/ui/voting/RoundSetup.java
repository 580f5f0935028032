package org.nineplus.ui.voting;

import java.util.List;

/**
 * What the facilitator chose to start a round with.
 *
 * @param dotsPerParticipant N
 * @param participants the names, one per line as typed (cleaned when the round starts)
 * @param clearVotes whether the dots already on the journey go (one undo step) or stay and count in this round
 */
public record RoundSetup(int dotsPerParticipant, List<String> participants, boolean clearVotes) {

    public RoundSetup {
        participants = List.copyOf(participants);
    }
}
