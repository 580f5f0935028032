package org.nineplus.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineplus.model.Card;
import org.nineplus.model.CardStatus;
import org.nineplus.model.GoldenRule;
import org.nineplus.model.Journey;
import org.nineplus.model.KanoCategory;
import org.nineplus.model.KanoSurvey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Link;
import org.nineplus.model.Persona;
import org.nineplus.model.Stage;
import org.nineplus.model.TimeKind;
import org.nineplus.model.Workshop;

/** Reads the rows of one snapshot back into a {@link Workshop}, every list in the order it was written. */
final class SnapshotReader {

    private final Connection connection;

    SnapshotReader(Connection connection) {
        this.connection = connection;
    }

    /** The workshop in snapshot {@code snapshotId}; the snapshot must exist. */
    Workshop read(long snapshotId) throws SQLException {
        String title;
        String organization;
        LocalDate date;
        String facilitator;
        String notes;
        try (PreparedStatement s = connection.prepareStatement("SELECT title, organization, workshop_date, "
                + "facilitator, notes FROM snapshot WHERE id = ?")) {
            s.setLong(1, snapshotId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("snapshot " + snapshotId + " is missing");
                }
                title = r.getString(1);
                organization = r.getString(2);
                date = r.getObject(3, LocalDate.class);
                facilitator = r.getString(4);
                notes = r.getString(5);
            }
        }
        return new Workshop(title, organization, date, facilitator, participants(snapshotId), notes,
                personas(snapshotId), journeys(snapshotId));
    }

    /** Only the title of snapshot {@code snapshotId}. */
    String title(long snapshotId) throws SQLException {
        StringBuilder title = new StringBuilder();
        forEachRow("SELECT title FROM snapshot WHERE id = ?", snapshotId, r -> title.append(r.getString(1)));
        return title.toString();
    }

    private List<String> participants(long snapshotId) throws SQLException {
        List<String> names = new ArrayList<>();
        forEachRow("SELECT name FROM participant WHERE snapshot_id = ? ORDER BY position", snapshotId,
                r -> names.add(r.getString(1)));
        return names;
    }

    private List<Persona> personas(long snapshotId) throws SQLException {
        Map<Integer, List<String>> goals = new HashMap<>();
        Map<Integer, List<String>> frustrations = new HashMap<>();
        forEachRow("SELECT persona_position, kind, text FROM persona_item WHERE snapshot_id = ? "
                + "ORDER BY persona_position, kind, position", snapshotId, r -> {
            Map<Integer, List<String>> target = "G".equals(r.getString(2)) ? goals : frustrations;
            target.computeIfAbsent(r.getInt(1), k -> new ArrayList<>()).add(r.getString(3));
        });
        List<Persona> personas = new ArrayList<>();
        forEachRow("SELECT position, persona_id, name, description, picture FROM persona "
                + "WHERE snapshot_id = ? ORDER BY position", snapshotId, r -> {
            int p = r.getInt(1);
            personas.add(new Persona(r.getString(2), r.getString(3), r.getString(4),
                    goals.getOrDefault(p, List.of()), frustrations.getOrDefault(p, List.of()), r.getString(5)));
        });
        return personas;
    }

    private List<Journey> journeys(long snapshotId) throws SQLException {
        List<String[]> heads = new ArrayList<>();
        forEachRow("SELECT journey_id, title, persona, persona_id FROM journey WHERE snapshot_id = ? "
                + "ORDER BY position", snapshotId, r -> {
            heads.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
        });
        int count = heads.size();
        List<List<Stage>> stages = stages(snapshotId, count);
        List<List<Lane>> lanes = lanes(snapshotId, count);
        List<List<Card>> cards = cards(snapshotId, count);
        List<List<Link>> links = links(snapshotId, count);
        List<Journey> journeys = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            String[] h = heads.get(j);
            journeys.add(new Journey(h[0], h[1], h[2], h[3], stages.get(j), lanes.get(j), cards.get(j),
                    links.get(j)));
        }
        return journeys;
    }

    private List<List<Stage>> stages(long snapshotId, int journeys) throws SQLException {
        Map<Long, List<GoldenRule>> rules = new HashMap<>();
        forEachRow("SELECT journey_position, stage_position, rule FROM stage_failing_rule "
                + "WHERE snapshot_id = ? ORDER BY journey_position, stage_position, position", snapshotId, r -> {
            rules.computeIfAbsent(key(r.getInt(1), r.getInt(2)), k -> new ArrayList<>())
                    .add(GoldenRule.valueOf(r.getString(3)));
        });
        List<List<Stage>> result = perJourney(journeys);
        forEachRow("SELECT journey_position, position, stage_id, name, moment_of_truth, time_kind, "
                + "emotion FROM stage WHERE snapshot_id = ? ORDER BY journey_position, position", snapshotId, r -> {
            int j = r.getInt(1);
            result.get(j).add(new Stage(r.getString(3), r.getString(4), r.getBoolean(5),
                    TimeKind.valueOf(r.getString(6)), r.getObject(7, Integer.class),
                    rules.getOrDefault(key(j, r.getInt(2)), List.of())));
        });
        return result;
    }

    private List<List<Lane>> lanes(long snapshotId, int journeys) throws SQLException {
        List<List<Lane>> result = perJourney(journeys);
        forEachRow("SELECT journey_position, lane_id, name, kind FROM lane WHERE snapshot_id = ? "
                + "ORDER BY journey_position, position", snapshotId, r -> {
            result.get(r.getInt(1)).add(new Lane(r.getString(2), r.getString(3), LaneKind.valueOf(r.getString(4))));
        });
        return result;
    }

    private List<List<Card>> cards(long snapshotId, int journeys) throws SQLException {
        Map<Long, Map<String, Integer>> votes = new HashMap<>();
        forEachRow("SELECT journey_position, card_position, participant, dots FROM card_vote "
                + "WHERE snapshot_id = ? ORDER BY journey_position, card_position, position", snapshotId, r -> {
            votes.computeIfAbsent(key(r.getInt(1), r.getInt(2)), k -> new LinkedHashMap<>())
                    .put(r.getString(3), r.getInt(4));
        });
        List<List<Card>> result = perJourney(journeys);
        forEachRow("SELECT journey_position, position, card_id, stage_id, lane_id, title, note, status, "
                + "score, expected_score, cost, improves, savings_only, kano, survey_attractive, "
                + "survey_one_dimensional, survey_must_be, survey_indifferent, survey_reverse, survey_questionable "
                + "FROM card WHERE snapshot_id = ? ORDER BY journey_position, position", snapshotId, r -> {
            int j = r.getInt(1);
            String kano = r.getString(14);
            result.get(j).add(new Card(r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                    r.getString(7), CardStatus.valueOf(r.getString(8)), r.getObject(9, Double.class),
                    r.getObject(10, Double.class), r.getObject(11, Double.class), r.getString(12),
                    r.getBoolean(13), kano == null ? null : KanoCategory.valueOf(kano), survey(r, 15),
                    votes.getOrDefault(key(j, r.getInt(2)), Map.of())));
        });
        return result;
    }

    private static KanoSurvey survey(ResultSet r, int first) throws SQLException {
        int attractive = r.getInt(first);
        if (r.wasNull()) {
            return null;
        }
        return new KanoSurvey(attractive, r.getInt(first + 1), r.getInt(first + 2), r.getInt(first + 3),
                r.getInt(first + 4), r.getInt(first + 5));
    }

    private List<List<Link>> links(long snapshotId, int journeys) throws SQLException {
        List<List<Link>> result = perJourney(journeys);
        forEachRow("SELECT journey_position, from_card, to_card FROM link WHERE snapshot_id = ? "
                + "ORDER BY journey_position, position", snapshotId, r -> {
            result.get(r.getInt(1)).add(new Link(r.getString(2), r.getString(3)));
        });
        return result;
    }

    /** Runs a query whose one parameter is the snapshot id and hands each row to {@code row}. */
    private void forEachRow(String sql, long snapshotId, Row row) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, snapshotId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.accept(r);
                }
            }
        }
    }

    @FunctionalInterface
    private interface Row {
        void accept(ResultSet r) throws SQLException;
    }

    private static long key(int journey, int position) {
        return ((long) journey << 32) | (position & 0xffffffffL);
    }

    private static <T> List<List<T>> perJourney(int journeys) {
        List<List<T>> lists = new ArrayList<>(journeys);
        for (int j = 0; j < journeys; j++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
