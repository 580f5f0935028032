package org.nineplus.ui.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nineplus.advice.IdeaClass;
import org.nineplus.advice.Verdict;
import org.nineplus.advice.Warning;
import org.nineplus.edit.CardCommands;
import org.nineplus.edit.StageCommands;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.KanoCategory;
import org.nineplus.model.KanoSurvey;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.editor.EditorSession;

/** The advisor panel's state on domain.md's worked example, without a window. */
class AdvisorViewModelTest {

    private static final Locale US = Locale.US;
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final EditorSession session = new EditorSession(1, TestWorkshops.workedExample(), 100);

    private AdvisorViewModel model(Locale locale, String budget) {
        AdvisorViewModel model = new AdvisorViewModel(session, locale);
        model.budgetTextProperty().set(budget);
        return model;
    }

    private Card card(String id) {
        return session.journey().orElseThrow().card(id).orElseThrow();
    }

    private static StageRow stage(AdvisorViewModel model, String id) {
        return model.stageRows().stream().filter(s -> s.stageId().equals(id)).findFirst().orElseThrow();
    }

    private static List<IdeaEntry.Idea> ideas(AdvisorViewModel model) {
        return model.ideaEntries().stream().filter(IdeaEntry.Idea.class::isInstance).map(IdeaEntry.Idea.class::cast)
                .toList();
    }

    private static IdeaEntry.Idea idea(AdvisorViewModel model, String id) {
        return ideas(model).stream().filter(i -> i.cardId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theWorkedExampleAtSixtyThousandGivesTheVerdictsOfDomainMd() {
        AdvisorViewModel model = model(US, "60,000");

        assertThat(model.stageRows()).extracting(StageRow::stageId, StageRow::verdict, StageRow::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("S1", Verdict.GOOD_ENOUGH, "8.0"),
                        org.assertj.core.groups.Tuple.tuple("S2", Verdict.FIX_BASICS, "6.0"),
                        org.assertj.core.groups.Tuple.tuple("S3", Verdict.FIX_BASICS, "7.8"));
        assertThat(stage(model, "S2").verdictText()).isEqualTo("Fix the basics");
        assertThat(stage(model, "S1").verdictText()).isEqualTo("Good enough at 7+");
        assertThat(stage(model, "S3").reason()).contains("keep promises");
        assertThat(model.stageVerdicts()).containsExactlyInAnyOrderEntriesOf(
                Map.of("S1", Verdict.GOOD_ENOUGH, "S2", Verdict.FIX_BASICS, "S3", Verdict.FIX_BASICS));
    }

    @Test
    void theWorkedExampleFundsACBAndFAndSplitsTheBudget() {
        AdvisorViewModel model = model(US, "60,000");

        assertThat(model.adviceProperty().get().fundingOrder()).containsExactly("A", "C", "B", "F");
        assertThat(ideas(model).stream().filter(IdeaEntry.Idea::funded).map(IdeaEntry.Idea::cardId))
                .containsExactlyInAnyOrder("A", "B", "C", "F");
        BudgetSplit split = model.budgetSplitProperty().get();
        assertThat(split.basic()).isEqualTo(20_000.0);
        assertThat(split.distinctive()).isEqualTo(39_000.0);
        assertThat(split.left()).isEqualTo(1_000.0);
        assertThat(split.hasBudget()).isTrue();
        assertThat(List.of(split.basicText(), split.distinctiveText(), split.leftText()))
                .containsExactly("$20,000", "$39,000", "$1,000");
    }

    @Test
    void ideasAreGroupedByFinalClassWithTheFundedOnesFirstInFundingOrder() {
        AdvisorViewModel model = model(US, "60,000");

        assertThat(model.ideaEntries()).extracting(e -> e instanceof IdeaEntry.Header h
                ? "# " + h.ideaClass() + " " + h.count() : ((IdeaEntry.Idea) e).cardId())
                .containsExactly("# FIX_BASICS 1", "A", "# NINE_PLUS 2", "C", "B", "# OFF_MOMENT 1", "F",
                        "# OVER_POLISH 1", "D", "# NO_CX_POTENTIAL 1", "E");
        IdeaEntry.Idea c = idea(model, "C");
        assertThat(c.title()).isEqualTo("Flowers after a burglary");
        assertThat(c.cost()).isEqualTo("$5,000");
        assertThat(c.uplift()).isEqualTo("+2.0");
        assertThat(c.unlocked()).isTrue();
        assertThat(c.where()).isEqualTo("Report a claim \u00B7 Surprise");
        assertThat(idea(model, "D").funded()).isFalse();
        assertThat(idea(model, "D").reason()).contains("does not fit");
        assertThat(model.ideaClasses()).containsEntry("B", IdeaClass.NINE_PLUS).containsEntry("E",
                IdeaClass.NO_CX_POTENTIAL).hasSize(6);
    }

    @Test
    void thePeakIsReportOfClaimAndTheEndIsSettlement() {
        AdvisorViewModel model = model(US, "60,000");

        assertThat(model.peakStageIdProperty().get()).isEqualTo("S2");
        assertThat(model.endStageIdProperty().get()).isEqualTo("S3");
        PeakEndSummary summary = model.peakEndProperty().get();
        assertThat(summary.index()).isEqualTo("\u22120.5");
        assertThat(summary.peak()).isEqualTo("\u22122 at \u2018Report a claim\u2019");
        assertThat(summary.end()).isEqualTo("+1 at \u2018Settlement\u2019");
        assertThat(summary.hints()).containsExactly("Create a positive peak at a moment of truth");
        assertThat(stage(model, "S2").peak()).isTrue();
        assertThat(stage(model, "S3").end()).isTrue();
    }

    @Test
    void onATieThePeakIsTheLaterStage() {
        Journey journey = session.journey().orElseThrow();
        session.execute(StageCommands.update("j1", journey.stage("S1").orElseThrow().withEmotion(-3), "Emotion"));
        session.execute(StageCommands.update("j1", journey.stage("S3").orElseThrow().withEmotion(3), "Emotion"));
        AdvisorViewModel model = model(US, "");

        assertThat(model.peakStageIdProperty().get()).isEqualTo("S3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US | 60,000    | 60000",
        "en-US | 60000     | 60000",
        "en-US | $60,000   | 60000",
        "en-US | 60,000.50 | 60000.5",
        "nl-NL | 60.000    | 60000",
        "nl-NL | € 60.000  | 60000",
        "nl-NL | 60.000,50 | 60000.5",
        "nl-NL | 60000     | 60000",
        "nl-NL | 1.250.000 | 1250000",
    })
    void theBudgetIsReadWithTheLocalesGrouping(String tag, String typed, double expected) {
        AdvisorViewModel model = model(Locale.forLanguageTag(tag), typed);

        assertThat(model.budgetProblemProperty().get()).isEmpty();
        assertThat(model.budgetProperty().get()).isEqualTo(expected);
        assertThat(model.adviceProperty().get().budget()).isEqualTo(expected);
    }

    @Test
    void theCurrencySymbolComesFromTheLocale() {
        assertThat(model(US, "").currencySymbol()).isEqualTo("$");
        assertThat(model(NL, "").currencySymbol()).isEqualTo("€");
        assertThat(model(NL, "60.000").budgetSplitProperty().get().basicText()).contains("20.000").contains("€");
    }

    /** "60.000" in en-US would be sixty: refused rather than read as 60, since a Dutch user means sixty thousand. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en-US | 60,00", "en-US | sixty", "en-US | 60,000.5.0",
        "en-US | 60.000", "nl-NL | 60,000.50",
        "en-US | -5", "nl-NL | 6.00.000", "en-US | $"})
    void anInvalidBudgetKeepsTheLastOneAndSaysWhy(String tag, String typed) {
        AdvisorViewModel model = model(Locale.forLanguageTag(tag), "25000");
        double fundedBefore = model.budgetSplitProperty().get().basic();

        model.budgetTextProperty().set(typed);

        assertThat(model.budgetProblemProperty().get()).isNotEmpty();
        assertThat(model.budgetProperty().get()).isEqualTo(25_000.0);
        assertThat(model.adviceProperty().get().budget()).isEqualTo(25_000.0);
        assertThat(model.budgetSplitProperty().get().basic()).isEqualTo(fundedBefore).isEqualTo(20_000.0);
        model.budgetTextProperty().set("30000");
        assertThat(model.budgetProblemProperty().get()).isEmpty();
        assertThat(model.budgetProperty().get()).isEqualTo(30_000.0);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "0", "'  '"})
    void anEmptyOrZeroBudgetFundsNothing(String typed) {
        AdvisorViewModel model = model(US, "60,000");

        model.budgetTextProperty().set(typed);

        assertThat(model.budgetProblemProperty().get()).isEmpty();
        assertThat(model.adviceProperty().get().fundingOrder()).isEmpty();
        assertThat(ideas(model)).noneMatch(IdeaEntry.Idea::funded);
        assertThat(model.budgetSplitProperty().get().hasBudget()).isFalse();
    }

    @Test
    void aNewRevisionRecomputesTheVerdicts() {
        AdvisorViewModel model = model(US, "60,000");
        assertThat(stage(model, "S1").verdict()).isEqualTo(Verdict.GOOD_ENOUGH);

        session.execute(CardCommands.update("j1", card("e1").withScore(5.0), "Change score"));

        assertThat(stage(model, "S1").verdict()).isEqualTo(Verdict.FIX_BASICS);
        assertThat(stage(model, "S1").score()).isEqualTo("5.0");
        assertThat(model.stageVerdicts()).containsEntry("S1", Verdict.FIX_BASICS);
        assertThat(model.ideaClasses()).containsEntry("D", IdeaClass.FIX_BASICS);

        session.undo();
        assertThat(stage(model, "S1").verdict()).isEqualTo(Verdict.GOOD_ENOUGH);
    }

    @Test
    void switchingTheJourneyRecomputesAndNoJourneyClearsThePanel() {
        Workshop two = TestWorkshops.workedExample();
        Journey second = two.journeys().get(0).withId("j2").withCards(List.of());
        EditorSession both = new EditorSession(2, two.withJourneys(List.of(two.journeys().get(0), second)), 10);
        AdvisorViewModel model = new AdvisorViewModel(both, US);
        assertThat(model.ideaEntries()).isNotEmpty();

        both.journeyIdProperty().set("j2");
        assertThat(model.adviceProperty().get().journeyId()).isEqualTo("j2");
        assertThat(model.ideaEntries()).isEmpty();
        // No cards: S1 and S2 are unrated; S3 stays at FIX_BASICS for its failing golden rule.
        assertThat(model.stageRows()).extracting(StageRow::verdict)
                .containsExactly(Verdict.UNRATED, Verdict.UNRATED, Verdict.FIX_BASICS);

        both.journeyIdProperty().set(null);
        assertThat(model.adviceProperty().get()).isNull();
        assertThat(model.stageRows()).isEmpty();
        assertThat(model.stageVerdicts()).isEmpty();
    }

    @Test
    void selectingAnIdeaSelectsExactlyThatCardAndRecomputesNothing() {
        AdvisorViewModel model = model(US, "60,000");
        var before = model.adviceProperty().get();
        session.selectedCards().addAll(List.of("e1", "e2"));

        model.selectCard("B");

        assertThat(session.selectedCards()).containsExactly("B");
        assertThat(model.selectedCards()).containsExactly("B");
        assertThat(model.adviceProperty().get()).isSameAs(before);
    }

    @Test
    void ideasWithSurveyCountsAreKanoPointsWithBetterAndWorse() {
        session.execute(CardCommands.update("j1", card("C").withKanoSurvey(new KanoSurvey(6, 2, 1, 1, 0, 0)), "Kano"));
        session.execute(CardCommands.update("j1", card("e1").withKanoSurvey(new KanoSurvey(1, 1, 1, 1, 0, 0)), "Kano"));
        AdvisorViewModel model = model(US, "");

        assertThat(model.kanoPoints()).hasSize(1);
        KanoPoint point = model.kanoPoints().get(0);
        assertThat(point.cardId()).isEqualTo("C");
        assertThat(point.better()).isEqualTo(0.8);
        assertThat(point.worse()).isEqualTo(-0.3);
        assertThat(point.category()).isEqualTo("attractive");
    }

    @Test
    void misplacedAndUnestimatedIdeasAreWarnings() {
        session.execute(CardCommands.update("j1", card("B").withKano(KanoCategory.MUST_BE), "Kano"));
        session.execute(CardCommands.update("j1", card("F").withCost(null), "Cost"));
        AdvisorViewModel model = model(US, "");

        assertThat(model.warnings()).extracting(WarningRow::kind, WarningRow::cardId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Warning.Kind.MISPLACED_LAYER, "B"),
                org.assertj.core.groups.Tuple.tuple(Warning.Kind.UNESTIMATED, "F"));
        assertThat(model.warnings().get(0).kindText()).isEqualTo("Misplaced layer");
        assertThat(model.warnings().get(1).message()).contains("Welcome call");
        assertThat(idea(model, "F").ideaClass()).isEqualTo(IdeaClass.UNESTIMATED);
        assertThat(idea(model, "F").cost()).isEqualTo("no cost yet");
    }
}
