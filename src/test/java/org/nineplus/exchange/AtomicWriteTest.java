package org.nineplus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

/** Writing replaces the file in one step; a failed write leaves the old file and no debris. */
class AtomicWriteTest {

    private final WorkshopJson json = new WorkshopJson();

    @TempDir
    Path folder;

    @Test
    void writingReplacesTheOldFileAndLeavesNothingElse() throws Exception {
        Path file = folder.resolve("claims.json");
        json.write(TestWorkshops.workedExample(), file);

        json.write(TestWorkshops.large5000(), file);

        assertThat(json.read(file)).isEqualTo(TestWorkshops.large5000());
        assertThat(filesIn(folder)).containsExactly("claims.json");
    }

    @Test
    void aValueJsonCannotCarryStopsTheWriteAndTheOldFileStays() throws Exception {
        Path file = folder.resolve("claims.json");
        json.write(TestWorkshops.workedExample(), file);
        byte[] before = Files.readAllBytes(file);
        // The bad value is in the last card, so megabytes are streamed into the temporary file before it fails.
        Workshop large = TestWorkshops.large5000();
        Journey journey = large.journeys().get(0);
        List<Card> cards = new ArrayList<>(journey.cards());
        cards.set(cards.size() - 1, cards.get(cards.size() - 1).withExpectedScore(Double.NaN));
        Workshop unwritable = large.withJourney(journey.withCards(cards));

        assertThatThrownBy(() -> json.write(unwritable, file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("journeys[0].cards[4999].expectedScore: NaN cannot be written to a workshop file");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactly("claims.json");
    }

    @Test
    void aVoteWithoutACountStopsTheWriteAndTheOldFileStays() throws Exception {
        Path file = folder.resolve("claims.json");
        json.write(TestWorkshops.workedExample(), file);
        byte[] before = Files.readAllBytes(file);
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put("Anna", null);
        Journey journey = TestWorkshops.workedExample().journeys().get(0);
        List<Card> cards = new ArrayList<>(journey.cards());
        cards.set(5, cards.get(5).withVotes(votes));

        assertThatThrownBy(() -> json.write(TestWorkshops.workedExample().withJourney(journey.withCards(cards)), file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("journeys[0].cards[5].votes.Anna: has no number of dots");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactly("claims.json");
    }

    @Test
    void aFailedRenameLeavesTheTargetAndNoTemporaryFile() throws Exception {
        Path target = folder.resolve("occupied");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "not to be replaced");

        assertThatThrownBy(() -> json.write(TestWorkshops.workedExample(), target)).isInstanceOf(IOException.class);

        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("not to be replaced");
        assertThat(filesIn(folder)).containsExactly("occupied");
    }

    @Test
    void writingIntoAMissingFolderFailsAndCreatesNothing() {
        Path missing = folder.resolve("no-such-folder").resolve("claims.json");

        assertThatThrownBy(() -> json.write(TestWorkshops.workedExample(), missing))
                .isInstanceOf(NoSuchFileException.class);

        assertThat(filesIn(folder)).isEmpty();
    }

    private static List<String> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
