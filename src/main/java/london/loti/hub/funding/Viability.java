package london.loti.hub.funding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The founding report's viability rule, computed, never typed in. Viability is assessed on core membership
 * (§21): the GLA's and London Councils' contributions and £30,000 from each committed Core council. Fewer than
 * six Core councils: not viable (§23). A shortfall is met by cutting the flexible lines in their set order
 * (§23: 'scope to limit spend to match the resources available'); a surplus, and any other partners' funding,
 * adds delivery capacity (§21).
 */
public final class Viability {

    public static final int MINIMUM_CORE_COUNCILS = 6;
    /** The report's words (§23). */
    public static final String RULE = "if fewer than six London Local Authorities were actively to commit to support, "
            + "the LOTI would be neither credible nor financially viable, and should not proceed";

    private Viability() {
    }

    public static Assessment assess(int coreCouncils, long councilContribution, long gla, long londonCouncils,
            long partners, List<BudgetLine> lines) {
        long councilIncome = coreCouncils * councilContribution;
        long income = gla + londonCouncils + councilIncome;
        long budget = lines.stream().mapToLong(BudgetLine::amount).sum();
        long balance = income - budget;
        if (coreCouncils < MINIMUM_CORE_COUNCILS) {
            return new Assessment(coreCouncils, councilContribution, councilIncome, gla, londonCouncils, income, partners,
                    budget, Verdict.NOT_VIABLE, Math.max(0, -balance), Math.max(0, balance), List.of(), 0, 0);
        }
        if (balance >= 0) {
            return new Assessment(coreCouncils, councilContribution, councilIncome, gla, londonCouncils, income, partners,
                    budget, balance == 0 ? Verdict.BALANCED : Verdict.SURPLUS, 0, balance, List.of(), 0, balance + partners);
        }
        long shortfall = -balance;
        long remaining = shortfall;
        List<Assessment.Cut> cuts = new ArrayList<>();
        for (BudgetLine line : lines.stream().filter(BudgetLine::flexible)
                .sorted(Comparator.comparing(BudgetLine::cutOrder)).toList()) {
            if (remaining == 0) {
                break;
            }
            long cut = Math.min(line.amount(), remaining);
            if (cut > 0) {
                cuts.add(new Assessment.Cut(line.name(), line.amount(), cut));
                remaining -= cut;
            }
        }
        return new Assessment(coreCouncils, councilContribution, councilIncome, gla, londonCouncils, income, partners,
                budget, remaining > 0 ? Verdict.UNAFFORDABLE : Verdict.SHORTFALL, shortfall, 0, List.copyOf(cuts),
                remaining, partners);
    }
}
