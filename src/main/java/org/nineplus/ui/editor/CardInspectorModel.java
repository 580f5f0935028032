package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

import org.nineplus.edit.CardCommands;
import org.nineplus.model.Card;
import org.nineplus.model.CardStatus;
import org.nineplus.model.KanoCategory;
import org.nineplus.model.KanoSurvey;

/**
 * The card inspector's state: the one selected card and a validated field for each of its values. Every commit
 * is one command on the session. No window needed; FX thread only.
 */
public final class CardInspectorModel {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    /** An entry of the "improves" list: an EXISTING card of the idea's cell, or none (null id). */
    public record Choice(String id, String label) {
        /** No improved card, in the user's language. */
        public static Choice none() {
            return new Choice(null, TEXTS.get("none"));
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The Kano survey answers, in the file's order. */
    public enum Answer { A, O, M, I, R, Q }

    private final EditorSession session;
    private final FieldFormats formats;
    private final ReadOnlyObjectWrapper<Card> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ReadOnlyStringWrapper votes = new ReadOnlyStringWrapper(this, "votes", "");
    private final ObservableList<Choice> improvesChoices = FXCollections.observableArrayList();
    private final BooleanBinding idea;
    private final ValidatedField<String> title;
    private final ValidatedField<String> note;
    private final ValidatedField<Double> score;
    private final ValidatedField<Double> expectedScore;
    private final ValidatedField<Double> cost;
    private final Map<Answer, ValidatedField<Integer>> survey = new java.util.EnumMap<>(Answer.class);

    public CardInspectorModel(EditorSession session, FieldFormats formats) {
        this.session = Objects.requireNonNull(session, "session");
        this.formats = Objects.requireNonNull(formats, "formats");
        idea = Bindings.createBooleanBinding(() -> card.get() != null && card.get().isIdea(), card);
        title = field(FieldFormats.required(TEXTS.get("card.titleNeeded")), s -> s, Card::title, Card::withTitle,
                TEXTS.get("card.change.title"));
        note = field(FieldFormats.anyText(), s -> s, Card::note, Card::withNote, TEXTS.get("card.change.note"));
        score = field(formats.score(TEXTS.get("card.field.score")), formats::formatScore, Card::score, Card::withScore, TEXTS.get("card.change.score"));
        expectedScore = field(formats.score(TEXTS.get("card.field.expected")), formats::formatScore, Card::expectedScore,
                Card::withExpectedScore, TEXTS.get("card.change.expected"));
        cost = field(formats.money(TEXTS.get("card.cost")), formats::formatMoney, Card::cost, Card::withCost, TEXTS.get("card.change.cost"));
        for (Answer answer : Answer.values()) {
            survey.put(answer, field(FieldFormats.count(TEXTS.get("card.field.count", answer.name())), FieldFormats::formatCount,
                    c -> count(c.kanoSurvey(), answer), (c, n) -> c.withKanoSurvey(withCount(c.kanoSurvey(), answer, n)),
                    TEXTS.get("card.change.survey")));
        }
        session.workshopProperty().addListener((obs, old, now) -> refresh());
        session.journeyIdProperty().addListener((obs, old, now) -> refresh());
        session.selectedCards().addListener((SetChangeListener<String>) change -> refresh());
        refresh();
    }

    private <T> ValidatedField<T> field(ValidatedField.Parser<T> parser, Function<T, String> format,
                                        Function<Card, T> read, BiFunction<Card, T, Card> write, String what) {
        return new ValidatedField<>(parser, format, () -> card.get() == null ? null : read.apply(card.get()),
                value -> update(write.apply(card.get(), value), what));
    }

    private void update(Card changed, String what) {
        session.execute(CardCommands.update(session.journeyIdProperty().get(), changed, what));
    }

    private void refresh() {
        Card before = card.get();
        Card now = session.selectedCards().size() != 1 ? null : session.journey()
                .flatMap(j -> j.card(session.selectedCards().iterator().next())).orElse(null);
        card.set(now);
        if (now == null) {
            improvesChoices.clear();
            votes.set("");
            return;
        }
        boolean other = before == null || !before.id().equals(now.id());
        for (ValidatedField<?> field : fields()) {
            field.reload(other);
        }
        List<Choice> choices = new ArrayList<>();
        choices.add(Choice.none());
        session.journey().orElseThrow().cards().stream()
                .filter(c -> c.isExisting() && c.stage().equals(now.stage()) && c.lane().equals(now.lane()))
                .map(c -> new Choice(c.id(), c.title()))
                .forEach(choices::add);
        if (!choices.equals(improvesChoices)) {
            improvesChoices.setAll(choices);
        }
        votes.set(now.votes().isEmpty() ? TEXTS.get("card.noVotes") : TEXTS.get("card.dots", now.votes().entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")),
                now.totalVotes()));
    }

    private List<ValidatedField<?>> fields() {
        List<ValidatedField<?>> all = new ArrayList<>(List.of(title, note, score, expectedScore, cost));
        all.addAll(survey.values());
        return all;
    }

    // ---- choices that commit at once

    public void setStatus(CardStatus status) {
        Card current = card.get();
        if (current != null && status != null && current.status() != status) {
            session.execute(CardCommands.changeStatus(session.journeyIdProperty().get(), current.id(), status));
        }
    }

    public void setImproves(Choice choice) {
        Card current = card.get();
        String id = choice == null ? null : choice.id();
        if (current != null && current.isIdea() && !Objects.equals(current.improves(), id)) {
            update(current.withImproves(id), TEXTS.get("card.change.improves"));
        }
    }

    public void setSavingsOnly(boolean value) {
        Card current = card.get();
        if (current != null && current.savingsOnly() != value) {
            update(current.withSavingsOnly(value), TEXTS.get(value ? "card.change.savings" : "card.change.noSavings"));
        }
    }

    /** The Kano category, or null for none. */
    public void setKano(KanoCategory value) {
        Card current = card.get();
        if (current != null && current.kano() != value) {
            update(current.withKano(value), TEXTS.get("card.change.kano"));
        }
    }

    /** The entry of {@link #improvesChoices()} the card improves now. */
    public Choice improves() {
        Card current = card.get();
        if (current == null || current.improves() == null) {
            return Choice.none();
        }
        return improvesChoices.stream().filter(c -> current.improves().equals(c.id())).findFirst()
                .orElse(Choice.none());
    }

    private static int count(KanoSurvey survey, Answer answer) {
        if (survey == null) {
            return 0;
        }
        return switch (answer) {
            case A -> survey.attractive();
            case O -> survey.oneDimensional();
            case M -> survey.mustBe();
            case I -> survey.indifferent();
            case R -> survey.reverse();
            case Q -> survey.questionable();
        };
    }

    private static KanoSurvey withCount(KanoSurvey survey, Answer answer, int n) {
        int[] c = new int[Answer.values().length];
        for (Answer a : Answer.values()) {
            c[a.ordinal()] = count(survey, a);
        }
        c[answer.ordinal()] = n;
        return new KanoSurvey(c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    // ---- properties

    /** The one selected card, or null when none or several are selected. */
    public ReadOnlyObjectProperty<Card> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public Optional<Card> card() {
        return Optional.ofNullable(card.get());
    }

    public BooleanBinding ideaProperty() {
        return idea;
    }

    public ValidatedField<String> title() {
        return title;
    }

    public ValidatedField<String> note() {
        return note;
    }

    public ValidatedField<Double> score() {
        return score;
    }

    public ValidatedField<Double> expectedScore() {
        return expectedScore;
    }

    public ValidatedField<Double> cost() {
        return cost;
    }

    public ValidatedField<Integer> survey(Answer answer) {
        return survey.get(answer);
    }

    /** "(none)" and the EXISTING cards of the card's own stage and lane. */
    public ObservableList<Choice> improvesChoices() {
        return improvesChoices;
    }

    /** Who voted how many dots, read-only. */
    public ReadOnlyStringProperty votesProperty() {
        return votes.getReadOnlyProperty();
    }

    FieldFormats formats() {
        return formats;
    }
}
