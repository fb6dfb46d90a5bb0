package london.loti.hub.funding;

import java.util.List;

/**
 * One year's figures under the viability rule.
 *
 * @param income the core income viability is assessed on: the GLA, London Councils and the Core councils (§21)
 * @param partnerIncome other partners' funding, which adds delivery capacity rather than balancing the budget
 * @param shortfall how far income falls short of the budget (0 when it does not)
 * @param surplus how far income exceeds the budget (0 when it does not)
 * @param cuts the flexible lines cut, in their order, to match income
 * @param uncovered what is still short after every flexible line is cut
 * @param deliveryCapacity what is added to delivery: the surplus and partners' funding
 */
public record Assessment(int coreCouncils, long councilContribution, long councilIncome, long gla, long londonCouncils,
        long income, long partnerIncome, long budget, Verdict verdict, long shortfall, long surplus, List<Cut> cuts,
        long uncovered, long deliveryCapacity) {

    /** A flexible line cut, in whole or in part. */
    public record Cut(String line, long planned, long cut) {
        public long remaining() {
            return planned - cut;
        }

        public boolean whole() {
            return cut == planned;
        }
    }

    /** The budget after the cuts. */
    public long budgetAfterCuts() {
        return budget - cuts.stream().mapToLong(Cut::cut).sum();
    }

    /** One sentence for the year. */
    public String headline() {
        return switch (verdict) {
            case NOT_VIABLE -> "Not viable: should not proceed. " + coreCouncils + (coreCouncils == 1 ? " Core council is" : " Core councils are")
                    + " committed; the report asks for at least " + Viability.MINIMUM_CORE_COUNCILS + ".";
            case UNAFFORDABLE -> "Income of " + Money.format(income) + " leaves a shortfall of " + Money.format(shortfall)
                    + "; cutting every flexible line still leaves " + Money.format(uncovered) + " uncovered.";
            case SHORTFALL -> "Viable with a shortfall: income of " + Money.format(income) + " is " + Money.format(shortfall)
                    + " short of the " + Money.format(budget) + " budget, balanced by cutting flexible lines.";
            case BALANCED -> "Balanced: income of " + Money.format(income) + " meets the budget of " + Money.format(budget) + ".";
            case SURPLUS -> "Surplus: income of " + Money.format(income) + " is " + Money.format(surplus)
                    + " more than the budget, added to delivery capacity.";
        };
    }
}
