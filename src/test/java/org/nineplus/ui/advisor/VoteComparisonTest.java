package org.nineplus.ui.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nineplus.advice.Advisor;
import org.nineplus.model.Journey;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.advisor.VoteComparison.Overlap;
import org.nineplus.ui.advisor.VoteComparison.Row;

/** The team's top 5 by dots against what the advisor funds, on domain.md's worked example. */
class VoteComparisonTest {

    private static final Journey WORKED = TestWorkshops.workedExample().journeys().get(0);

    /** The worked example with these dots per idea (all cast by one participant). */
    private static Journey voted(Map<String, Integer> dots) {
        return WORKED.withCards(WORKED.cards().stream()
                .map(c -> dots.containsKey(c.id()) ? c.withVotes(Map.of("Anna", dots.get(c.id()))) : c).toList());
    }

    @Test
    void theTopFiveByDotsWithTiesInCardOrderAgainstTheFundingOrder() {
        // Budget 60,000 funds A, C, B, F (WorkedExampleTest). E has the most dots but is savings only.
        Journey journey = voted(Map.of("E", 6, "D", 3, "F", 3, "A", 2, "B", 1, "C", 1));
        VoteComparison comparison = VoteComparison.of(journey, Advisor.advise(journey, 60_000.0));

        // D and F tie on 3 dots; D comes first on the map. B and C tie on 1; only B fits in the top 5.
        assertThat(comparison.teamTop()).extracting(Row::cardId).containsExactly("E", "D", "F", "A", "B");
        assertThat(comparison.teamTop()).extracting(Row::dots).containsExactly(6, 3, 3, 2, 1);
        assertThat(comparison.teamTop()).extracting(Row::overlap).containsExactly(Overlap.TEAM_ONLY,
                Overlap.TEAM_ONLY, Overlap.BOTH, Overlap.BOTH, Overlap.BOTH);
        assertThat(comparison.teamTop().get(1).title()).isEqualTo("Faster homepage");

        assertThat(comparison.advisorFunds()).extracting(Row::cardId).containsExactly("A", "C", "B", "F");
        assertThat(comparison.advisorFunds()).extracting(Row::overlap).containsExactly(Overlap.BOTH,
                Overlap.ADVISOR_ONLY, Overlap.BOTH, Overlap.BOTH);
        assertThat(comparison.advisorFunds()).extracting(Row::dots).containsExactly(2, 1, 1, 3);
        assertThat(comparison.agreed()).isEqualTo(3);
        assertThat(comparison.budgeted()).isTrue();
    }

    @Test
    void withoutVotesTheTeamListIsEmptyAndWithoutBudgetTheAdvisorFundsNothing() {
        VoteComparison noVotes = VoteComparison.of(WORKED, Advisor.advise(WORKED, 60_000.0));
        assertThat(noVotes.hasVotes()).isFalse();
        assertThat(noVotes.advisorFunds()).extracting(Row::overlap).containsOnly(Overlap.ADVISOR_ONLY);

        Journey journey = voted(Map.of("C", 1));
        VoteComparison noBudget = VoteComparison.of(journey, Advisor.advise(journey, null));
        assertThat(noBudget.budgeted()).isFalse();
        assertThat(noBudget.advisorFunds()).isEmpty();
        assertThat(noBudget.teamTop()).containsExactly(new Row("C", "Flowers after a burglary", 1,
                Overlap.TEAM_ONLY));
        assertThat(VoteComparison.of(journey, null)).isEqualTo(VoteComparison.NONE);
    }

    @Test
    void votesOnExistingCardsDoNotCount() {
        Journey journey = voted(Map.of("e1", 9, "D", 1));
        VoteComparison comparison = VoteComparison.of(journey, Advisor.advise(journey, 0.0));
        assertThat(comparison.teamTop()).extracting(Row::cardId).containsExactly("D");
    }
}
