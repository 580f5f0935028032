package org.nineplus.ui.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineplus.edit.voting.VoteCommands;
import org.nineplus.edit.voting.VotingRound;
import org.nineplus.model.Journey;
import org.nineplus.ui.editor.CardClickMode;
import org.nineplus.ui.editor.EditorSession;

/**
 * The state of a dot-voting round in the editor, without controls: the round (null when none runs), the active voter,
 * and a chip per participant with the dots left on the journey on screen, recomputed from the cards on every
 * revision (so undo gives a dot back) and journey switch. Every vote goes through the session as a command, so a
 * refused vote (no dots left, not an idea) shows its reason in the editor's bar and changes nothing. FX thread only.
 */
public final class VotingModel implements CardClickMode {

    private final EditorSession session;
    private final Locale locale;
    private final ReadOnlyObjectWrapper<VotingRound> round = new ReadOnlyObjectWrapper<>(this, "round");
    private final StringProperty activeVoter = new SimpleStringProperty(this, "activeVoter");
    private final ObservableList<VoterChip> chips = FXCollections.observableArrayList();
    private final ObservableList<VoterChip> chipsView = FXCollections.unmodifiableObservableList(chips);

    public VotingModel(EditorSession session, Locale locale) {
        this.session = Objects.requireNonNull(session, "session");
        this.locale = Objects.requireNonNull(locale, "locale");
        // Change listeners: an invalidation listener on a value nobody reads would fire only once.
        session.revisionProperty().addListener((obs, old, now) -> refresh());
        session.journeyIdProperty().addListener((obs, old, now) -> refresh());
        round.addListener((obs, old, now) -> refresh());
    }

    /** The running round, or null. */
    public ReadOnlyObjectProperty<VotingRound> roundProperty() {
        return round.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return round.get() != null;
    }

    /** Who a click on an idea card votes for; one of the round's participants while a round runs. */
    public StringProperty activeVoterProperty() {
        return activeVoter;
    }

    /** One chip per participant, in order, with the dots left on the journey on screen. */
    public ObservableList<VoterChip> chips() {
        return chipsView;
    }

    /** The names the start dialog offers: the workshop's participants. */
    public List<String> workshopParticipants() {
        return session.current().participants();
    }

    /** Whether the journey on screen already has dots on it (the dialog then asks whether to keep them). */
    public int dotsOnJourney() {
        return session.journey().map(j -> j.cards().stream().mapToInt(c -> c.totalVotes()).sum()).orElse(0);
    }

    /**
     * Starts a round: sets the workshop's participants if they were changed (a command), clears the journey's votes
     * if asked (one command), then shows the bar with the first participant as the voter. Returns why it could not
     * start (no participants, no journey), or empty.
     */
    public Optional<String> start(RoundSetup setup) {
        VotingTexts texts = new VotingTexts(locale);
        List<String> names = VotingRound.cleanNames(setup.participants());
        if (names.isEmpty()) {
            return Optional.of(texts.get("problem.noParticipants"));
        }
        Optional<Journey> journey = session.journey();
        if (journey.isEmpty()) {
            return Optional.of(texts.get("problem.noJourney"));
        }
        VotingRound started;
        try {
            started = new VotingRound(setup.dotsPerParticipant(), names);
        } catch (IllegalArgumentException e) {
            return Optional.of(texts.get("problem.dots", VotingRound.MAX_DOTS));
        }
        if (!names.equals(session.current().participants())) {
            session.execute(VoteCommands.setParticipants(names, locale));
        }
        if (setup.clearVotes() && VoteCommands.hasVotes(journey.get())) {
            session.execute(VoteCommands.clear(journey.get().id(), locale));
        }
        round.set(started);
        activeVoter.set(names.get(0));
        return Optional.empty();
    }

    /** Closes the bar; the votes stay on the cards. */
    public void end() {
        round.set(null);
        activeVoter.set(null);
    }

    /** Makes the participant at this place (0-based) the voter; false when there is none there. */
    public boolean selectVoter(int index) {
        VotingRound r = round.get();
        if (r == null || index < 0 || index >= r.participants().size()) {
            return false;
        }
        activeVoter.set(r.participants().get(index));
        return true;
    }

    /** A click on a card: casts a dot for the active voter, or (takeBack) takes one of the voter's dots back. */
    @Override
    public void cardClicked(String cardId, boolean takeBack) {
        if (takeBack) {
            takeBack(cardId);
        } else {
            vote(cardId);
        }
    }

    /** Casts a dot of the active voter on the card; false when refused (the reason is in the session's problem). */
    public boolean vote(String cardId) {
        VotingRound r = round.get();
        Optional<Journey> journey = session.journey();
        if (r == null || activeVoter.get() == null || journey.isEmpty()) {
            return false;
        }
        return session.execute(VoteCommands.cast(r, journey.get(), activeVoter.get(), cardId, locale));
    }

    /** Takes one of the active voter's dots back from the card; false when there was none. */
    public boolean takeBack(String cardId) {
        Optional<Journey> journey = session.journey();
        if (round.get() == null || activeVoter.get() == null || journey.isEmpty()) {
            return false;
        }
        return session.execute(VoteCommands.retract(journey.get(), activeVoter.get(), cardId, locale));
    }

    private void refresh() {
        VotingRound r = round.get();
        Optional<Journey> journey = session.journey();
        List<VoterChip> now = new ArrayList<>();
        if (r != null && journey.isPresent()) {
            for (String name : r.participants()) {
                now.add(new VoterChip(name, r.dotsLeft(journey.get(), name), r.dotsPerParticipant()));
            }
        }
        if (!now.equals(chips)) {
            chips.setAll(now);
        }
    }
}
