package org.nineplus.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;

import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.KanoSurvey;
import org.nineplus.model.Lane;
import org.nineplus.model.Link;
import org.nineplus.model.Persona;
import org.nineplus.model.Stage;
import org.nineplus.model.Workshop;

/**
 * Writes a {@link Workshop} as the rows of one snapshot, each table in one batch. Runs inside the caller's
 * transaction; it never commits.
 */
final class SnapshotWriter {

    /** Every table that holds snapshot content, children before parents (the order for deleting). */
    static final List<String> CONTENT_TABLES = List.of("participant", "persona_item", "persona", "stage_failing_rule",
            "stage", "lane", "card_vote", "card", "link", "journey");

    private final Connection connection;

    SnapshotWriter(Connection connection) {
        this.connection = connection;
    }

    /** A new snapshot of {@code workshopId} holding {@code workshop}; returns the snapshot's id. */
    long insert(long workshopId, Workshop workshop) throws SQLException {
        long snapshotId;
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO snapshot (workshop_id, title, "
                + "organization, workshop_date, facilitator, notes) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, workshopId);
            setHeader(s, 2, workshop);
            s.executeUpdate();
            snapshotId = generatedId(s);
        }
        writeContent(snapshotId, workshop);
        return snapshotId;
    }

    /** Replaces everything in snapshot {@code snapshotId} by {@code workshop}. */
    void replace(long snapshotId, Workshop workshop) throws SQLException {
        replaceHeader(snapshotId, workshop);
        deleteContent(snapshotId);
        writeContent(snapshotId, workshop);
    }

    /**
     * As {@link #replace}, but when {@code before} is what this snapshot holds and only cards changed in place,
     * rewrites just those cards ({@link CardRewriter}).
     */
    void replace(long snapshotId, Workshop before, Workshop workshop) throws SQLException {
        if (before == null || !CardRewriter.onlyCardsDiffer(before, workshop)) {
            replace(snapshotId, workshop);
            return;
        }
        replaceHeader(snapshotId, workshop);
        new CardRewriter(connection).rewriteChangedCards(snapshotId, before, workshop, this);
    }

    private void replaceHeader(long snapshotId, Workshop workshop) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE snapshot SET title = ?, organization = ?, "
                + "workshop_date = ?, facilitator = ?, notes = ? WHERE id = ?")) {
            setHeader(s, 1, workshop);
            s.setLong(6, snapshotId);
            s.executeUpdate();
        }
    }

    void deleteContent(long snapshotId) throws SQLException {
        for (String table : CONTENT_TABLES) {
            try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table + " WHERE snapshot_id = ?")) {
                s.setLong(1, snapshotId);
                s.executeUpdate();
            }
        }
    }

    static long generatedId(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no id for the new row");
            }
            return keys.getLong(1);
        }
    }

    private static void setHeader(PreparedStatement s, int first, Workshop w) throws SQLException {
        s.setString(first, w.title());
        s.setString(first + 1, w.organization());
        s.setObject(first + 2, w.date(), Types.DATE);
        s.setString(first + 3, w.facilitator());
        s.setString(first + 4, w.notes());
    }

    private void writeContent(long snapshotId, Workshop w) throws SQLException {
        writeParticipants(snapshotId, w.participants());
        writePersonas(snapshotId, w.personas());
        List<Journey> journeys = w.journeys();
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO journey (snapshot_id, position, "
                + "journey_id, title, persona, persona_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int j = 0; j < journeys.size(); j++) {
                Journey journey = journeys.get(j);
                s.setLong(1, snapshotId);
                s.setInt(2, j);
                s.setString(3, journey.id());
                s.setString(4, journey.title());
                s.setString(5, journey.persona());
                s.setString(6, journey.personaId());
                s.addBatch();
            }
            s.executeBatch();
        }
        writeStages(snapshotId, journeys);
        writeLanes(snapshotId, journeys);
        writeCards(snapshotId, journeys);
        writeLinks(snapshotId, journeys);
    }

    private void writeParticipants(long snapshotId, List<String> participants) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO participant (snapshot_id, position, name) VALUES (?, ?, ?)")) {
            for (int i = 0; i < participants.size(); i++) {
                s.setLong(1, snapshotId);
                s.setInt(2, i);
                s.setString(3, participants.get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void writePersonas(long snapshotId, List<Persona> personas) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO persona (snapshot_id, position, "
                + "persona_id, name, description, picture) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement items = connection.prepareStatement("INSERT INTO persona_item (snapshot_id, "
                     + "persona_position, kind, position, text) VALUES (?, ?, ?, ?, ?)")) {
            for (int p = 0; p < personas.size(); p++) {
                Persona persona = personas.get(p);
                s.setLong(1, snapshotId);
                s.setInt(2, p);
                s.setString(3, persona.id());
                s.setString(4, persona.name());
                s.setString(5, persona.description());
                s.setString(6, persona.picture());
                s.addBatch();
                addItems(items, snapshotId, p, "G", persona.goals());
                addItems(items, snapshotId, p, "F", persona.frustrations());
            }
            s.executeBatch();
            items.executeBatch();
        }
    }

    private static void addItems(PreparedStatement items, long snapshotId, int persona, String kind,
                                 List<String> texts) throws SQLException {
        for (int i = 0; i < texts.size(); i++) {
            items.setLong(1, snapshotId);
            items.setInt(2, persona);
            items.setString(3, kind);
            items.setInt(4, i);
            items.setString(5, texts.get(i));
            items.addBatch();
        }
    }

    private void writeStages(long snapshotId, List<Journey> journeys) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO stage (snapshot_id, journey_position, "
                + "position, stage_id, name, moment_of_truth, time_kind, emotion) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement rules = connection.prepareStatement("INSERT INTO stage_failing_rule (snapshot_id, "
                     + "journey_position, stage_position, position, rule) VALUES (?, ?, ?, ?, ?)")) {
            for (int j = 0; j < journeys.size(); j++) {
                List<Stage> stages = journeys.get(j).stages();
                for (int i = 0; i < stages.size(); i++) {
                    Stage stage = stages.get(i);
                    s.setLong(1, snapshotId);
                    s.setInt(2, j);
                    s.setInt(3, i);
                    s.setString(4, stage.id());
                    s.setString(5, stage.name());
                    s.setBoolean(6, stage.momentOfTruth());
                    s.setString(7, stage.time().name());
                    s.setObject(8, stage.emotion(), Types.INTEGER);
                    s.addBatch();
                    for (int r = 0; r < stage.failingRules().size(); r++) {
                        rules.setLong(1, snapshotId);
                        rules.setInt(2, j);
                        rules.setInt(3, i);
                        rules.setInt(4, r);
                        rules.setString(5, stage.failingRules().get(r).name());
                        rules.addBatch();
                    }
                }
            }
            s.executeBatch();
            rules.executeBatch();
        }
    }

    private void writeLanes(long snapshotId, List<Journey> journeys) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO lane (snapshot_id, journey_position, "
                + "position, lane_id, name, kind) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int j = 0; j < journeys.size(); j++) {
                List<Lane> lanes = journeys.get(j).lanes();
                for (int i = 0; i < lanes.size(); i++) {
                    Lane lane = lanes.get(i);
                    s.setLong(1, snapshotId);
                    s.setInt(2, j);
                    s.setInt(3, i);
                    s.setString(4, lane.id());
                    s.setString(5, lane.name());
                    s.setString(6, lane.kind().name());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private void writeCards(long snapshotId, List<Journey> journeys) throws SQLException {
        try (PreparedStatement s = prepareCardInsert(); PreparedStatement votes = prepareVoteInsert()) {
            for (int j = 0; j < journeys.size(); j++) {
                List<Card> cards = journeys.get(j).cards();
                for (int i = 0; i < cards.size(); i++) {
                    addCard(s, votes, snapshotId, j, i, cards.get(i));
                }
            }
            s.executeBatch();
            votes.executeBatch();
        }
    }

    PreparedStatement prepareCardInsert() throws SQLException {
        return connection.prepareStatement("INSERT INTO card (snapshot_id, journey_position, "
                + "position, card_id, stage_id, lane_id, title, note, status, score, expected_score, cost, improves, "
                + "savings_only, kano, survey_attractive, survey_one_dimensional, survey_must_be, "
                + "survey_indifferent, survey_reverse, survey_questionable) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    PreparedStatement prepareVoteInsert() throws SQLException {
        return connection.prepareStatement("INSERT INTO card_vote (snapshot_id, "
                + "journey_position, card_position, position, participant, dots) VALUES (?, ?, ?, ?, ?, ?)");
    }

    /** Adds card {@code i} of journey {@code j} and its votes to the two batches. */
    static void addCard(PreparedStatement s, PreparedStatement votes, long snapshotId, int j, int i, Card card)
            throws SQLException {
        s.setLong(1, snapshotId);
        s.setInt(2, j);
        s.setInt(3, i);
        s.setString(4, card.id());
        s.setString(5, card.stage());
        s.setString(6, card.lane());
        s.setString(7, card.title());
        s.setString(8, card.note());
        s.setString(9, card.status().name());
        s.setObject(10, card.score(), Types.DOUBLE);
        s.setObject(11, card.expectedScore(), Types.DOUBLE);
        s.setObject(12, card.cost(), Types.DOUBLE);
        s.setString(13, card.improves());
        s.setBoolean(14, card.savingsOnly());
        s.setString(15, card.kano() == null ? null : card.kano().name());
        setSurvey(s, 16, card.kanoSurvey());
        s.addBatch();
        addVotes(votes, snapshotId, j, i, card.votes());
    }

    private static void setSurvey(PreparedStatement s, int first, KanoSurvey k) throws SQLException {
        Integer[] counts = k == null ? new Integer[6]
                : new Integer[] {k.attractive(), k.oneDimensional(), k.mustBe(), k.indifferent(), k.reverse(),
                    k.questionable()};
        for (int i = 0; i < counts.length; i++) {
            s.setObject(first + i, counts[i], Types.INTEGER);
        }
    }

    private static void addVotes(PreparedStatement votes, long snapshotId, int journey, int card,
                                 Map<String, Integer> cast) throws SQLException {
        int position = 0;
        for (Map.Entry<String, Integer> vote : cast.entrySet()) {
            votes.setLong(1, snapshotId);
            votes.setInt(2, journey);
            votes.setInt(3, card);
            votes.setInt(4, position++);
            votes.setString(5, vote.getKey());
            votes.setInt(6, vote.getValue());
            votes.addBatch();
        }
    }

    private void writeLinks(long snapshotId, List<Journey> journeys) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO link (snapshot_id, journey_position, "
                + "position, from_card, to_card) VALUES (?, ?, ?, ?, ?)")) {
            for (int j = 0; j < journeys.size(); j++) {
                List<Link> links = journeys.get(j).links();
                for (int i = 0; i < links.size(); i++) {
                    s.setLong(1, snapshotId);
                    s.setInt(2, j);
                    s.setInt(3, i);
                    s.setString(4, links.get(i).from());
                    s.setString(5, links.get(i).to());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }
}
