package london.loti.hub.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the programme's finances. */
@Component
public class FundingQueries {

    /** A programme year as stored. */
    record YearRow(int startYear, int programmeYear, long councilContribution, boolean reviewPointAfter) {
    }

    /** A budget line as stored, with its id for the change form. */
    public record LineRow(long id, int startYear, String name, long amount, boolean staff, boolean flexible,
            Integer cutOrder) {
    }

    /** An invoice with what has been paid against it. */
    public record InvoiceRow(long id, int startYear, long organisationId, String organisationSlug,
            String organisationName, String description, long amount, long paid, LocalDate issuedOn, LocalDate dueOn,
            String billingEmail, LocalDate lastRemindedOn) {

        public String reference() {
            return "LOTI-" + String.format("%05d", id);
        }

        public String year() {
            return new FinancialYear(startYear).label();
        }

        public long owed() {
            return amount - paid;
        }

        public boolean overdue(LocalDate today) {
            return owed() > 0 && dueOn.isBefore(today);
        }

        public String status(LocalDate today) {
            return owed() == 0 ? "Paid" : overdue(today) ? "Overdue" : paid > 0 ? "Part paid" : "Waiting for payment";
        }

        public String colour(LocalDate today) {
            return owed() == 0 ? "green" : overdue(today) ? "red" : "blue";
        }
    }

    public record PaymentRow(long id, long amount, LocalDate receivedOn, String recordedByName) {
    }

    /** Invoice totals for a year. */
    public record InvoiceTotals(long invoiced, long paid, long overdue, long overdueCount) {
        public long owed() {
            return invoiced - paid;
        }
    }

    public record ScenarioRow(long id, String name, int councils, Integer glaNoticeFrom, String secondmentLine,
            String createdByName) {

        public Scenario scenario() {
            return new Scenario(name, councils, glaNoticeFrom == null ? null : new FinancialYear(glaNoticeFrom), secondmentLine);
        }
    }

    /** Filters of the invoice list; any may be null. */
    record InvoiceFilter(Integer startYear, Long organisationId, boolean overdueOnly) {
    }

    private static final String INVOICE = """
            SELECT i.id, i.start_year, i.organisation_id, o.slug AS organisation_slug, o.name AS organisation_name,
                   i.description, i.amount, coalesce((SELECT sum(p.amount) FROM invoice_payment p WHERE p.invoice_id = i.id), 0) AS paid,
                   i.issued_on, i.due_on, i.billing_email, i.last_reminded_on
              FROM invoice i JOIN organisation o ON o.id = i.organisation_id
            """;
    private static final String INVOICE_WHERE = """
             WHERE (CAST(:year AS int) IS NULL OR i.start_year = :year)
               AND (CAST(:organisation AS bigint) IS NULL OR i.organisation_id = :organisation)
               AND (NOT :overdueOnly OR (i.due_on < :today
                    AND i.amount > coalesce((SELECT sum(p.amount) FROM invoice_payment p WHERE p.invoice_id = i.id), 0)))
            """;

    private final JdbcClient jdbc;

    FundingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<YearRow> years() {
        return jdbc.sql("SELECT start_year, programme_year, council_contribution, review_point_after FROM funding_year ORDER BY start_year")
                .query(YearRow.class).list();
    }

    List<BudgetLine> lines(FinancialYear year) {
        return jdbc.sql("""
                SELECT name, amount, staff, flexible, cut_order FROM budget_line WHERE start_year = :year ORDER BY position, id
                """).param("year", year.startYear())
                .query((rs, n) -> new BudgetLine(rs.getString("name"), rs.getLong("amount"), rs.getBoolean("staff"),
                        rs.getBoolean("flexible"), (Integer) rs.getObject("cut_order")))
                .list();
    }

    List<LineRow> lineRows(FinancialYear year) {
        return jdbc.sql("""
                SELECT id, start_year, name, amount, staff, flexible, cut_order FROM budget_line
                 WHERE start_year = :year ORDER BY position, id
                """).param("year", year.startYear()).query(LineRow.class).list();
    }

    Optional<LineRow> line(long id) {
        return jdbc.sql("SELECT id, start_year, name, amount, staff, flexible, cut_order FROM budget_line WHERE id = :id")
                .param("id", id).query(LineRow.class).optional();
    }

    List<FunderCommitment> commitments() {
        return jdbc.sql("""
                SELECT id, funder_kind, organisation_id, funder_name, annual_amount, starts_on, ends_on
                  FROM funder_commitment ORDER BY starts_on, id
                """).query((rs, n) -> new FunderCommitment(rs.getLong("id"),
                        FunderCommitment.FunderKind.valueOf(rs.getString("funder_kind")), (Long) rs.getObject("organisation_id"),
                        rs.getString("funder_name"), rs.getLong("annual_amount"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .list();
    }

    PageOf<InvoiceRow> invoices(InvoiceFilter filter, LocalDate today, Paging paging) {
        var items = jdbc.sql(INVOICE + INVOICE_WHERE + " ORDER BY i.issued_on DESC, i.id DESC LIMIT :limit OFFSET :offset")
                .param("year", filter.startYear()).param("organisation", filter.organisationId())
                .param("overdueOnly", filter.overdueOnly()).param("today", today)
                .param("limit", paging.size()).param("offset", paging.offset()).query(InvoiceRow.class).list();
        long total = jdbc.sql("SELECT count(*) FROM invoice i" + INVOICE_WHERE)
                .param("year", filter.startYear()).param("organisation", filter.organisationId())
                .param("overdueOnly", filter.overdueOnly()).param("today", today).query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    Optional<InvoiceRow> invoice(long id) {
        return jdbc.sql(INVOICE + " WHERE i.id = :id").param("id", id).query(InvoiceRow.class).optional();
    }

    /** The invoices to remind about: unpaid, past due, and not reminded in the last {@code every} days. */
    List<InvoiceRow> dueForReminder(LocalDate today, int every) {
        return jdbc.sql(INVOICE + """
                 WHERE i.due_on < :today
                   AND i.amount > coalesce((SELECT sum(p.amount) FROM invoice_payment p WHERE p.invoice_id = i.id), 0)
                   AND (i.last_reminded_on IS NULL OR i.last_reminded_on <= :since)
                 ORDER BY i.id
                """).param("today", today).param("since", today.minusDays(every)).query(InvoiceRow.class).list();
    }

    List<PaymentRow> payments(long invoiceId) {
        return jdbc.sql("SELECT id, amount, received_on, recorded_by_name FROM invoice_payment WHERE invoice_id = :id ORDER BY received_on, id")
                .param("id", invoiceId).query(PaymentRow.class).list();
    }

    InvoiceTotals totals(FinancialYear year, LocalDate today) {
        return jdbc.sql("""
                SELECT coalesce(sum(amount), 0) AS invoiced, coalesce(sum(paid), 0) AS paid,
                       coalesce(sum(amount - paid) FILTER (WHERE due_on < :today AND amount > paid), 0) AS overdue,
                       count(*) FILTER (WHERE due_on < :today AND amount > paid) AS overdue_count
                  FROM (SELECT i.amount, i.due_on,
                               coalesce((SELECT sum(p.amount) FROM invoice_payment p WHERE p.invoice_id = i.id), 0) AS paid
                          FROM invoice i WHERE i.start_year = :year) t
                """).param("year", year.startYear()).param("today", today).query(InvoiceTotals.class).single();
    }

    PageOf<ScenarioRow> scenarios(Paging paging) {
        var items = jdbc.sql("""
                SELECT id, name, councils, gla_notice_from, secondment_line, created_by_name FROM funding_scenario
                 ORDER BY created_at, id LIMIT :limit OFFSET :offset
                """).param("limit", paging.size()).param("offset", paging.offset()).query(ScenarioRow.class).list();
        long total = jdbc.sql("SELECT count(*) FROM funding_scenario").query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    Optional<ScenarioRow> scenario(long id) {
        return jdbc.sql("SELECT id, name, councils, gla_notice_from, secondment_line, created_by_name FROM funding_scenario WHERE id = :id")
                .param("id", id).query(ScenarioRow.class).optional();
    }

    boolean scenarioNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM funding_scenario WHERE lower(name) = lower(:name)").param("name", name)
                .query(Long.class).single() > 0;
    }
}
