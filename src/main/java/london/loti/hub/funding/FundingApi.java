package london.loti.hub.funding;

import london.loti.hub.web.DateInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.web.ApiPage;
import london.loti.hub.web.BadRequestException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/funding")
@Tag(name = "Funding", description = "The programme's finances and viability (for the LOTI team and Core councils' representatives)")
class FundingApi {

    /** A year of the plan with its viability under the report's rule. */
    record Year(String year, int programmeYear, boolean reviewPointAfter, int coreCouncils, long councilContributionPence,
            long glaPence, long londonCouncilsPence, long partnersPence, List<BudgetLine> budgetLines, ViabilityView viability,
            FundingQueries.InvoiceTotals invoices) {
    }

    /** The verdict and its figures, in pence; the rule quoted from the report. */
    record ViabilityView(Verdict verdict, String label, String headline, long incomePence, long budgetPence,
            long shortfallPence, long surplusPence, List<Assessment.Cut> cuts, long uncoveredPence,
            long deliveryCapacityPence, String rule) {

        static ViabilityView of(Assessment a) {
            return new ViabilityView(a.verdict(), a.verdict().label(), a.headline(), a.income(), a.budget(), a.shortfall(),
                    a.surplus(), a.cuts(), a.uncovered(), a.deliveryCapacity(), Viability.RULE);
        }
    }

    /** A scenario's parameters: councils required; glaNoticeFrom like 2021/22; secondmentReplaces a budget line's name. */
    record ScenarioRequest(String councils, String glaNoticeFrom, String secondmentReplaces) {
    }

    record ScenarioYear(String year, ViabilityView plan, ViabilityView scenario) {
    }

    record ScenarioResult(String description, List<ScenarioYear> years) {
    }

    record FunderCommitmentRequest(String funderKind, String funderName, String annualAmount, String startDate, String endDate) {
    }

    record InvoiceRequest(String organisation, String financialYear, String description, String amount, String issuedOn,
            String dueOn, String billingEmail) {
    }

    record PaymentRequest(String amount, String receivedOn) {
    }

    record Created(long id) {
    }

    private final Plans plans;
    private final FundingQueries queries;
    private final FinanceAccess access;
    private final ProgrammeFinance finance;
    private final Clock clock;

    FundingApi(Plans plans, FundingQueries queries, FinanceAccess access, ProgrammeFinance finance, Clock clock) {
        this.plans = plans;
        this.queries = queries;
        this.access = access;
        this.finance = finance;
        this.clock = clock;
    }

    @GetMapping("/years")
    @Operation(summary = "The programme's years, each with its viability")
    List<Year> years(Viewer viewer) {
        access.requireSee(viewer);
        return plans.all().stream().map(this::year).toList();
    }

    @GetMapping("/years/{year}")
    @Operation(summary = "One programme year (such as 2019-20): income, budget lines and viability")
    Year year(Viewer viewer, @PathVariable String year) {
        access.requireSee(viewer);
        FinancialYear asked = FinancialYear.parse(year.replace('-', '/'))
                .orElseThrow(() -> new BadRequestException("year", "The year must be a financial year written like 2019-20"));
        return year(plans.year(asked).orElseThrow(() -> new NotFoundException("There are no figures for " + asked.label() + ".")));
    }

    @PostMapping("/scenarios/evaluate")
    @Operation(summary = "Evaluate a scenario against the plan, year by year, without saving it or changing the plan")
    ScenarioResult evaluate(Viewer viewer, @RequestBody(required = false) ScenarioRequest body) {
        access.requireSee(viewer);
        ScenarioRequest request = body != null ? body : new ScenarioRequest(null, null, null);
        Scenario scenario = finance.scenario(new ProgrammeFinance.ScenarioInput(null, request.councils(),
                request.glaNoticeFrom(), request.secondmentReplaces()), false);
        return new ScenarioResult(scenario.description(), scenario.evaluate(plans.all()).stream()
                .map(c -> new ScenarioYear(c.year().year().label(), ViabilityView.of(c.plan()), ViabilityView.of(c.scenario())))
                .toList());
    }

    @GetMapping("/invoices")
    @Operation(summary = "Invoices, newest first: all for the LOTI team, a council's own for its editors")
    ApiPage<FundingQueries.InvoiceRow> invoices(Viewer viewer,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Items a page, 1 to 100 (default 25)") @RequestParam(required = false) String size) {
        access.requireInvoices(viewer);
        Long organisation = viewer.isAdmin() ? null : viewer.organisationId();
        return ApiPage.of(queries.invoices(new FundingQueries.InvoiceFilter(null, organisation, false),
                LocalDate.now(clock), Paging.of(page, size, 25)), "/api/v1/funding/invoices");
    }

    @PostMapping("/commitments")
    @Operation(summary = "Record a funder's commitment: an amount a year (in pounds, such as 100000) for a period (the LOTI team only)")
    ResponseEntity<Created> commitment(Viewer viewer, @RequestBody(required = false) FunderCommitmentRequest body) {
        access.requireChange(viewer);
        var r = body != null ? body : new FunderCommitmentRequest(null, null, null, null, null);
        long id = finance.recordFunderCommitment(new ProgrammeFinance.RecordFunderCommitment(r.funderKind(), r.funderName(),
                r.annualAmount(), new DateInput.FromApi(r.startDate()), new DateInput.FromApi(r.endDate())), viewer);
        return ResponseEntity.created(URI.create("/api/v1/funding/years")).body(new Created(id));
    }

    @PostMapping("/invoices")
    @Operation(summary = "Raise an invoice (the LOTI team only); organisation is a slug, amount in pounds")
    ResponseEntity<Created> invoice(Viewer viewer, @RequestBody(required = false) InvoiceRequest body) {
        access.requireChange(viewer);
        var r = body != null ? body : new InvoiceRequest(null, null, null, null, null, null, null);
        long id = finance.raiseInvoice(new ProgrammeFinance.RaiseInvoice(r.organisation(), r.financialYear(), r.description(),
                r.amount(), new DateInput.FromApi(r.issuedOn()), new DateInput.FromApi(r.dueOn()), r.billingEmail()), viewer);
        return ResponseEntity.created(URI.create("/api/v1/funding/invoices")).body(new Created(id));
    }

    @PostMapping("/invoices/{id}/payments")
    @Operation(summary = "Record a payment against an invoice (the LOTI team only); no more than is owed")
    ResponseEntity<Created> payment(Viewer viewer, @PathVariable String id, @RequestBody(required = false) PaymentRequest body) {
        access.requireChange(viewer);
        long invoiceId;
        try {
            invoiceId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no invoice with that number.");
        }
        var r = body != null ? body : new PaymentRequest(null, null);
        long paymentId = finance.recordPayment(invoiceId, new ProgrammeFinance.RecordPayment(r.amount(),
                new DateInput.FromApi(r.receivedOn())), viewer);
        return ResponseEntity.created(URI.create("/api/v1/funding/invoices")).body(new Created(paymentId));
    }

    private Year year(YearPlan plan) {
        return new Year(plan.year().label(), plan.programmeYear(), plan.reviewPointAfter(), plan.coreCouncils(),
                plan.councilContribution(), plan.gla(), plan.londonCouncils(), plan.partners(), plan.lines(),
                ViabilityView.of(plan.assess()), queries.totals(plan.year(), LocalDate.now(clock)));
    }
}
