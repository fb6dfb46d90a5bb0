package london.loti.hub.programme;

import java.time.Duration;
import java.time.LocalDate;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
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

/** Delivery and benefits of an exemplar project owned by Camden, selected in a test round of 2020/21. */
class DeliveryIT extends IntegrationTest {

    static final String PROJECT = "/programme/projects/test-delivery";

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ProjectUpdateFlags flags;

    Fixtures fixtures;
    long project;

    @BeforeEach
    void aProjectOfCamden() {
        fixtures = new Fixtures(jdbc);
        long round = fixtures.round("2020-21-8", 2020, "RANKED_CHOICE", null, "CLOSED");
        long proposal = fixtures.proposal(round, "test-delivery", "camden", "Test delivery project");
        project = fixtures.project(proposal, "test-delivery", 2020);
    }

    @AfterEach
    void removeIt() {
        clock.reset();
        jdbc.sql("DELETE FROM programme_round WHERE slug = '2020-21-8'").update();
        jdbc.sql("DELETE FROM outbox_message WHERE subject = 'Update needed: Test delivery project'").update();
    }

    RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    String flaggedOn() {
        return jdbc.sql("SELECT CAST(stale_flagged_on AS text) FROM exemplar_project WHERE id = :id").param("id", project)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void theProjectsCouncilPostsUpdatesThatSetPhaseAndStatusAndAnotherCouncilCannot() throws Exception {
        long auditedBefore = fixtures.count("SELECT coalesce(max(id), 0) FROM audit_event");
        mvc.perform(post(PROJECT + "/updates/new").with(as("editor@hackney.example")).with(csrf())
                .param("phase", "ALPHA").param("rag", "RED").param("ragReason", "x").param("body", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(PROJECT + "/updates/new").with(as("editor@camden.example")).with(csrf()).param("phase", "ALPHA"))
                .andExpect(content().string(containsString("status: red, amber or green")));
        assertThat(fixtures.count("SELECT count(*) FROM project_update WHERE project_id = " + project)).isZero();

        mvc.perform(post(PROJECT + "/updates/new").with(as("editor@camden.example")).with(csrf()).param("phase", "ALPHA")
                        .param("rag", "AMBER").param("ragReason", "Supplier late").param("body", "Alpha started with two boroughs."))
                .andExpect(redirectedUrl(PROJECT + "?done=update"));
        mvc.perform(get(PROJECT)).andExpect(content().string(containsString("Supplier late")))
                .andExpect(content().string(containsString("Alpha started with two boroughs.")));
        assertThat(jdbc.sql("SELECT phase || ' ' || rag FROM exemplar_project WHERE id = :id").param("id", project)
                .query(String.class).single()).isEqualTo("ALPHA AMBER");
        assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE kind = 'exemplar-project' AND record_id = 'test-delivery' "
                + "AND action = 'updated' AND id > " + auditedBefore)).isEqualTo(1);
    }

    @Test
    void milestonesAndCouncilsWithTheirOfficerTimeAreKept() throws Exception {
        mvc.perform(post(PROJECT + "/milestones/new").with(as("editor@camden.example")).with(csrf()).param("title", "Alpha")
                .param("dueOnDay", "31").param("dueOnMonth", "2").param("dueOnYear", "2021"))
                .andExpect(content().string(containsString("Date the milestone is due must be a real date")));
        mvc.perform(post(PROJECT + "/milestones/new").with(as("editor@camden.example")).with(csrf()).param("title", "Alpha")
                .param("dueOnDay", "28").param("dueOnMonth", "2").param("dueOnYear", "2021")).andExpect(status().is3xxRedirection());
        long milestone = jdbc.sql("SELECT id FROM project_milestone WHERE project_id = :p").param("p", project)
                .query(Long.class).single();
        mvc.perform(post(PROJECT + "/milestones/" + milestone + "/done").with(as("priya.shah@loti.example"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT done_on FROM project_milestone WHERE id = :id").param("id", milestone)
                .query(LocalDate.class).single()).isNotNull();

        mvc.perform(post(PROJECT + "/participants").with(as("editor@camden.example")).with(csrf()).param("council", "hackney")
                .param("officerDays", "-3"))
                .andExpect(content().string(containsString("Officer time must be a whole number from 0 to 10,000")));
        mvc.perform(post(PROJECT + "/participants").with(as("editor@camden.example")).with(csrf()).param("council", "hackney")
                .param("officerDays", "12")).andExpect(status().is3xxRedirection());
        mvc.perform(post(PROJECT + "/participants").with(as("editor@camden.example")).with(csrf()).param("council", "hackney")
                .param("officerDays", "15")).andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("SELECT sum(officer_days) FROM project_participant WHERE project_id = " + project)).isEqualTo(15);
        mvc.perform(get("/api/v1/programme/projects/test-delivery")).andExpect(jsonPath("$.participants[0].officerDays").value(15))
                .andExpect(jsonPath("$.milestones[0].title").value("Alpha"));
    }

    @Test
    void aProjectWithoutAnUpdateForMoreThanSixtyDaysIsFlaggedToItsCouncilOnce() throws Exception {
        long auditedBefore = fixtures.count("SELECT coalesce(max(id), 0) FROM audit_event");
        flags.flagProjectsWithoutUpdates();
        assertThat(flaggedOn()).isNull();
        clock.advance(Duration.ofDays(60));
        flags.flagProjectsWithoutUpdates();
        assertThat(flaggedOn()).isNull();

        clock.advance(Duration.ofDays(1));
        flags.flagProjectsWithoutUpdates();
        LocalDate today = LocalDate.now(clock);
        assertThat(flaggedOn()).isEqualTo(today.toString());
        assertThat(jdbc.sql("SELECT recipient FROM outbox_message WHERE subject = 'Update needed: Test delivery project' ORDER BY recipient")
                .query(String.class).list()).containsExactly("core@camden.example", "editor@camden.example");
        assertThat(jdbc.sql("SELECT body FROM outbox_message WHERE subject = 'Update needed: Test delivery project' LIMIT 1")
                .query(String.class).single()).contains("no update for 61 days", "/programme/projects/test-delivery/updates/new");
        mvc.perform(get(PROJECT)).andExpect(content().string(containsString("No update for 61 days")));

        clock.advance(Duration.ofDays(1));
        flags.flagProjectsWithoutUpdates();
        assertThat(fixtures.count("SELECT count(*) FROM outbox_message WHERE subject = 'Update needed: Test delivery project'"))
                .isEqualTo(2);

        mvc.perform(post(PROJECT + "/updates/new").with(as("editor@camden.example")).with(csrf()).param("phase", "DISCOVERY")
                .param("rag", "GREEN").param("ragReason", "Back on track").param("body", "Restarted.")).andExpect(status().is3xxRedirection());
        assertThat(flaggedOn()).isNull();
        assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE kind = 'exemplar-project' AND record_id = 'test-delivery' "
                + "AND action = 'flagged' AND actor_id IS NULL AND id > " + auditedBefore)).isEqualTo(1);
    }

    @Test
    void benefitsAreRecordedExpectedThenMeasuredAndRolledUp() throws Exception {
        mvc.perform(post(PROJECT + "/benefits/new").with(as("editor@camden.example")).with(csrf()).param("kind", "CASHABLE")
                        .param("description", "Licences saved").param("financialYear", "2020/21").param("expected", "-10,000"))
                .andExpect(content().string(containsString("Expected benefit must be £0 or more")));
        assertThat(fixtures.count("SELECT count(*) FROM project_benefit WHERE project_id = " + project)).isZero();

        mvc.perform(post(PROJECT + "/benefits/new").with(as("editor@camden.example")).with(csrf()).param("kind", "CASHABLE")
                        .param("description", "Licences saved").param("financialYear", "2020/21").param("expected", "10,000"))
                .andExpect(status().is3xxRedirection());
        long benefit = jdbc.sql("SELECT id FROM project_benefit WHERE project_id = :p").param("p", project).query(Long.class).single();
        mvc.perform(post(PROJECT + "/benefits/" + benefit).with(as("editor@camden.example")).with(csrf()).param("kind", "CASHABLE")
                        .param("description", "Licences saved").param("financialYear", "2020/21").param("expected", "10,000")
                        .param("measured", "-1").param("measuredOnDay", "1").param("measuredOnMonth", "4").param("measuredOnYear", "2021")
                        .param("howMeasured", "Invoices"))
                .andExpect(content().string(containsString("Measured benefit must be £0 or more")));
        mvc.perform(post(PROJECT + "/benefits/" + benefit).with(as("editor@camden.example")).with(csrf()).param("kind", "CASHABLE")
                        .param("description", "Licences saved").param("financialYear", "2020/21").param("expected", "10,000")
                        .param("measured", "12,345.67").param("measuredOnDay", "1").param("measuredOnMonth", "4").param("measuredOnYear", "2021")
                        .param("howMeasured", "Invoices"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT expected || ' ' || measured FROM project_benefit WHERE id = :id").param("id", benefit)
                .query(String.class).single()).isEqualTo("1000000 1234567");

        mvc.perform(get("/programme/benefits.csv")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("test-delivery,Test delivery project,Camden,Sharing and reusing,2020/21,"
                        + "CASHABLE,Licences saved,2020/21,GBP,10000.00,12345.67,2021-04-01,Invoices")));
        mvc.perform(get("/programme/benefits")).andExpect(content().string(containsString("Cashable savings by financial year")));
        mvc.perform(get("/api/v1/programme/projects/test-delivery")).andExpect(jsonPath("$.benefits[0].measured").value(1234567));
        mvc.perform(post(PROJECT + "/benefits/new").with(as("editor@hackney.example")).with(csrf()).param("kind", "CASHABLE"))
                .andExpect(status().isForbidden());
    }
}
