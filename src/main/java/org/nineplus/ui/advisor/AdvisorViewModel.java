package org.nineplus.ui.advisor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

import org.nineplus.advice.Advice;
import org.nineplus.advice.Advisor;
import org.nineplus.advice.IdeaClass;
import org.nineplus.advice.Verdict;
import org.nineplus.model.Journey;
import org.nineplus.ui.editor.EditorSession;

/**
 * The advisor panel's state: the advice on the journey on screen under the budget typed in the panel, as rows the
 * view binds to. Recomputes on every new revision, journey switch and budget change (the advisor takes well under a
 * millisecond on 5,000 cards, so it runs on the FX thread); a selection change recomputes nothing. Lists are replaced
 * only when their content changed. FX thread only.
 *
 * <p>The budget is panel state: it is not saved in the workshop file.
 */
public final class AdvisorViewModel {

    private final EditorSession session;
    private final Locale locale;
    private final Money money;

    private final StringProperty budgetText = new SimpleStringProperty(this, "budgetText", "");
    private final ReadOnlyObjectWrapper<Double> budget = new ReadOnlyObjectWrapper<>(this, "budget");
    private final ReadOnlyStringWrapper budgetProblem = new ReadOnlyStringWrapper(this, "budgetProblem", "");
    private final ReadOnlyObjectWrapper<Advice> advice = new ReadOnlyObjectWrapper<>(this, "advice");
    private final ReadOnlyObjectWrapper<BudgetSplit> budgetSplit = new ReadOnlyObjectWrapper<>(this, "budgetSplit");
    private final ReadOnlyObjectWrapper<PeakEndSummary> peakEnd =
            new ReadOnlyObjectWrapper<>(this, "peakEnd", PeakEndSummary.NONE);
    private final ReadOnlyStringWrapper peakStageId = new ReadOnlyStringWrapper(this, "peakStageId");
    private final ReadOnlyStringWrapper endStageId = new ReadOnlyStringWrapper(this, "endStageId");
    private final ReadOnlyObjectWrapper<VoteComparison> voteComparison =
            new ReadOnlyObjectWrapper<>(this, "voteComparison", VoteComparison.NONE);

    private final ObservableList<StageRow> stageRows = FXCollections.observableArrayList();
    private final ObservableList<IdeaEntry> ideaEntries = FXCollections.observableArrayList();
    private final ObservableList<KanoPoint> kanoPoints = FXCollections.observableArrayList();
    private final ObservableList<WarningRow> warnings = FXCollections.observableArrayList();
    private final ObservableMap<String, Verdict> stageVerdicts = FXCollections.observableHashMap();
    private final ObservableMap<String, IdeaClass> ideaClasses = FXCollections.observableHashMap();

    // Read-only views made once: an unmodifiable view listens weakly to its source, so it must be kept.
    private final ObservableList<StageRow> stageRowsView = FXCollections.unmodifiableObservableList(stageRows);
    private final ObservableList<IdeaEntry> ideaEntriesView = FXCollections.unmodifiableObservableList(ideaEntries);
    private final ObservableList<KanoPoint> kanoPointsView = FXCollections.unmodifiableObservableList(kanoPoints);
    private final ObservableList<WarningRow> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ObservableMap<String, Verdict> stageVerdictsView =
            FXCollections.unmodifiableObservableMap(stageVerdicts);
    private final ObservableMap<String, IdeaClass> ideaClassesView =
            FXCollections.unmodifiableObservableMap(ideaClasses);
    private final ObservableSet<String> selectedView;
    private Consumer<String> onCardChosen = id -> { };

    public AdvisorViewModel(EditorSession session, Locale locale) {
        this.session = Objects.requireNonNull(session, "session");
        this.selectedView = FXCollections.unmodifiableObservableSet(session.selectedCards());
        this.locale = Objects.requireNonNull(locale, "locale");
        this.money = new Money(locale);
        budgetText.addListener((obs, old, text) -> readBudget(text));
        session.revisionProperty().addListener((obs, old, revision) -> recompute());
        session.journeyIdProperty().addListener((obs, old, id) -> recompute());
        recompute();
    }

    // ---- the budget

    /** The currency symbol of the locale ("€", "$"), shown beside the budget field. */
    public String currencySymbol() {
        return money.symbol();
    }

    /**
     * The budget as typed, in the locale's notation ("60.000" in nl-NL); set it when the user commits the field.
     * Empty or 0 funds nothing; text that is no amount leaves {@link #budgetProperty()} as it was and says why in
     * {@link #budgetProblemProperty()}.
     */
    public StringProperty budgetTextProperty() {
        return budgetText;
    }

    /** The last valid budget, or null for none. */
    public ReadOnlyObjectProperty<Double> budgetProperty() {
        return budget.getReadOnlyProperty();
    }

    /** Why the typed budget could not be read, or empty. */
    public ReadOnlyStringProperty budgetProblemProperty() {
        return budgetProblem.getReadOnlyProperty();
    }

    private void readBudget(String text) {
        Money.Parsed parsed = money.parse(text);
        if (!parsed.valid()) {
            budgetProblem.set(parsed.problem());
            return;
        }
        budgetProblem.set("");
        if (!Objects.equals(parsed.amount(), budget.get())) {
            budget.set(parsed.amount());
            recompute();
        }
    }

    /** An amount as the locale writes money ("€ 20.000"). */
    public String formatMoney(double amount) {
        return money.format(amount);
    }

    // ---- the advice

    /** The current advice, or null when no journey is on screen. */
    public ReadOnlyObjectProperty<Advice> adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    public ObservableList<StageRow> stageRows() {
        return stageRowsView;
    }

    /** Class headings, each followed by its ideas. */
    public ObservableList<IdeaEntry> ideaEntries() {
        return ideaEntriesView;
    }

    public ReadOnlyObjectProperty<BudgetSplit> budgetSplitProperty() {
        return budgetSplit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PeakEndSummary> peakEndProperty() {
        return peakEnd.getReadOnlyProperty();
    }

    /** The stage of the peak–end peak (the later one on a tie), for the canvas's emotion curve; null without stages. */
    public ReadOnlyStringProperty peakStageIdProperty() {
        return peakStageId.getReadOnlyProperty();
    }

    /** The last stage, the end of the peak–end rule; null without stages. */
    public ReadOnlyStringProperty endStageIdProperty() {
        return endStageId.getReadOnlyProperty();
    }

    /** The team's top 5 by dots against what the advisor funds; replaced only when it changed. */
    public ReadOnlyObjectProperty<VoteComparison> voteComparisonProperty() {
        return voteComparison.getReadOnlyProperty();
    }

    public ObservableList<KanoPoint> kanoPoints() {
        return kanoPointsView;
    }

    public ObservableList<WarningRow> warnings() {
        return warningsView;
    }

    /** Stage id to verdict, for tinting each stage's basic band on the canvas. Only changed entries are put. */
    public ObservableMap<String, Verdict> stageVerdicts() {
        return stageVerdictsView;
    }

    /** Idea card id to final class, for the badge on each candidate idea card. Only changed entries are put. */
    public ObservableMap<String, IdeaClass> ideaClasses() {
        return ideaClassesView;
    }

    // ---- selection, shared with the canvas

    /** The cards selected on the canvas or in the panel (read-only here; change it with {@link #selectCard}). */
    public ObservableSet<String> selectedCards() {
        return selectedView;
    }

    /**
     * Selects exactly this card, as a click on the canvas would, then tells {@link #setOnCardChosen} (the window
     * scrolls the canvas to the card).
     */
    public void selectCard(String cardId) {
        Objects.requireNonNull(cardId, "cardId");
        ObservableSet<String> selection = session.selectedCards();
        if (selection.size() != 1 || !selection.contains(cardId)) {
            selection.clear();
            selection.add(cardId);
        }
        onCardChosen.accept(cardId);
    }

    /** What to do after a card was chosen in the panel, e.g. reveal it on the canvas; none by default. */
    public void setOnCardChosen(Consumer<String> action) {
        onCardChosen = action == null ? id -> { } : action;
    }

    // ---- recomputing

    private void recompute() {
        Optional<Journey> shown = session.journey();
        if (shown.isEmpty()) {
            advice.set(null);
            peakStageId.set(null);
            endStageId.set(null);
            replace(stageRows, List.of());
            replace(ideaEntries, List.of());
            replace(kanoPoints, List.of());
            replace(warnings, List.of());
            budgetSplit.set(null);
            peakEnd.set(PeakEndSummary.NONE);
            stageVerdicts.clear();
            ideaClasses.clear();
            voteComparison.set(VoteComparison.NONE);
            return;
        }
        Journey journey = shown.get();
        Advice current = Advisor.advise(journey, budget.get(), locale);
        AdviceRows rows = new AdviceRows(journey, current, money);
        String peak = AdviceRows.peakStageId(journey);
        String end = AdviceRows.endStageId(journey);
        peakStageId.set(peak);
        endStageId.set(end);
        replace(stageRows, rows.stages(peak, end));
        replace(ideaEntries, rows.ideas());
        replace(kanoPoints, rows.kano());
        replace(warnings, rows.warnings());
        budgetSplit.set(rows.split());
        peakEnd.set(rows.peakEnd(peak, end));
        Map<String, Verdict> verdicts = new HashMap<>();
        current.stages().forEach(s -> verdicts.put(s.stageId(), s.verdict()));
        sync(stageVerdicts, verdicts);
        Map<String, IdeaClass> classes = new HashMap<>();
        current.ideas().forEach(i -> classes.put(i.cardId(), i.finalClass()));
        sync(ideaClasses, classes);
        VoteComparison votes = VoteComparison.of(journey, current);
        if (!votes.equals(voteComparison.get())) {
            voteComparison.set(votes);
        }
        advice.set(current);
    }

    private static <T> void replace(ObservableList<T> list, List<T> rows) {
        if (!list.equals(rows)) {
            list.setAll(rows);
        }
    }

    private static <K, V> void sync(ObservableMap<K, V> map, Map<K, V> wanted) {
        map.keySet().retainAll(wanted.keySet());
        wanted.forEach((k, v) -> {
            if (!v.equals(map.get(k))) {
                map.put(k, v);
            }
        });
    }
}
