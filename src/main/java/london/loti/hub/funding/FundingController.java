package london.loti.hub.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.members.Membership;
import london.loti.hub.web.BadRequestException;
import london.loti.hub.web.Chart;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The programme's finances: the three years at a glance, and each year with its viability and scenarios. */
@Controller
public class FundingController {

    /** A programme year with its assessment and invoices. */
    public record YearSummary(YearPlan plan, Assessment assessment, FundingQueries.InvoiceTotals totals) {
    }

    public record FundingPage(PageContext context, List<YearSummary> years, Chart chart, List<FundingQueries.ScenarioRow> scenarios,
            boolean canChange) {
    }

    /** One funder's income in the year. */
    public record FunderLine(String name, long amount) {
    }

    /** A saved scenario's figures for the year, beside the plan's. */
    public record ScenarioYear(FundingQueries.ScenarioRow scenario, Assessment assessment) {
    }

    public record YearPage(PageContext context, YearPlan plan, Assessment assessment, List<FunderLine> funders,
            List<Membership.CoreCouncil> coreCouncils, FundingQueries.InvoiceTotals totals, List<ScenarioYear> scenarios,
            Chart chart, boolean canChange, String rule, List<FundingQueries.LineRow> lineRows) {

        public long staffTotal() {
            return plan.lines().stream().filter(BudgetLine::staff).mapToLong(BudgetLine::amount).sum();
        }

        public long fixedTotal() {
            return plan.lines().stream().filter(l -> !l.flexible()).mapToLong(BudgetLine::amount).sum();
        }

        public long flexibleTotal() {
            return plan.lines().stream().filter(BudgetLine::flexible).mapToLong(BudgetLine::amount).sum();
        }
    }

    private final Plans plans;
    private final FundingQueries queries;
    private final FinanceAccess access;
    private final Membership membership;
    private final Clock clock;

    FundingController(Plans plans, FundingQueries queries, FinanceAccess access, Membership membership, Clock clock) {
        this.plans = plans;
        this.queries = queries;
        this.access = access;
        this.membership = membership;
        this.clock = clock;
    }

    @GetMapping("/funding")
    ModelAndView funding(PageContext context, Viewer viewer) {
        access.requireSee(viewer);
        LocalDate today = LocalDate.now(clock);
        var years = plans.all().stream().map(p -> new YearSummary(p, p.assess(), queries.totals(p.year(), today))).toList();
        var chart = new Chart("programme", "bar", "Income and budget by programme year", "Year", "£",
                years.stream().map(y -> y.plan().year().label()).toList(),
                List.of(new Chart.Series("Income (GLA, London Councils and Core councils)",
                                years.stream().map(y -> Money.asPounds(y.assessment().income())).toList()),
                        new Chart.Series("Budget", years.stream().map(y -> Money.asPounds(y.assessment().budget())).toList())));
        return new ModelAndView("funding/funding", Map.of("page", new FundingPage(context, years, chart,
                queries.scenarios(Paging.of(null, null, 20)).items(), viewer.isAdmin())));
    }

    @GetMapping("/funding/years/{year}")
    ModelAndView year(PageContext context, Viewer viewer, @PathVariable String year) {
        access.requireSee(viewer);
        FinancialYear asked = FinancialYear.parse(year.replace('-', '/'))
                .orElseThrow(() -> new BadRequestException("year", "The year must be a financial year written like 2019-20"));
        YearPlan plan = plans.year(asked).orElseThrow(() -> new NotFoundException(
                "There are no figures for " + asked.label() + ". The programme's years are listed on the funding page."));
        Assessment assessment = plan.assess();
        List<FunderLine> funders = new ArrayList<>();
        for (FunderCommitment commitment : queries.commitments()) {
            long amount = commitment.amountIn(asked);
            if (amount > 0) {
                funders.add(new FunderLine(commitment.funderName(), amount));
            }
        }
        var scenarios = queries.scenarios(Paging.of(null, null, 20)).items().stream()
                .map(s -> new ScenarioYear(s, s.scenario().apply(plan).assess())).toList();
        List<String> labels = new ArrayList<>(List.of("Plan"));
        scenarios.forEach(s -> labels.add(s.scenario().name()));
        List<java.math.BigDecimal> income = new ArrayList<>(List.of(Money.asPounds(assessment.income())));
        List<java.math.BigDecimal> budget = new ArrayList<>(List.of(Money.asPounds(assessment.budget())));
        scenarios.forEach(s -> {
            income.add(Money.asPounds(s.assessment().income()));
            budget.add(Money.asPounds(s.assessment().budget()));
        });
        var chart = new Chart("scenarios", "bar", "Income and budget in " + asked.label() + ": the plan and each scenario",
                "Plan or scenario", "£", labels, List.of(new Chart.Series("Income", income),
                        new Chart.Series("Budget", budget)));
        return new ModelAndView("funding/year", Map.of("page", new YearPage(context, plan, assessment, funders,
                membership.coreCouncils(asked), queries.totals(asked, LocalDate.now(clock)), scenarios, chart,
                viewer.isAdmin(), Viability.RULE, queries.lineRows(asked))));
    }
}
