package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.edit.History;
import org.nineplus.edit.voting.VoteCommands;
import org.nineplus.edit.voting.VotingRound;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Workshop;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;

/** Votes cast by the voting commands survive the JSON file and the library, in the order they were cast. */
class VotesRoundTripTest {

    @TempDir
    Path dir;

    private static Workshop voted() {
        History history = new History(TestWorkshops.workedExample(), 50);
        VotingRound round = new VotingRound(3, List.of("Anna", "Bas"));
        for (String[] vote : new String[][] {{"Bas", "D"}, {"Anna", "D"}, {"Anna", "D"}, {"Anna", "C"},
                {"Bas", "A"}}) {
            history.execute(VoteCommands.cast(round, history.current().journeys().get(0), vote[0], vote[1],
                    Locale.ENGLISH));
        }
        return history.current();
    }

    @Test
    void votesSurviveTheJsonFileAsACardsVotes() throws Exception {
        Workshop workshop = voted();
        Path file = dir.resolve("voted.nineplus.json");
        WorkshopJson json = new WorkshopJson();
        json.write(workshop, file);
        assertThat(Files.readString(file))
                .containsPattern("\"votes\"\\s*:\\s*\\{\\s*\"Bas\"\\s*:\\s*1,\\s*\"Anna\"\\s*:\\s*2\\s*}");
        Workshop back = json.read(file);
        assertThat(back).isEqualTo(workshop);
        assertThat(back.journeys().get(0).card("D").orElseThrow().votes())
                .containsExactly(Map.entry("Bas", 1), Map.entry("Anna", 2));
    }

    @Test
    void votesSurviveTheLibraryAfterReopening() {
        Workshop workshop = voted();
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            id = store.create(workshop);
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            Workshop back = store.load(id).workshop();
            assertThat(back).isEqualTo(workshop);
            assertThat(back.journeys().get(0).card("D").orElseThrow().votes())
                    .containsExactly(Map.entry("Bas", 1), Map.entry("Anna", 2));
            assertThat(back.journeys().get(0).card("A").orElseThrow().totalVotes()).isEqualTo(1);
        }
    }
}
