package london.loti.hub.funding;

import java.util.List;
import london.loti.hub.calendar.FinancialYear;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's viability rule, case by case, with the report's plan: £440,000 a year, £277,000 of it staff. */
class ViabilityTests {

    static final List<BudgetLine> PLAN = List.of(
            BudgetLine.fixed("Director", Money.pounds(75_000), true),
            BudgetLine.fixed("Programme Manager", Money.pounds(50_000), true),
            BudgetLine.fixed("Community Manager", Money.pounds(45_000), true),
            BudgetLine.fixed("Employee on-costs and recharges", Money.pounds(107_000), true),
            BudgetLine.flexible("Specialist expertise", Money.pounds(70_000), 2),
            BudgetLine.flexible("Marketing", Money.pounds(40_000), 1),
            BudgetLine.flexible("Administration", Money.pounds(28_000), 4),
            BudgetLine.flexible("Programme evaluation", Money.pounds(25_000), 3));

    private static Assessment councils(int n) {
        return Viability.assess(n, Money.pounds(30_000), Money.pounds(100_000), Money.pounds(100_000), 0, PLAN);
    }

    private static YearPlan year(int programmeYear) {
        return new YearPlan(new FinancialYear(2018 + programmeYear), programmeYear, programmeYear == 2,
                Money.pounds(30_000), 15, Money.pounds(100_000), Money.pounds(100_000), 0, PLAN);
    }

    @Test
    void thePlanCostsFourHundredAndFortyThousandOfWhichTheStaffAreTwoHundredAndSeventySeven() {
        assertThat(PLAN.stream().mapToLong(BudgetLine::amount).sum()).isEqualTo(Money.pounds(440_000));
        assertThat(PLAN.stream().filter(BudgetLine::staff).mapToLong(BudgetLine::amount).sum()).isEqualTo(Money.pounds(277_000));
    }

    @Test
    void fiveCoreCouncilsIsNotViableAndQuotesTheRule() {
        Assessment five = councils(5);
        assertThat(five.verdict()).isEqualTo(Verdict.NOT_VIABLE);
        assertThat(five.verdict().label()).isEqualTo("Not viable: should not proceed");
        assertThat(five.headline()).startsWith("Not viable: should not proceed.");
        assertThat(five.cuts()).isEmpty();
        assertThat(Viability.RULE).isEqualTo("if fewer than six London Local Authorities were actively to commit to "
                + "support, the LOTI would be neither credible nor financially viable, and should not proceed");
    }

    @Test
    void noCouncilsAtAllIsNotViableEither() {
        assertThat(councils(0).verdict()).isEqualTo(Verdict.NOT_VIABLE);
    }

    @Test
    void sixCoreCouncilsBringThreeHundredAndEightyThousandAndAShortfallOfSixtyMetByCuttingMarketingThenSpecialists() {
        Assessment six = councils(6);
        assertThat(six.income()).isEqualTo(Money.pounds(380_000));
        assertThat(six.verdict()).isEqualTo(Verdict.SHORTFALL);
        assertThat(six.shortfall()).isEqualTo(Money.pounds(60_000));
        assertThat(six.cuts()).containsExactly(
                new Assessment.Cut("Marketing", Money.pounds(40_000), Money.pounds(40_000)),
                new Assessment.Cut("Specialist expertise", Money.pounds(70_000), Money.pounds(20_000)));
        assertThat(six.budgetAfterCuts()).isEqualTo(six.income());
        assertThat(six.uncovered()).isZero();
    }

    @Test
    void sevenCoreCouncilsCutPartOfTheFirstFlexibleLineOnly() {
        Assessment seven = councils(7);
        assertThat(seven.income()).isEqualTo(Money.pounds(410_000));
        assertThat(seven.cuts()).containsExactly(new Assessment.Cut("Marketing", Money.pounds(40_000), Money.pounds(30_000)));
    }

    @Test
    void eightCoreCouncilsBalanceAtFourHundredAndFortyThousand() {
        Assessment eight = councils(8);
        assertThat(eight.verdict()).isEqualTo(Verdict.BALANCED);
        assertThat(eight.income()).isEqualTo(Money.pounds(440_000));
        assertThat(eight.shortfall()).isZero();
        assertThat(eight.surplus()).isZero();
        assertThat(eight.cuts()).isEmpty();
    }

    @Test
    void tenCoreCouncilsBringFiveHundredThousandAndASurplusOfSixtyToDeliveryCapacity() {
        Assessment ten = councils(10);
        assertThat(ten.verdict()).isEqualTo(Verdict.SURPLUS);
        assertThat(ten.income()).isEqualTo(Money.pounds(500_000));
        assertThat(ten.surplus()).isEqualTo(Money.pounds(60_000));
        assertThat(ten.deliveryCapacity()).isEqualTo(Money.pounds(60_000));
        assertThat(ten.headline()).contains("£60,000", "delivery capacity");
    }

    @Test
    void partnersFundingAddsDeliveryCapacityButDoesNotCountTowardsViability() {
        Assessment five = Viability.assess(5, Money.pounds(30_000), Money.pounds(100_000), Money.pounds(100_000),
                Money.pounds(500_000), PLAN);
        assertThat(five.verdict()).isEqualTo(Verdict.NOT_VIABLE);
        Assessment eight = Viability.assess(8, Money.pounds(30_000), Money.pounds(100_000), Money.pounds(100_000),
                Money.pounds(20_000), PLAN);
        assertThat(eight.verdict()).isEqualTo(Verdict.BALANCED);
        assertThat(eight.deliveryCapacity()).isEqualTo(Money.pounds(20_000));
    }

    @Test
    void aShortfallLargerThanEveryFlexibleLineIsUnaffordable() {
        Assessment six = Viability.assess(6, Money.pounds(30_000), 0, 0, 0, PLAN);
        assertThat(six.verdict()).isEqualTo(Verdict.UNAFFORDABLE);
        assertThat(six.shortfall()).isEqualTo(Money.pounds(260_000));
        assertThat(six.uncovered()).isEqualTo(Money.pounds(260_000 - 163_000));
        assertThat(six.cuts()).extracting(Assessment.Cut::line)
                .containsExactly("Marketing", "Specialist expertise", "Programme evaluation", "Administration");
    }

    @Test
    void eightCouncilsWithTheGlaGivingNoticeFromYearThreeLeaveAYearThreeShortfallOfOneHundredThousand() {
        Scenario scenario = new Scenario("GLA notice", 8, new FinancialYear(2021), null);
        var years = scenario.evaluate(List.of(year(1), year(2), year(3)));
        assertThat(years).extracting(c -> c.scenario().verdict())
                .containsExactly(Verdict.BALANCED, Verdict.BALANCED, Verdict.SHORTFALL);
        Assessment third = years.get(2).scenario();
        assertThat(third.gla()).isZero();
        assertThat(third.income()).isEqualTo(Money.pounds(340_000));
        assertThat(third.shortfall()).isEqualTo(Money.pounds(100_000));
        assertThat(third.cuts()).extracting(Assessment.Cut::cut).containsExactly(Money.pounds(40_000), Money.pounds(60_000));
    }

    @Test
    void aScenarioNeverChangesThePlan() {
        YearPlan plan = year(1);
        Scenario scenario = new Scenario("Five", 5, new FinancialYear(2019), "Programme Manager");
        var comparison = scenario.evaluate(List.of(plan)).get(0);
        assertThat(comparison.plan().verdict()).isEqualTo(Verdict.SURPLUS);
        assertThat(comparison.scenario().verdict()).isEqualTo(Verdict.NOT_VIABLE);
        assertThat(plan.coreCouncils()).isEqualTo(15);
        assertThat(plan.gla()).isEqualTo(Money.pounds(100_000));
        assertThat(plan.lines()).isSameAs(PLAN);
    }

    @Test
    void aSecondmentReplacingAPaidLineTakesItsCostOutOfTheBudget() {
        Scenario scenario = new Scenario("Secondee", 7, null, "Programme Manager");
        Assessment seven = scenario.evaluate(List.of(year(1))).get(0).scenario();
        assertThat(seven.budget()).isEqualTo(Money.pounds(390_000));
        assertThat(seven.income()).isEqualTo(Money.pounds(410_000));
        assertThat(seven.verdict()).isEqualTo(Verdict.SURPLUS);
        assertThat(seven.surplus()).isEqualTo(Money.pounds(20_000));
    }
}
