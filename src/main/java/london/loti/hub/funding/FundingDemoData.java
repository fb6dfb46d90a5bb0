package london.loti.hub.funding;

import java.time.LocalDate;
import java.util.List;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.demo.DemoData;
import london.loti.hub.members.Membership;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.OrganisationKind;
import london.loti.hub.members.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The report's plan for 2019/20 to 2021/22 (§14, §16, §21): £440,000 a year, of which £277,000 is the three staff
 * with on-costs; the GLA and London Councils at £100,000 a year each; £30,000 a year from each Core council.
 * Invoices to every funder for each year: 2019/20 all paid, some of the later years part paid or overdue.
 */
@Component
class FundingDemoData implements DemoData {

    private static final List<BudgetLine> LINES = List.of(
            BudgetLine.fixed("Director", Money.pounds(75_000), true),
            BudgetLine.fixed("Programme Manager", Money.pounds(50_000), true),
            BudgetLine.fixed("Community Manager", Money.pounds(45_000), true),
            BudgetLine.fixed("Employee on-costs and recharges", Money.pounds(107_000), true),
            BudgetLine.flexible("Specialist expertise", Money.pounds(70_000), 2),
            BudgetLine.flexible("Marketing", Money.pounds(40_000), 1),
            BudgetLine.flexible("Administration", Money.pounds(28_000), 4),
            BudgetLine.flexible("Programme evaluation", Money.pounds(25_000), 3));
    /** Invoices left unpaid (or part paid) in the demo, by year and slug. */
    private static final List<String> UNPAID_2020 = List.of("redbridge");
    private static final List<String> PART_PAID_2020 = List.of("haringey");
    private static final List<String> UNPAID_2021 = List.of("brent", "enfield", "london-councils");

    private final JdbcClient jdbc;
    private final Membership membership;
    private final Organisations organisations;

    FundingDemoData(JdbcClient jdbc, Membership membership, Organisations organisations) {
        this.jdbc = jdbc;
        this.membership = membership;
        this.organisations = organisations;
    }

    @Override
    public String name() {
        return "programme-finance";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void load() {
        Organisation gla = organisations.list().stream().filter(o -> o.kind() == OrganisationKind.GLA).findFirst().orElseThrow();
        Organisation londonCouncils = organisations.list().stream().filter(o -> o.kind() == OrganisationKind.LONDON_COUNCILS)
                .findFirst().orElseThrow();
        commitment("GLA", gla, 100_000, LocalDate.of(2019, 4, 1), LocalDate.of(2022, 3, 31));
        commitment("LONDON_COUNCILS", londonCouncils, 100_000, LocalDate.of(2019, 4, 1), LocalDate.of(2022, 3, 31));
        jdbc.sql("""
                INSERT INTO funder_commitment (funder_kind, funder_name, annual_amount, starts_on, ends_on, created_by_name)
                VALUES ('PARTNER', 'Innovation foundation (demo partner)', :amount, DATE '2020-04-01', DATE '2021-03-31', 'Priya Shah')
                """).param("amount", Money.pounds(20_000)).update();
        for (int programmeYear = 1; programmeYear <= 3; programmeYear++) {
            FinancialYear year = new FinancialYear(2018 + programmeYear);
            jdbc.sql("""
                    INSERT INTO funding_year (start_year, programme_year, council_contribution, review_point_after)
                    VALUES (:year, :n, :contribution, :review)
                    """).param("year", year.startYear()).param("n", programmeYear)
                    .param("contribution", Money.pounds(30_000)).param("review", programmeYear == 2).update();
            int position = 1;
            for (BudgetLine line : LINES) {
                jdbc.sql("""
                        INSERT INTO budget_line (start_year, position, name, staff, flexible, cut_order, amount)
                        VALUES (:year, :position, :name, :staff, :flexible, :cut, :amount)
                        """).param("year", year.startYear()).param("position", position++).param("name", line.name())
                        .param("staff", line.staff()).param("flexible", line.flexible()).param("cut", line.cutOrder())
                        .param("amount", line.amount()).update();
            }
            invoices(year, gla, londonCouncils);
        }
        scenario("Five Core councils", 5, null, null);
        scenario("Six Core councils", 6, null, null);
        scenario("Eight Core councils, the GLA gives notice from year 3", 8, 2021, null);
        scenario("Ten Core councils", 10, null, null);
        scenario("Eight Core councils, a secondee as Programme Manager", 8, null, "Programme Manager");
    }

    private void scenario(String name, int councils, Integer glaNoticeFrom, String secondment) {
        jdbc.sql("""
                INSERT INTO funding_scenario (name, councils, gla_notice_from, secondment_line, created_by_name)
                VALUES (:name, :councils, :gla, :line, 'Priya Shah')
                """).param("name", name).param("councils", councils).param("gla", glaNoticeFrom).param("line", secondment)
                .update();
    }

    private void invoices(FinancialYear year, Organisation gla, Organisation londonCouncils) {
        LocalDate issued = LocalDate.of(year.startYear(), 4, 15);
        invoice(year, gla, "GLA contribution to LOTI", 100_000, issued);
        invoice(year, londonCouncils, "London Councils contribution to LOTI", 100_000, issued);
        for (var council : membership.coreCouncils(year)) {
            Organisation organisation = organisations.find(council.organisationId()).orElseThrow();
            invoice(year, organisation, "Core LOTI contribution", 30_000, issued.plusDays(council.name().length() % 5));
        }
    }

    private void invoice(FinancialYear year, Organisation to, String description, long pounds, LocalDate issued) {
        long id = jdbc.sql("""
                INSERT INTO invoice (start_year, organisation_id, description, amount, issued_on, due_on, billing_email, created_by_name)
                VALUES (:year, :organisation, :description, :amount, :issued, :due, :email, 'Priya Shah') RETURNING id
                """).param("year", year.startYear()).param("organisation", to.id())
                .param("description", description + ", " + year.label()).param("amount", Money.pounds(pounds))
                .param("issued", issued).param("due", issued.plusDays(30)).param("email", "finance@" + to.slug() + ".example")
                .query(Long.class).single();
        String slug = to.slug();
        boolean unpaid = (year.startYear() == 2020 && UNPAID_2020.contains(slug)) || (year.startYear() == 2021 && UNPAID_2021.contains(slug));
        if (unpaid) {
            return;
        }
        long paid = year.startYear() == 2020 && PART_PAID_2020.contains(slug) ? pounds / 2 : pounds;
        jdbc.sql("""
                INSERT INTO invoice_payment (invoice_id, amount, received_on, recorded_by_name)
                VALUES (:invoice, :amount, :received, 'Tom Okafor')
                """).param("invoice", id).param("amount", Money.pounds(paid)).param("received", issued.plusDays(21 + slug.length() % 9))
                .update();
    }

    private void commitment(String kind, Organisation funder, long pounds, LocalDate from, LocalDate to) {
        jdbc.sql("""
                INSERT INTO funder_commitment (funder_kind, organisation_id, funder_name, annual_amount, starts_on, ends_on, created_by_name)
                VALUES (:kind, :organisation, :name, :amount, :from, :to, 'Priya Shah')
                """).param("kind", kind).param("organisation", funder.id()).param("name", funder.name())
                .param("amount", Money.pounds(pounds)).param("from", from).param("to", to).update();
    }
}
