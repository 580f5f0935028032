package org.nineplus.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.nineplus.advice.Journeys.journey;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineplus.model.Card;
import org.nineplus.model.KanoCategory;
import org.nineplus.model.KanoSurvey;
import org.nineplus.model.Journey;
import org.nineplus.testing.TestWorkshops;

/** Misplaced-layer and unestimated warnings; budgets of none, 0 and bad values; the locale of the reasons. */
class WarningsAndBudgetTest {

    private static final KanoSurvey MOSTLY_MUST_BE = new KanoSurvey(1, 4, 12, 3, 0, 0);
    private static final KanoSurvey MOSTLY_ATTRACTIVE = new KanoSurvey(13, 3, 0, 4, 0, 0);

    private static Card idea(String lane) {
        return Card.idea("x", "s", lane, "Hotel nights").withExpectedScore(9.0).withCost(10.0);
    }

    static Stream<Arguments> kanoCases() {
        return Stream.of(
                Arguments.of("card's MUST_BE in a distinctive lane", idea("surprise").withKano(KanoCategory.MUST_BE),
                        "Misplaced layer: 'Hotel nights' is must-be (the card's Kano category) but sits in the"
                                + " distinctive lane 'Surprise'"),
                Arguments.of("card's ATTRACTIVE in a basic lane", idea("complaints").withKano(KanoCategory.ATTRACTIVE),
                        "Misplaced layer: 'Hotel nights' is attractive (the card's Kano category) but sits in the"
                                + " basic lane 'Complaints put right'"),
                Arguments.of("survey says MUST_BE when the card has no category",
                        idea("individual").withKanoSurvey(MOSTLY_MUST_BE),
                        "Misplaced layer: 'Hotel nights' is must-be (the survey's largest count, 12 of 20 answers)"
                                + " but sits in the distinctive lane 'Individual service'"),
                Arguments.of("survey says ATTRACTIVE in a basic lane",
                        idea("core").withKanoSurvey(MOSTLY_ATTRACTIVE),
                        "Misplaced layer: 'Hotel nights' is attractive (the survey's largest count, 13 of 20"
                                + " answers) but sits in the basic lane 'Core promise'"),
                Arguments.of("the card's category wins over the survey",
                        idea("core").withKano(KanoCategory.ONE_DIMENSIONAL).withKanoSurvey(MOSTLY_ATTRACTIVE), null),
                Arguments.of("MUST_BE in a basic lane is in place", idea("core").withKano(KanoCategory.MUST_BE), null),
                Arguments.of("ATTRACTIVE in a distinctive lane is in place",
                        idea("surprise").withKanoSurvey(MOSTLY_ATTRACTIVE), null),
                Arguments.of("ideas in notes lanes are not judged",
                        idea("channels").withKano(KanoCategory.MUST_BE), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kanoCases")
    void misplacedLayer(String name, Card card, String message) {
        Advice advice = Advisor.advise(journey().stage("s", true).existing("e", "s", "core", 8.0).card(card).build(),
                null);
        List<Warning> warnings = advice.warnings();
        if (message == null) {
            assertThat(warnings).isEmpty();
        } else {
            assertThat(warnings).containsExactly(new Warning(Warning.Kind.MISPLACED_LAYER, "x", message));
        }
    }

    @Test
    void unestimatedIdeasAreWarnedAboutInFileOrder() {
        Advice advice = Advisor.advise(journey().stage("s", true).idea("b", "s", "core", null, 5.0)
                .idea("a", "s", "surprise", 8.0, null).idea("n", "s", "channels", null, null).build(), 100.0);
        assertThat(advice.warnings()).containsExactly(
                new Warning(Warning.Kind.UNESTIMATED, "b", "Unestimated: 'Idea b' has no expected score; estimate it"
                        + " so the advisor can weigh it"),
                new Warning(Warning.Kind.UNESTIMATED, "a", "Unestimated: 'Idea a' has no cost; estimate it so the"
                        + " advisor can weigh it"));
        assertThat(advice.fundingOrder()).isEmpty();
    }

    @Test
    void aBudgetOfZeroFundsNothingNotEvenFreeIdeas() {
        Journey journey = journey().stage("s", true).existing("e", "s", "core", 8.0)
                .idea("free", "s", "surprise", 9.0, 0.0).build();
        Advice zero = Advisor.advise(journey, 0.0);
        assertThat(zero.budget()).isEqualTo(0.0);
        assertThat(zero.fundingOrder()).isEmpty();
        assertThat(zero.totals()).isEqualTo(new Totals(0, 0, 0));
        assertThat(zero.idea("free").orElseThrow().reason()).endsWith("Not funded: no budget given");
        assertThat(Advisor.advise(journey, 1.0).fundingOrder()).containsExactly("free");
    }

    @Test
    void aNegativeOrNonFiniteBudgetIsRefused() {
        Journey journey = journey().stage("s", true).build();
        assertThatIllegalArgumentException().isThrownBy(() -> Advisor.advise(journey, -1.0));
        assertThatIllegalArgumentException().isThrownBy(() -> Advisor.advise(journey, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> Advisor.advise(journey, Double.POSITIVE_INFINITY));
    }

    @Test
    void reasonsAreEnglishByDefaultDutchInDutchAndNumbersFollowTheLocale() {
        Journey journey = TestWorkshops.workedExample().journeys().get(0);
        assertThat(Advisor.advise(journey, 60_000.0)).isEqualTo(Advisor.advise(journey, 60_000.0, Locale.ENGLISH));
        Advice dutch = Advisor.advise(journey, 60_000.0, Locale.forLanguageTag("nl-NL"));
        assertThat(dutch.idea("A").orElseThrow().reason()).as("Dutch reasons with Dutch numbers")
                .endsWith("Betaald: winst 1,6 voor €\u00a020.000");
        assertThat(Advisor.advise(journey, 60_000.0, Locale.US).idea("A").orElseThrow().reason())
                .as("money in the locale's currency").endsWith("Funded: uplift 1.6 for $20,000");
        assertThat(Advisor.advise(journey, 60_000.0).idea("D").orElseThrow().reason())
                .as("euros when the locale names no country").contains("€15,000");
        assertThat(dutch.ideas()).extracting(IdeaAdvice::funded)
                .isEqualTo(Advisor.advise(journey, 60_000.0).ideas().stream().map(IdeaAdvice::funded).toList());
    }
}
