package london.loti.hub.funding;

import java.util.List;
import london.loti.hub.calendar.FinancialYear;

/**
 * The real figures of one programme year: the Core councils committed (from membership), each funder's income
 * for the year, and the budget.
 *
 * @param programmeYear 1, 2 or 3
 * @param reviewPointAfter whether the programme's review point follows this year (after year two, §14)
 */
public record YearPlan(FinancialYear year, int programmeYear, boolean reviewPointAfter, long councilContribution,
        int coreCouncils, long gla, long londonCouncils, long partners, List<BudgetLine> lines) {

    public Assessment assess() {
        return Viability.assess(coreCouncils, councilContribution, gla, londonCouncils, partners, lines);
    }

    public String name() {
        return "Year " + programmeYear + " (" + year.label() + ")";
    }
}
