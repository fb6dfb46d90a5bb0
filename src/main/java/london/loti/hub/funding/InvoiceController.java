package london.loti.hub.funding;

import london.loti.hub.web.DateInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.members.OrganisationKind;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.BadRequestException;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** Invoices and payments: admins see and change them all; a council's editors see the council's own. */
@Controller
public class InvoiceController {

    public record InvoicesPage(PageContext context, PageOf<FundingQueries.InvoiceRow> invoices, LocalDate today,
            String year, boolean overdue, boolean admin, String ownName, String baseUrl, boolean raised) {
    }

    public record InvoiceForm(String organisation, String financialYear, String description, String amount,
            String issuedOnDay, String issuedOnMonth, String issuedOnYear, String dueOnDay, String dueOnMonth,
            String dueOnYear, String billingEmail) {
    }

    public record InvoiceFormPage(PageContext context, InvoiceForm form, FormErrors errors, List<Option> organisations) {
    }

    public record PaymentForm(String amount, String receivedOnDay, String receivedOnMonth, String receivedOnYear) {
    }

    public record InvoicePage(PageContext context, FundingQueries.InvoiceRow invoice, List<FundingQueries.PaymentRow> payments,
            LocalDate today, boolean admin, PaymentForm form, FormErrors errors, boolean paid) {
    }

    private final FundingQueries queries;
    private final FinanceAccess access;
    private final ProgrammeFinance finance;
    private final Organisations organisations;
    private final Clock clock;

    InvoiceController(FundingQueries queries, FinanceAccess access, ProgrammeFinance finance, Organisations organisations,
            Clock clock) {
        this.queries = queries;
        this.access = access;
        this.finance = finance;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/funding/invoices")
    ModelAndView list(PageContext context, Viewer viewer, @RequestParam(required = false) String year,
            @RequestParam(required = false) String overdue, @RequestParam(required = false) String page,
            @RequestParam(required = false) String raised) {
        access.requireInvoices(viewer);
        FinancialYear filterYear = year == null || year.isBlank() ? null : FinancialYear.parse(year.strip().replace('-', '/'))
                .orElseThrow(() -> new BadRequestException("year", "The year must be a financial year written like 2019-20"));
        Long organisation = viewer.isAdmin() ? null : viewer.organisationId();
        boolean overdueOnly = overdue != null && !overdue.isBlank();
        LocalDate today = LocalDate.now(clock);
        var found = queries.invoices(new FundingQueries.InvoiceFilter(filterYear == null ? null : filterYear.startYear(),
                organisation, overdueOnly), today, Paging.of(page, null, 25));
        String ownName = organisation == null ? null : organisations.find(organisation).map(o -> o.name()).orElse("");
        String baseUrl = UriComponentsBuilder.fromPath("/funding/invoices")
                .queryParamIfPresent("year", Optional.ofNullable(filterYear).map(FinancialYear::slug))
                .queryParamIfPresent("overdue", overdueOnly ? Optional.of("yes") : Optional.empty())
                .encode().toUriString();
        return new ModelAndView("funding/invoices", Map.of("page", new InvoicesPage(context, found, today,
                filterYear == null ? "" : filterYear.label(), overdueOnly, viewer.isAdmin(), ownName, baseUrl, raised != null)));
    }

    @GetMapping("/funding/invoices/new")
    ModelAndView form(PageContext context, Viewer viewer) {
        access.requireChange(viewer);
        return formPage(context, new InvoiceForm("", "", "", "", "", "", "", "", "", "", ""), FormErrors.none());
    }

    @PostMapping("/funding/invoices/new")
    ModelAndView raise(PageContext context, Viewer viewer, InvoiceForm form) {
        access.requireChange(viewer);
        try {
            finance.raiseInvoice(new ProgrammeFinance.RaiseInvoice(form.organisation(), form.financialYear(),
                    form.description(), form.amount(),
                    new DateInput.FromForm(form.issuedOnDay(), form.issuedOnMonth(), form.issuedOnYear()),
                    new DateInput.FromForm(form.dueOnDay(), form.dueOnMonth(), form.dueOnYear()), form.billingEmail()), viewer);
            return new ModelAndView("redirect:/funding/invoices?raised");
        } catch (InvalidInputException e) {
            return formPage(context, form, e.errors());
        }
    }

    @GetMapping("/funding/invoices/{id}")
    ModelAndView invoice(PageContext context, Viewer viewer, @PathVariable String id,
            @RequestParam(required = false) String paid) {
        var invoice = visibleInvoice(viewer, id);
        return invoicePage(context, viewer, invoice, new PaymentForm("", "", "", ""), FormErrors.none(), paid != null);
    }

    @PostMapping("/funding/invoices/{id}/payments")
    ModelAndView pay(PageContext context, Viewer viewer, @PathVariable String id, PaymentForm form) {
        access.requireChange(viewer);
        var invoice = visibleInvoice(viewer, id);
        try {
            finance.recordPayment(invoice.id(), new ProgrammeFinance.RecordPayment(form.amount(),
                    new DateInput.FromForm(form.receivedOnDay(), form.receivedOnMonth(), form.receivedOnYear())), viewer);
            return new ModelAndView("redirect:/funding/invoices/" + invoice.id() + "?paid");
        } catch (InvalidInputException e) {
            return invoicePage(context, viewer, invoice, form, e.errors(), false);
        }
    }

    private FundingQueries.InvoiceRow visibleInvoice(Viewer viewer, String id) {
        access.requireInvoices(viewer);
        long invoiceId;
        try {
            invoiceId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no invoice with that number.");
        }
        var invoice = queries.invoice(invoiceId).orElseThrow(() -> new NotFoundException("There is no invoice with that number."));
        if (!access.canSeeInvoicesOf(viewer, invoice.organisationId())) {
            throw new AccessDeniedException("A council sees its own invoices only");
        }
        return invoice;
    }

    private ModelAndView invoicePage(PageContext context, Viewer viewer, FundingQueries.InvoiceRow invoice, PaymentForm form,
            FormErrors errors, boolean paid) {
        return new ModelAndView("funding/invoice", Map.of("page", new InvoicePage(context, invoice,
                queries.payments(invoice.id()), LocalDate.now(clock), viewer.isAdmin(), form, errors, paid)));
    }

    private ModelAndView formPage(PageContext context, InvoiceForm form, FormErrors errors) {
        var options = organisations.list().stream()
                .filter(o -> o.kind() == OrganisationKind.LONDON_AUTHORITY || o.kind() == OrganisationKind.GLA
                        || o.kind() == OrganisationKind.LONDON_COUNCILS || o.kind() == OrganisationKind.FUNDER)
                .map(o -> new Option(o.slug(), o.name())).toList();
        return new ModelAndView("funding/invoiceForm", Map.of("page", new InvoiceFormPage(context, form, errors, options)));
    }
}
