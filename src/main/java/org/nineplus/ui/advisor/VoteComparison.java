package org.nineplus.ui.advisor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.nineplus.advice.Advice;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;

/**
 * The team's vote against the advisor's order: the team's top ideas by dots (ties in card order) beside the ideas
 * the advisor funds under the budget (in funding order), each marked as in both lists or in one only. Plain Java,
 * no JavaFX: the panel's "Team vote vs advisor" section binds to it.
 *
 * @param teamTop the most-voted ideas, most dots first, at most {@link #TOP} of them; ideas without dots never
 * @param advisorFunds the funded ideas in the order the advisor funded them (empty without a budget)
 * @param budgeted whether the advice had a budget, so an empty {@code advisorFunds} means "funds nothing"
 */
public record VoteComparison(List<Row> teamTop, List<Row> advisorFunds, boolean budgeted) {

    /** How many of the team's ideas the comparison shows: the top 5. */
    public static final int TOP = 5;

    public static final VoteComparison NONE = new VoteComparison(List.of(), List.of(), false);

    /** Which lists an idea is in. */
    public enum Overlap { BOTH, TEAM_ONLY, ADVISOR_ONLY }

    /** One idea in one of the two lists. */
    public record Row(String cardId, String title, int dots, Overlap overlap) {
        public Row {
            Objects.requireNonNull(cardId, "cardId");
            Objects.requireNonNull(overlap, "overlap");
        }
    }

    public VoteComparison {
        teamTop = List.copyOf(teamTop);
        advisorFunds = List.copyOf(advisorFunds);
    }

    /** Compares the votes on the journey's idea cards with the advice on the same journey. */
    public static VoteComparison of(Journey journey, Advice advice) {
        Objects.requireNonNull(journey, "journey");
        if (advice == null) {
            return NONE;
        }
        Map<String, Card> cards = new HashMap<>();
        journey.cards().forEach(c -> cards.put(c.id(), c));
        List<Card> voted = new ArrayList<>(journey.cards().stream().filter(Card::isIdea)
                .filter(c -> c.totalVotes() > 0).toList());
        // A stable sort keeps cards with equal dots in card order.
        voted.sort(Comparator.comparingInt(Card::totalVotes).reversed());
        List<Card> top = voted.subList(0, Math.min(TOP, voted.size()));
        Set<String> funded = new LinkedHashSet<>(advice.fundingOrder());
        Set<String> topIds = new LinkedHashSet<>();
        top.forEach(c -> topIds.add(c.id()));
        List<Row> team = top.stream().map(c -> new Row(c.id(), c.title(), c.totalVotes(),
                funded.contains(c.id()) ? Overlap.BOTH : Overlap.TEAM_ONLY)).toList();
        List<Row> advisor = funded.stream().filter(cards::containsKey).map(id -> {
            Card c = cards.get(id);
            return new Row(id, c.title(), c.totalVotes(), topIds.contains(id) ? Overlap.BOTH : Overlap.ADVISOR_ONLY);
        }).toList();
        return new VoteComparison(team, advisor, advice.budget() != null && advice.budget() > 0);
    }

    /** How many ideas are in both lists. */
    public int agreed() {
        return (int) teamTop.stream().filter(r -> r.overlap() == Overlap.BOTH).count();
    }

    /** Whether any idea has a dot. */
    public boolean hasVotes() {
        return !teamTop.isEmpty();
    }
}
