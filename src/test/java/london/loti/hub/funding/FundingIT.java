package london.loti.hub.funding;

import java.time.Duration;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan's years and viability, scenarios, and every kind of bad input refused with nothing saved. */
class FundingIT extends IntegrationTest {

    static final String ADMIN = "priya.shah@loti.example";

    @Autowired
    UserDetailsService accounts;

    @Autowired
    OverdueInvoiceReminders reminders;

    @AfterEach
    void cleanUp() {
        clock.reset();
        jdbc.sql("DELETE FROM funding_scenario WHERE name LIKE 'Test %'").update();
        jdbc.sql("DELETE FROM invoice WHERE billing_email = 'test.finance@sutton.example'").update();
        jdbc.sql("DELETE FROM funder_commitment WHERE funder_name = 'Test partner'").update();
        jdbc.sql("DELETE FROM outbox_message WHERE recipient = 'test.finance@sutton.example'").update();
    }

    RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    ResultActions evaluate(String json) throws Exception {
        return mvc.perform(post("/api/v1/funding/scenarios/evaluate").with(as(ADMIN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void theDemoPlanHasFifteenCoreCouncilsAndASurplusEachYear() throws Exception {
        mvc.perform(get("/api/v1/funding/years/2019-20").with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(jsonPath("$.coreCouncils").value(15))
                .andExpect(jsonPath("$.viability.verdict").value("SURPLUS"))
                .andExpect(jsonPath("$.viability.incomePence").value(650_000_00L))
                .andExpect(jsonPath("$.viability.budgetPence").value(440_000_00L))
                .andExpect(jsonPath("$.reviewPointAfter").value(false));
        mvc.perform(get("/api/v1/funding/years").with(as(ADMIN))).andExpect(jsonPath("$[1].reviewPointAfter").value(true))
                .andExpect(jsonPath("$[1].partnersPence").value(20_000_00L));
        mvc.perform(get("/api/v1/funding/years/2019-21").with(as(ADMIN))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/funding/years/2030-31").with(as(ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get("/funding/years/2019-20").with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("£277,000")))
                .andExpect(content().string(containsString("canvas id=\"scenarios\"")));
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/docs/openapi.json")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"/api/v1/members\"")))
                .andExpect(content().string(containsString("\"/api/v1/members/{slug}/commitments\"")))
                .andExpect(content().string(containsString("\"/api/v1/people\"")))
                .andExpect(content().string(containsString("\"/api/v1/funding/years/{year}\"")))
                .andExpect(content().string(containsString("\"/api/v1/funding/scenarios/evaluate\"")))
                .andExpect(content().string(containsString("\"/api/v1/funding/invoices/{id}/payments\"")));
    }

    @Test
    void scenariosOfFiveSixEightAndTenCouncilsGiveTheReportsVerdicts() throws Exception {
        evaluate("{\"councils\":\"5\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0].scenario.verdict").value("NOT_VIABLE"))
                .andExpect(jsonPath("$.years[0].scenario.label").value("Not viable: should not proceed"))
                .andExpect(jsonPath("$.years[0].scenario.rule", containsString("should not proceed")));
        evaluate("{\"councils\":\"6\"}")
                .andExpect(jsonPath("$.years[0].scenario.incomePence").value(380_000_00L))
                .andExpect(jsonPath("$.years[0].scenario.shortfallPence").value(60_000_00L))
                .andExpect(jsonPath("$.years[0].scenario.cuts[0].line").value("Marketing"))
                .andExpect(jsonPath("$.years[0].scenario.cuts[0].cut").value(40_000_00L))
                .andExpect(jsonPath("$.years[0].scenario.cuts[1].line").value("Specialist expertise"))
                .andExpect(jsonPath("$.years[0].scenario.cuts[1].cut").value(20_000_00L));
        evaluate("{\"councils\":\"8\"}").andExpect(jsonPath("$.years[0].scenario.verdict").value("BALANCED"))
                .andExpect(jsonPath("$.years[0].scenario.incomePence").value(440_000_00L));
        evaluate("{\"councils\":\"10\"}").andExpect(jsonPath("$.years[0].scenario.incomePence").value(500_000_00L))
                .andExpect(jsonPath("$.years[0].scenario.surplusPence").value(60_000_00L))
                .andExpect(jsonPath("$.years[0].plan.incomePence").value(650_000_00L));
        evaluate("{\"councils\":\"8\",\"glaNoticeFrom\":\"2021/22\"}")
                .andExpect(jsonPath("$.years[1].scenario.verdict").value("BALANCED"))
                .andExpect(jsonPath("$.years[2].year").value("2021/22"))
                .andExpect(jsonPath("$.years[2].scenario.shortfallPence").value(100_000_00L));
        evaluate("{\"councils\":\"eight\",\"glaNoticeFrom\":\"2021/23\",\"secondmentReplaces\":\"Chauffeur\"}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("councils"))
                .andExpect(jsonPath("$.errors[1].field").value("glaNoticeFrom"))
                .andExpect(jsonPath("$.errors[2].message").value("Select a budget line from the list"));
    }

    @Test
    void aSavedScenarioIsShownBesideThePlanAndNeverChangesIt() throws Exception {
        mvc.perform(post("/funding/scenarios/new").with(as(ADMIN)).with(csrf()).param("name", "Test six councils")
                .param("councils", "6").param("glaNoticeFrom", "").param("secondmentReplaces", ""))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM funding_scenario WHERE name = 'Test six councils'").query(Long.class).single();
        mvc.perform(get("/funding/scenarios/" + id).with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Viable with a shortfall")))
                .andExpect(content().string(containsString("£380,000")))
                .andExpect(content().string(containsString("canvas id=\"scenario\"")));
        mvc.perform(get("/api/v1/funding/years/2019-20").with(as(ADMIN))).andExpect(jsonPath("$.coreCouncils").value(15))
                .andExpect(jsonPath("$.viability.incomePence").value(650_000_00L));
        mvc.perform(post("/funding/scenarios/new").with(as(ADMIN)).with(csrf()).param("name", "Test six councils")
                .param("councils", "40")).andExpect(content().string(containsString("There is already a scenario with this name")))
                .andExpect(content().string(containsString("Number of Core councils must be a whole number from 0 to 33")));
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE kind = 'funding-scenario' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("Saved the scenario 'Test six councils': 6 Core councils");
    }

    @Test
    void aNegativeAmountThirtyKAndAnEndDateBeforeTheStartAreRefusedAndNothingIsSaved() throws Exception {
        long before = count("funder_commitment");
        mvc.perform(post("/funding/commitments/new").with(as(ADMIN)).with(csrf()).param("funderKind", "PARTNER")
                        .param("funderName", "Test partner").param("annualAmount", "-5000")
                        .param("startDateDay", "1").param("startDateMonth", "4").param("startDateYear", "2020")
                        .param("endDateDay", "31").param("endDateMonth", "3").param("endDateYear", "2020"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Record a funder's commitment – LOTI Hub</title>")))
                .andExpect(content().string(containsString("<a href=\"#annualAmount\">Amount a year must be more than £0</a>")))
                .andExpect(content().string(containsString("<a href=\"#endDate\">End date must be after the start date</a>")));
        mvc.perform(post("/funding/commitments/new").with(as(ADMIN)).with(csrf()).param("funderKind", "PARTNER")
                        .param("funderName", "Test partner").param("annualAmount", "30k")
                        .param("startDateDay", "1").param("startDateMonth", "4").param("startDateYear", "2020")
                        .param("endDateDay", "31").param("endDateMonth", "3").param("endDateYear", "2021"))
                .andExpect(content().string(containsString("<a href=\"#annualAmount\">Amount a year must be an amount in pounds, like 30,000 or 30000.50</a>")));
        mvc.perform(post("/api/v1/funding/commitments").with(as(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"funderKind\":\"PARTNER\",\"funderName\":\"Test partner\",\"annualAmount\":\"30k\","
                                + "\"startDate\":\"2020-04-01\",\"endDate\":\"2019-03-31\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("annualAmount"))
                .andExpect(jsonPath("$.errors[0].message").value("Amount a year must be an amount in pounds, like 30,000 or 30000.50"))
                .andExpect(jsonPath("$.errors[1].field").value("endDate"))
                .andExpect(jsonPath("$.errors[1].message").value("End date must be after the start date"));
        mvc.perform(post("/api/v1/funding/commitments").with(as(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"funderKind\":\"PARTNER\",\"funderName\":\"Test partner\",\"annualAmount\":\"-1\","
                                + "\"startDate\":\"2020-04-01\",\"endDate\":\"2021-03-31\"}"))
                .andExpect(jsonPath("$.errors[0].message").value("Amount a year must be more than £0"));
        assertThat(count("funder_commitment")).isEqualTo(before);

        mvc.perform(post("/api/v1/funding/commitments").with(as(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"funderKind\":\"PARTNER\",\"funderName\":\"Test partner\",\"annualAmount\":\"10,000\","
                                + "\"startDate\":\"2021-04-01\",\"endDate\":\"2022-03-31\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/funding/years/2021-22").with(as(ADMIN))).andExpect(jsonPath("$.partnersPence").value(10_000_00L));
    }

    @Test
    void aFinancialYearLike2019Slash21AndAPaymentLargerThanWhatIsOwedAreRefusedAndNothingIsSaved() throws Exception {
        long invoices = count("invoice");
        mvc.perform(post("/funding/invoices/new").with(as(ADMIN)).with(csrf()).param("organisation", "sutton")
                        .param("financialYear", "2019/21").param("description", "Test").param("amount", "30,000")
                        .param("issuedOnDay", "1").param("issuedOnMonth", "5").param("issuedOnYear", "2021")
                        .param("dueOnDay", "1").param("dueOnMonth", "4").param("dueOnYear", "2021")
                        .param("billingEmail", "test.finance@sutton.example"))
                .andExpect(content().string(containsString("<a href=\"#financialYear\">Financial year must be a financial year written like 2019/20</a>")))
                .andExpect(content().string(containsString("<a href=\"#dueOn\">Due date must be the same as or after the issue date</a>")));
        mvc.perform(post("/api/v1/funding/invoices").with(as(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisation\":\"sutton\",\"financialYear\":\"2019/21\",\"description\":\"Test\",\"amount\":\"30000\","
                                + "\"issuedOn\":\"2021-05-01\",\"dueOn\":\"2021-06-01\",\"billingEmail\":\"test.finance@sutton.example\"}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("financialYear"))
                .andExpect(jsonPath("$.errors[0].message").value("Financial year must be a financial year written like 2019/20"));
        assertThat(count("invoice")).isEqualTo(invoices);

        mvc.perform(post("/api/v1/funding/invoices").with(as(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisation\":\"sutton\",\"financialYear\":\"2021/22\",\"description\":\"Test\",\"amount\":\"30000\","
                                + "\"issuedOn\":\"2021-05-01\",\"dueOn\":\"2021-06-01\",\"billingEmail\":\"test.finance@sutton.example\"}"))
                .andExpect(status().isCreated());
        long invoice = jdbc.sql("SELECT id FROM invoice WHERE billing_email = 'test.finance@sutton.example'").query(Long.class).single();
        long payments = count("invoice_payment");
        mvc.perform(post("/funding/invoices/" + invoice + "/payments").with(as(ADMIN)).with(csrf()).param("amount", "30,000.01")
                        .param("receivedOnDay", "2").param("receivedOnMonth", "6").param("receivedOnYear", "2021"))
                .andExpect(content().string(containsString("<a href=\"#amount\">Payment must be no more than the £30,000 still owed</a>")));
        mvc.perform(post("/api/v1/funding/invoices/" + invoice + "/payments").with(as(ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\":\"40000\",\"receivedOn\":\"2021-06-02\"}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value("Payment must be no more than the £30,000 still owed"));
        assertThat(count("invoice_payment")).isEqualTo(payments);

        mvc.perform(post("/funding/invoices/" + invoice + "/payments").with(as(ADMIN)).with(csrf()).param("amount", "10000")
                        .param("receivedOnDay", "2").param("receivedOnMonth", "6").param("receivedOnYear", "2021"))
                .andExpect(redirectedUrl("/funding/invoices/" + invoice + "?paid"));
        mvc.perform(get("/funding/invoices/" + invoice).with(as(ADMIN)))
                .andExpect(content().string(containsString("No more than £20,000")));
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE kind = 'invoice' ORDER BY id DESC LIMIT 1").query(String.class).single())
                .isEqualTo("Recorded a payment of £10,000 against LOTI-" + String.format("%05d", invoice));
    }

    @Test
    void anAdminChangesABudgetLineAndTheViabilityFollows() throws Exception {
        long marketing = jdbc.sql("SELECT id FROM budget_line WHERE start_year = 2019 AND name = 'Marketing'").query(Long.class).single();
        try {
            mvc.perform(post("/funding/lines/" + marketing + "/edit").with(as(ADMIN)).with(csrf()).param("amount", "30k")
                            .param("kind", "FLEXIBLE").param("cutOrder", "2"))
                    .andExpect(content().string(containsString("<a href=\"#amount\">Amount must be an amount in pounds, like 30,000 or 30000.50</a>")))
                    .andExpect(content().string(containsString("Order of cuts must differ from the other flexible lines: Specialist expertise is cut at 2")));
            mvc.perform(post("/funding/lines/" + marketing + "/edit").with(as(ADMIN)).with(csrf()).param("amount", "50,000")
                            .param("kind", "FLEXIBLE").param("cutOrder", "1"))
                    .andExpect(redirectedUrl("/funding/years/2019-20"));
            mvc.perform(get("/api/v1/funding/years/2019-20").with(as(ADMIN)))
                    .andExpect(jsonPath("$.viability.budgetPence").value(450_000_00L));
            evaluate("{\"councils\":\"6\"}").andExpect(jsonPath("$.years[0].scenario.shortfallPence").value(70_000_00L))
                    .andExpect(jsonPath("$.years[0].scenario.cuts[0].cut").value(50_000_00L));
            assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE kind = 'budget-line' ORDER BY id DESC LIMIT 1")
                    .query(String.class).single()).isEqualTo("Changed the Marketing line of 2019/20 to £50,000, flexible, cut 1");
        } finally {
            jdbc.sql("UPDATE budget_line SET amount = 4000000, flexible = true, cut_order = 1 WHERE id = :id").param("id", marketing).update();
        }
    }

    @Test
    void overdueInvoicesAreRemindedThenRemindedAgainAfterTheSetDays() throws Exception {
        mvc.perform(post("/api/v1/funding/invoices").with(as(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"organisation\":\"sutton\",\"financialYear\":\"2021/22\",\"description\":\"Test\",\"amount\":\"30000\","
                        + "\"issuedOn\":\"" + java.time.LocalDate.now(clock) + "\",\"dueOn\":\"" + java.time.LocalDate.now(clock).plusDays(30)
                        + "\",\"billingEmail\":\"test.finance@sutton.example\"}")).andExpect(status().isCreated());
        var demoReminders = jdbc.sql("SELECT id, last_reminded_on FROM invoice WHERE billing_email <> 'test.finance@sutton.example'")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2)}).list();
        try {
            reminders.sendReminders();
            assertThat(reminded()).isZero();
            clock.advance(Duration.ofDays(31));
            reminders.sendReminders();
            assertThat(reminded()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT subject FROM outbox_message WHERE recipient = 'test.finance@sutton.example'")
                    .query(String.class).single()).startsWith("Overdue: LOTI invoice LOTI-");
            clock.advance(Duration.ofDays(13));
            reminders.sendReminders();
            assertThat(reminded()).isEqualTo(1);
            clock.advance(Duration.ofDays(1));
            reminders.sendReminders();
            assertThat(reminded()).isEqualTo(2);
        } finally {
            for (Object[] row : demoReminders) {
                jdbc.sql("UPDATE invoice SET last_reminded_on = :d WHERE id = :id").param("d", row[1]).param("id", row[0]).update();
            }
            jdbc.sql("DELETE FROM outbox_message WHERE subject LIKE 'Overdue: LOTI invoice %' AND created_at > now() - interval '1 hour'").update();
        }
    }

    private long reminded() {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = 'test.finance@sutton.example'").query(Long.class).single();
    }
}
