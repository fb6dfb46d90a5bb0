package london.loti.hub.funding;

import java.util.ArrayList;
import java.util.List;
import london.loti.hub.calendar.FinancialYear;

/**
 * A what-if beside the plan (§23–24): a number of Core councils; the GLA giving notice from a year (its funding
 * stops from then on); a secondment replacing a paid line (the line costs nothing). Evaluating a scenario
 * computes new figures from the plan's and never changes the plan.
 *
 * @param glaNoticeFrom the first year without GLA funding, or null
 * @param secondmentReplaces the name of the budget line a secondee fills, or null
 */
public record Scenario(String name, int councils, FinancialYear glaNoticeFrom, String secondmentReplaces) {

    /** Each year of the plan, with its figures under the plan and under this scenario. */
    public record Comparison(YearPlan year, Assessment plan, Assessment scenario) {
    }

    public YearPlan apply(YearPlan plan) {
        long gla = glaNoticeFrom != null && plan.year().compareTo(glaNoticeFrom) >= 0 ? 0 : plan.gla();
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetLine line : plan.lines()) {
            lines.add(line.name().equals(secondmentReplaces) ? line.withAmount(0) : line);
        }
        return new YearPlan(plan.year(), plan.programmeYear(), plan.reviewPointAfter(), plan.councilContribution(),
                councils, gla, plan.londonCouncils(), plan.partners(), List.copyOf(lines));
    }

    public List<Comparison> evaluate(List<YearPlan> plan) {
        return plan.stream().map(year -> new Comparison(year, year.assess(), apply(year).assess())).toList();
    }

    /** What the scenario changes, in words. */
    public String description() {
        List<String> parts = new ArrayList<>();
        parts.add(councils + (councils == 1 ? " Core council" : " Core councils"));
        if (glaNoticeFrom != null) {
            parts.add("the GLA gives notice from " + glaNoticeFrom.label());
        }
        if (secondmentReplaces != null) {
            parts.add("a secondment replaces the " + secondmentReplaces + " line");
        }
        return String.join("; ", parts);
    }
}
