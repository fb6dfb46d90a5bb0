package london.loti.hub.funding;

import london.loti.hub.web.DateInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.OrganisationKind;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.MoneyInput;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the programme's finances, by admins only, each audited: funders' commitments, invoices, payments
 * and saved scenarios. Each command is checked field by field; a broken rule saves nothing.
 */
@Service
public class ProgrammeFinance {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$");

    record RecordFunderCommitment(String funderKind, String funderName, String annualAmount, DateInput startDate, DateInput endDate) {
    }

    record RaiseInvoice(String organisation, String financialYear, String description, String amount, DateInput issuedOn,
            DateInput dueOn, String billingEmail) {
    }

    record RecordPayment(String amount, DateInput receivedOn) {
    }

    /** A budget line's new amount, and whether it is fixed or flexible (with the order it is cut in). */
    record ChangeLine(String amount, String kind, String cutOrder) {
    }

    /** A scenario as typed: councils a whole number, years like 2021/22 (or 2021-22), a budget line's name. */
    record ScenarioInput(String name, String councils, String glaNoticeFrom, String secondmentReplaces) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final FinanceAccess access;
    private final FundingQueries queries;
    private final Plans plans;
    private final Organisations organisations;
    private final Clock clock;

    ProgrammeFinance(JdbcClient jdbc, AuditLog audit, FinanceAccess access, FundingQueries queries, Plans plans,
            Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.queries = queries;
        this.plans = plans;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    long recordFunderCommitment(RecordFunderCommitment command, Viewer viewer) {
        access.requireChange(viewer);
        FormErrors errors = new FormErrors();
        FunderCommitment.FunderKind kind = null;
        try {
            kind = FunderCommitment.FunderKind.valueOf(command.funderKind() == null ? "" : command.funderKind().strip());
        } catch (IllegalArgumentException e) {
            errors.add("funderKind", "Select who the funder is");
        }
        String name = command.funderName() == null ? "" : command.funderName().strip();
        Organisation organisation = null;
        if (kind == FunderCommitment.FunderKind.PARTNER) {
            if (name.isEmpty()) {
                errors.add("funderName", "Enter the partner's name");
            } else if (name.length() > 200) {
                errors.add("funderName", "Partner's name must be 200 characters or fewer");
            }
        } else if (kind != null) {
            OrganisationKind wanted = kind == FunderCommitment.FunderKind.GLA ? OrganisationKind.GLA : OrganisationKind.LONDON_COUNCILS;
            organisation = organisations.list().stream().filter(o -> o.kind() == wanted).findFirst().orElse(null);
            name = organisation == null ? kind.label() : organisation.name();
        }
        Optional<Long> amount = MoneyInput.pence(errors, "annualAmount", "Amount a year", command.annualAmount(), false);
        Optional<LocalDate> start = command.startDate().parse(errors, "startDate", "Start date");
        Optional<LocalDate> end = command.endDate().parse(errors, "endDate", "End date");
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            errors.add("endDate", "End date must be after the start date");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                INSERT INTO funder_commitment (funder_kind, organisation_id, funder_name, annual_amount, starts_on, ends_on, created_by_name)
                VALUES (:kind, :organisation, :name, :amount, :start, :end, :by) RETURNING id
                """).param("kind", kind.name()).param("organisation", organisation == null ? null : organisation.id())
                .param("name", name).param("amount", amount.get()).param("start", start.get()).param("end", end.get())
                .param("by", viewer.name()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("funder", name);
        after.put("annualAmount", Money.format(amount.get()));
        after.put("startsOn", start.get().toString());
        after.put("endsOn", end.get().toString());
        audit.record(new Change(viewer.actor(), organisation == null ? null : organisation.id(),
                organisation == null ? null : organisation.name(), "funder-commitment", String.valueOf(id), "created",
                "Recorded " + name + "'s commitment of " + Money.format(amount.get()) + " a year", null, after));
        return id;
    }

    @Transactional
    long raiseInvoice(RaiseInvoice command, Viewer viewer) {
        access.requireChange(viewer);
        FormErrors errors = new FormErrors();
        String key = command.organisation() == null ? "" : command.organisation().strip();
        Optional<Organisation> organisation = key.isEmpty() ? Optional.empty()
                : (key.matches("\\d{1,18}") ? organisations.find(Long.parseLong(key)) : organisations.find(key))
                        .filter(o -> o.kind() == OrganisationKind.LONDON_AUTHORITY || o.kind() == OrganisationKind.GLA
                                || o.kind() == OrganisationKind.LONDON_COUNCILS || o.kind() == OrganisationKind.FUNDER);
        if (organisation.isEmpty()) {
            errors.add("organisation", "Select who the invoice is to");
        }
        Optional<FinancialYear> year = financialYear(errors, "financialYear", "Financial year", command.financialYear());
        String description = command.description() == null ? "" : command.description().strip();
        if (description.isEmpty()) {
            errors.add("description", "Enter what the invoice is for");
        } else if (description.length() > 300) {
            errors.add("description", "Description must be 300 characters or fewer");
        }
        Optional<Long> amount = MoneyInput.pence(errors, "amount", "Amount", command.amount(), false);
        Optional<LocalDate> issued = command.issuedOn().parse(errors, "issuedOn", "Issue date");
        Optional<LocalDate> due = command.dueOn().parse(errors, "dueOn", "Due date");
        if (issued.isPresent() && due.isPresent() && due.get().isBefore(issued.get())) {
            errors.add("dueOn", "Due date must be the same as or after the issue date");
        }
        String email = command.billingEmail() == null ? "" : command.billingEmail().strip().toLowerCase();
        if (email.isEmpty()) {
            errors.add("billingEmail", "Enter the email address to send the invoice to");
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add("billingEmail", "Enter an email address in the correct format, like name@example.com");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                INSERT INTO invoice (start_year, organisation_id, description, amount, issued_on, due_on, billing_email, created_by_name)
                VALUES (:year, :organisation, :description, :amount, :issued, :due, :email, :by) RETURNING id
                """).param("year", year.get().startYear()).param("organisation", organisation.get().id())
                .param("description", description).param("amount", amount.get()).param("issued", issued.get())
                .param("due", due.get()).param("email", email).param("by", viewer.name()).query(Long.class).single();
        var invoice = queries.invoice(id).orElseThrow();
        audit.record(new Change(viewer.actor(), organisation.get().id(), organisation.get().name(), "invoice",
                String.valueOf(id), "created", "Raised invoice " + invoice.reference() + " to " + organisation.get().name()
                        + " for " + Money.format(amount.get()),
                null, Map.of("year", year.get().label(), "amount", Money.format(amount.get()), "description", description,
                        "issuedOn", issued.get().toString(), "dueOn", due.get().toString())));
        return id;
    }

    @Transactional
    long recordPayment(long invoiceId, RecordPayment command, Viewer viewer) {
        access.requireChange(viewer);
        var invoice = jdbc.sql("SELECT id FROM invoice WHERE id = :id FOR UPDATE").param("id", invoiceId).query(Long.class)
                .optional().flatMap(queries::invoice)
                .orElseThrow(() -> new NotFoundException("There is no invoice with that number."));
        FormErrors errors = new FormErrors();
        Optional<Long> amount = MoneyInput.pence(errors, "amount", "Payment", command.amount(), false);
        if (amount.isPresent() && amount.get() > invoice.owed()) {
            errors.add("amount", invoice.owed() == 0 ? "This invoice is already paid in full"
                    : "Payment must be no more than the " + Money.format(invoice.owed()) + " still owed");
        }
        Optional<LocalDate> received = command.receivedOn().parse(errors, "receivedOn", "Date received");
        if (received.isPresent() && received.get().isAfter(LocalDate.now(clock))) {
            errors.add("receivedOn", "Date received must be today or in the past");
        } else if (received.isPresent() && received.get().isBefore(invoice.issuedOn())) {
            errors.add("receivedOn", "Date received must be the same as or after the issue date");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                INSERT INTO invoice_payment (invoice_id, amount, received_on, recorded_by_name)
                VALUES (:invoice, :amount, :received, :by) RETURNING id
                """).param("invoice", invoiceId).param("amount", amount.get()).param("received", received.get())
                .param("by", viewer.name()).query(Long.class).single();
        audit.record(new Change(viewer.actor(), invoice.organisationId(), invoice.organisationName(), "invoice",
                String.valueOf(invoiceId), "paid", "Recorded a payment of " + Money.format(amount.get()) + " against "
                        + invoice.reference(),
                Map.of("owed", Money.format(invoice.owed())), Map.of("owed", Money.format(invoice.owed() - amount.get()),
                        "payment", Money.format(amount.get()), "receivedOn", received.get().toString())));
        return id;
    }

    @Transactional
    void changeLine(long lineId, ChangeLine command, Viewer viewer) {
        access.requireChange(viewer);
        var line = queries.line(lineId).orElseThrow(() -> new NotFoundException("There is no budget line with that number."));
        FormErrors errors = new FormErrors();
        Optional<Long> amount = MoneyInput.pence(errors, "amount", "Amount", command.amount(), false);
        boolean flexible = "FLEXIBLE".equals(command.kind());
        if (!flexible && !"FIXED".equals(command.kind())) {
            errors.add("kind", "Select whether the line is fixed or flexible");
        } else if (flexible && line.staff()) {
            errors.add("kind", "A staff line is fixed: the report counts the staff as the office's core cost");
        }
        Integer cutOrder = null;
        if (flexible && !errors.has("kind")) {
            String typed = command.cutOrder() == null ? "" : command.cutOrder().strip();
            if (typed.isEmpty()) {
                errors.add("cutOrder", "Enter the order in which the line is cut");
            } else {
                try {
                    cutOrder = Integer.parseInt(typed);
                } catch (NumberFormatException e) {
                    cutOrder = null;
                }
                if (cutOrder == null || cutOrder < 1 || cutOrder > 20) {
                    errors.add("cutOrder", "Order of cuts must be a whole number from 1 to 20");
                } else {
                    final int order = cutOrder;
                    queries.lineRows(new FinancialYear(line.startYear())).stream()
                            .filter(other -> other.id() != lineId && other.flexible() && other.cutOrder() == order)
                            .findFirst().ifPresent(other -> errors.add("cutOrder",
                                    "Order of cuts must differ from the other flexible lines: " + other.name() + " is cut at " + order));
                }
            }
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE budget_line SET amount = :amount, flexible = :flexible, cut_order = :cut WHERE id = :id")
                .param("amount", amount.get()).param("flexible", flexible).param("cut", cutOrder).param("id", lineId).update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("amount", Money.format(line.amount()));
        before.put("flexible", line.flexible());
        before.put("cutOrder", line.cutOrder());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("amount", Money.format(amount.get()));
        after.put("flexible", flexible);
        after.put("cutOrder", cutOrder);
        audit.record(new Change(viewer.actor(), null, null, "budget-line", String.valueOf(lineId), "updated",
                "Changed the " + line.name() + " line of " + new FinancialYear(line.startYear()).label() + " to "
                        + Money.format(amount.get()) + (flexible ? ", flexible, cut " + cutOrder : ", fixed"),
                before, after));
    }

    @Transactional
    long saveScenario(ScenarioInput input, Viewer viewer) {
        access.requireChange(viewer);
        Scenario scenario = scenario(input, true);
        long id = jdbc.sql("""
                INSERT INTO funding_scenario (name, councils, gla_notice_from, secondment_line, created_by_name)
                VALUES (:name, :councils, :gla, :line, :by) RETURNING id
                """).param("name", scenario.name()).param("councils", scenario.councils())
                .param("gla", scenario.glaNoticeFrom() == null ? null : scenario.glaNoticeFrom().startYear())
                .param("line", scenario.secondmentReplaces()).param("by", viewer.name()).query(Long.class).single();
        audit.record(new Change(viewer.actor(), null, null, "funding-scenario", String.valueOf(id), "created",
                "Saved the scenario '" + scenario.name() + "': " + scenario.description(), null,
                Map.of("name", scenario.name(), "scenario", scenario.description())));
        return id;
    }

    /** Checks a scenario's parameters; a saved one needs a name no other scenario has. */
    Scenario scenario(ScenarioInput input, boolean named) {
        FormErrors errors = new FormErrors();
        String name = input.name() == null ? "" : input.name().strip();
        if (named) {
            if (name.isEmpty()) {
                errors.add("name", "Enter a name for the scenario");
            } else if (name.length() > 100) {
                errors.add("name", "Name must be 100 characters or fewer");
            } else if (queries.scenarioNamed(name)) {
                errors.add("name", "There is already a scenario with this name");
            }
        }
        String councilsTyped = input.councils() == null ? "" : input.councils().strip();
        Integer councils = null;
        if (councilsTyped.isEmpty()) {
            errors.add("councils", "Enter the number of Core councils");
        } else {
            try {
                councils = Integer.parseInt(councilsTyped);
            } catch (NumberFormatException e) {
                councils = null;
            }
            if (councils == null || councils < 0 || councils > 33) {
                errors.add("councils", "Number of Core councils must be a whole number from 0 to 33");
            }
        }
        FinancialYear notice = null;
        if (input.glaNoticeFrom() != null && !input.glaNoticeFrom().isBlank()) {
            notice = FinancialYear.parse(input.glaNoticeFrom().strip().replace('-', '/')).orElse(null);
            if (notice == null) {
                errors.add("glaNoticeFrom", "Year the GLA gives notice from must be a financial year written like 2021/22");
            }
        }
        String line = input.secondmentReplaces() == null || input.secondmentReplaces().isBlank() ? null
                : input.secondmentReplaces().strip();
        if (line != null && lineNames().stream().noneMatch(line::equals)) {
            errors.add("secondmentReplaces", "Select a budget line from the list");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        return new Scenario(named ? name : "Scenario", councils, notice, line);
    }

    /** The paid lines of the plan that a secondment could replace. */
    List<String> lineNames() {
        return plans.all().stream().flatMap(p -> p.lines().stream()).filter(l -> l.amount() > 0).map(BudgetLine::name)
                .distinct().toList();
    }

    static Optional<FinancialYear> financialYear(FormErrors errors, String field, String name, String typed) {
        if (typed == null || typed.isBlank()) {
            errors.add(field, "Enter the " + Character.toLowerCase(name.charAt(0)) + name.substring(1));
            return Optional.empty();
        }
        Optional<FinancialYear> year = FinancialYear.parse(typed);
        if (year.isEmpty()) {
            errors.add(field, name + " must be a financial year written like 2019/20");
        }
        return year;
    }
}
