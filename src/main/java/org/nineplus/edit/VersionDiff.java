package org.nineplus.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.Stage;
import org.nineplus.model.Workshop;

/**
 * What changed between two versions of a journey or a workshop: cards added, removed, moved to another cell,
 * re-scored or retitled. Cards are matched by id; a change of order within one cell is not a move. Journeys are
 * matched by id too; a journey in only one version counts all its cards as added or removed.
 */
public final class VersionDiff {

    private VersionDiff() {
    }

    /** Where a card sits, by the names the map shows. */
    public record Place(String stage, String lane) {
        @Override
        public String toString() {
            return stage + " / " + lane;
        }
    }

    public record Added(String journey, String cardId, String title, Place place) {
    }

    public record Removed(String journey, String cardId, String title, Place place) {
    }

    public record Moved(String journey, String cardId, String title, Place from, Place to) {
    }

    /** A changed score; {@code field} is "score" or "expected score", and either value may be null (not set). */
    public record Rescored(String journey, String cardId, String title, String field, Double from, Double to) {
    }

    public record Retitled(String journey, String cardId, String from, String to) {
    }

    /** The changes, each list in the newer version's card order (removed cards in the older one's). */
    public record Diff(List<String> journeysAdded, List<String> journeysRemoved, List<Added> added,
                       List<Removed> removed, List<Moved> moved, List<Rescored> rescored, List<Retitled> retitled) {

        public Diff {
            journeysAdded = List.copyOf(journeysAdded);
            journeysRemoved = List.copyOf(journeysRemoved);
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            moved = List.copyOf(moved);
            rescored = List.copyOf(rescored);
            retitled = List.copyOf(retitled);
        }

        public boolean isEmpty() {
            return journeysAdded.isEmpty() && journeysRemoved.isEmpty() && added.isEmpty() && removed.isEmpty()
                    && moved.isEmpty() && rescored.isEmpty() && retitled.isEmpty();
        }

        /** One readable line per change: "Added: 'Claim tracker' in Report a claim / Core promise". */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            journeysAdded.forEach(j -> lines.add(Cells.TEXTS.get("diff.journeyAdded", j)));
            journeysRemoved.forEach(j -> lines.add(Cells.TEXTS.get("diff.journeyRemoved", j)));
            added.forEach(a -> lines.add(Cells.TEXTS.get("diff.added", a.title(), a.place())));
            removed.forEach(r -> lines.add(Cells.TEXTS.get("diff.removed", r.title(), r.place())));
            moved.forEach(m -> lines.add(Cells.TEXTS.get("diff.moved", m.title(), m.from(), m.to())));
            rescored.forEach(r -> lines.add(r.field().equals("score")
                    ? Cells.TEXTS.get("diff.rescored", r.title(), score(r.from()), score(r.to()))
                    : Cells.TEXTS.get("diff.rescoredExpected", r.title(), score(r.from()), score(r.to()))));
            retitled.forEach(r -> lines.add(Cells.TEXTS.get("diff.retitled", r.from(), r.to())));
            return lines;
        }

        private static String score(Double value) {
            return value == null ? Cells.TEXTS.get("diff.none") : String.format(Locale.ROOT, "%.1f", value);
        }
    }

    /** The changes from {@code older} to {@code newer}, journey by journey (in the newer version's order). */
    public static Diff compare(Workshop older, Workshop newer) {
        Builder builder = new Builder();
        for (Journey after : newer.journeys()) {
            Optional<Journey> before = older.journey(after.id());
            if (before.isEmpty()) {
                builder.journeysAdded.add(after.title());
            }
            builder.compare(before.orElse(emptyLike(after)), after);
        }
        for (Journey before : older.journeys()) {
            if (newer.journey(before.id()).isEmpty()) {
                builder.journeysRemoved.add(before.title());
                builder.compare(before, emptyLike(before));
            }
        }
        return builder.build();
    }

    /** The changes of the cards of one journey; the two are compared whatever their ids. */
    public static Diff compare(Journey older, Journey newer) {
        Builder builder = new Builder();
        builder.compare(older, newer);
        return builder.build();
    }

    private static Journey emptyLike(Journey journey) {
        return journey.withCards(List.of()).withLinks(List.of());
    }

    private static final class Builder {
        private final List<String> journeysAdded = new ArrayList<>();
        private final List<String> journeysRemoved = new ArrayList<>();
        private final List<Added> added = new ArrayList<>();
        private final List<Removed> removed = new ArrayList<>();
        private final List<Moved> moved = new ArrayList<>();
        private final List<Rescored> rescored = new ArrayList<>();
        private final List<Retitled> retitled = new ArrayList<>();

        void compare(Journey older, Journey newer) {
            String name = newer.title().isBlank() ? older.title() : newer.title();
            Map<String, Card> before = older.cards().stream()
                    .collect(Collectors.toMap(Card::id, Function.identity(), (a, b) -> a));
            Map<String, Card> after = newer.cards().stream()
                    .collect(Collectors.toMap(Card::id, Function.identity(), (a, b) -> a));
            for (Card card : newer.cards()) {
                Card old = before.get(card.id());
                if (old == null) {
                    added.add(new Added(name, card.id(), card.title(), place(newer, card)));
                    continue;
                }
                if (!old.stage().equals(card.stage()) || !old.lane().equals(card.lane())) {
                    moved.add(new Moved(name, card.id(), card.title(), place(older, old), place(newer, card)));
                }
                if (!Objects.equals(old.score(), card.score())) {
                    rescored.add(new Rescored(name, card.id(), card.title(), "score", old.score(), card.score()));
                }
                if (!Objects.equals(old.expectedScore(), card.expectedScore())) {
                    rescored.add(new Rescored(name, card.id(), card.title(), "expected score", old.expectedScore(),
                            card.expectedScore()));
                }
                if (!old.title().equals(card.title())) {
                    retitled.add(new Retitled(name, card.id(), old.title(), card.title()));
                }
            }
            for (Card card : older.cards()) {
                if (!after.containsKey(card.id())) {
                    removed.add(new Removed(name, card.id(), card.title(), place(older, card)));
                }
            }
        }

        Diff build() {
            return new Diff(journeysAdded, journeysRemoved, added, removed, moved, rescored, retitled);
        }
    }

    private static Place place(Journey journey, Card card) {
        return new Place(journey.stage(card.stage()).map(Stage::name).orElse(card.stage()),
                journey.lane(card.lane()).map(Lane::name).orElse(card.lane()));
    }
}
