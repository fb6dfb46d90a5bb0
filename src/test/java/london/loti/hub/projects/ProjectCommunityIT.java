package london.loti.hub.projects;

import java.time.Duration;
import java.util.List;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProjectCommunityIT extends IntegrationTest {

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Projects projects;

    @Autowired
    ProjectDigest digest;

    @Autowired
    ProjectNudges nudges;

    @Autowired
    CoalitionFinder coalitions;

    ProjectFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ProjectFixtures(jdbc, projects);
    }

    @AfterEach
    void clean() {
        clock.reset();
        fixtures.removeAll();
        jdbc.sql("DELETE FROM project_digest").update();
        jdbc.sql("DELETE FROM outbox_message WHERE subject LIKE '%Community IT%' OR body LIKE '%Community IT%'").update();
    }

    private long messages(String to, String subjectPart) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :to AND subject LIKE :s")
                .param("to", to).param("s", "%" + subjectPart + "%").query(Long.class).single();
    }

    @Test
    void aFollowerSeesANewStatusUpdateInTheActivityStreamAndInTheNextDigest() throws Exception {
        long id = fixtures.create("Community IT follow project", "PUBLIC");
        mvc.perform(post("/projects/" + id + "/follow").with(Users.OTHER_EDITOR.as(accounts)).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + id + "?done=followed"));
        mvc.perform(post("/projects/" + id + "/updates/new").param("update", "Community IT: private beta opened on two estates.")
                .with(Users.EDITOR.as(accounts)).with(csrf())).andExpect(redirectedUrl("/projects/" + id + "?done=updated"));

        mvc.perform(get("/projects/activity").param("following", "yes").with(Users.OTHER_EDITOR.as(accounts)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Community IT: private beta opened on two estates.")));

        digest.sendDigests();
        String body = jdbc.sql("""
                SELECT body FROM outbox_message WHERE recipient = 'editor@hackney.example'
                   AND subject = 'This week in the projects you follow' ORDER BY id DESC LIMIT 1
                """).query(String.class).single();
        assertThat(body).contains("Community IT follow project", "Community IT: private beta opened on two estates.",
                "/projects/" + id);
        long sent = messages("editor@hackney.example", "This week in the projects you follow");
        digest.sendDigests();
        assertThat(messages("editor@hackney.example", "This week in the projects you follow")).isEqualTo(sent);
        jdbc.sql("DELETE FROM outbox_message WHERE recipient = 'editor@hackney.example'").update();
    }

    @Test
    void anOwnerIsNudgedOnceAfterNinetyDaysWithoutAnUpdate() {
        long id = fixtures.create("Community IT quiet project", "PUBLIC");
        clock.advance(Duration.ofDays(89));
        nudges.nudgeOwners();
        assertThat(messages("editor@camden.example", "Update or close: Community IT quiet project")).isZero();
        clock.advance(Duration.ofDays(2));
        nudges.nudgeOwners();
        nudges.nudgeOwners();
        assertThat(messages("editor@camden.example", "Update or close: Community IT quiet project")).isEqualTo(1);

        projects.postUpdate(id, "Still going.", fixtures.viewer("editor@camden.example"));
        nudges.nudgeOwners();
        assertThat(messages("editor@camden.example", "Update or close: Community IT quiet project")).isEqualTo(1);
        clock.advance(Duration.ofDays(91));
        nudges.nudgeOwners();
        assertThat(messages("editor@camden.example", "Update or close: Community IT quiet project")).isEqualTo(2);
        String body = jdbc.sql("SELECT body FROM outbox_message WHERE subject = 'Update or close: Community IT quiet project' LIMIT 1")
                .query(String.class).single();
        assertThat(body).contains("for 91 days", "/projects/" + id);
    }

    @Test
    void aClosedProjectIsNotNudged() {
        long id = fixtures.create("Community IT closed project", "PUBLIC");
        projects.close(id, "Finished.", fixtures.viewer("editor@camden.example"));
        clock.advance(Duration.ofDays(120));
        nudges.nudgeOwners();
        assertThat(messages("editor@camden.example", "Community IT closed project")).isZero();
        assertThat(jdbc.sql("SELECT phase FROM project WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("RETIRED");
    }

    @Test
    void theOwnerAcceptsOrDeclinesRequestsToJoin() throws Exception {
        long id = fixtures.create("Community IT joinable project", "PUBLIC");
        mvc.perform(post("/projects/" + id + "/join").param("message", "We do this in Hackney too.")
                .with(Users.OTHER_EDITOR.as(accounts)).with(csrf())).andExpect(redirectedUrl("/projects/" + id + "?done=asked"));
        assertThat(messages("editor@camden.example", "asks to join Community IT joinable project")).isEqualTo(1);
        mvc.perform(post("/projects/" + id + "/join").param("message", "Again")
                .with(Users.OTHER_EDITOR.as(accounts)).with(csrf()))
                .andExpect(content().string(containsString("You have already asked to join this project")));
        long request = jdbc.sql("SELECT id FROM project_join_request WHERE project_id = :p").param("p", id).query(Long.class).single();

        mvc.perform(post("/projects/" + id + "/join-requests/" + request + "/accept").with(Users.OTHER_EDITOR.as(accounts)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/projects/" + id).with(Users.EDITOR.as(accounts)))
                .andExpect(content().string(containsString("We do this in Hackney too.")));
        mvc.perform(post("/projects/" + id + "/join-requests/" + request + "/accept").with(Users.EDITOR.as(accounts)).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + id + "?done=decided"));

        assertThat(jdbc.sql("SELECT o.slug FROM project_collaborator c JOIN organisation o ON o.id = c.organisation_id WHERE c.project_id = :p")
                .param("p", id).query(String.class).list()).containsExactly("hackney");
        assertThat(jdbc.sql("SELECT p.email FROM project_member m JOIN person p ON p.id = m.person_id WHERE m.project_id = :p")
                .param("p", id).query(String.class).list()).containsExactly("editor@hackney.example");
        assertThat(messages("editor@hackney.example", "You have joined Community IT joinable project")).isEqualTo(1);
        mvc.perform(get("/projects/" + id).with(Users.MEMBER.as(accounts))).andExpect(content().string(containsString("joined the project")));

        long second = jdbc.sql("""
                INSERT INTO project_join_request (project_id, account_id, requester_name, organisation_id, status, requested_at)
                VALUES (:p, :a, 'Someone', :o, 'REQUESTED', now()) RETURNING id
                """).param("p", id).param("a", fixtures.accountId("member@hackney.example")).param("o", fixtures.organisation("hackney"))
                .query(Long.class).single();
        mvc.perform(post("/projects/" + id + "/join-requests/" + second + "/decline").with(Users.EDITOR.as(accounts)).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + id + "?done=decided"));
        assertThat(jdbc.sql("SELECT status FROM project_join_request WHERE id = :id").param("id", second).query(String.class).single())
                .isEqualTo("DECLINED");
        assertThat(messages("member@hackney.example", "Your request to join was declined")).isEqualTo(1);
        jdbc.sql("DELETE FROM outbox_message WHERE recipient LIKE '%@hackney.example'").update();
    }

    @Test
    void theCoalitionFinderExplainsEverySuggestion() throws Exception {
        var suggestions = coalitions.find(new CoalitionQuery(null, null,
                "Tenants wait too long for housing repairs and many jobs need a second visit", List.of("repairs"),
                ServiceArea.HOUSING), fixtures.viewer("member@camden.example"), 10);
        // every reason says why in words and links to its evidence (the register's and the technology map's alike)
        assertThat(suggestions).isNotEmpty().allSatisfy(s -> assertThat(s.reasons()).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.text()).isNotBlank();
                    assertThat(r.href()).matches("/(projects|techmap/(contracts|products))/\\d+");
                }));
        assertThat(suggestions).flatExtracting(CoalitionFinder.Suggestion::reasons).anySatisfy(r -> assertThat(r.text())
                .contains("similar wording (", "the tag repairs", "the same service area (Housing)"));
        assertThat(suggestions).anySatisfy(s -> assertThat(s.people()).isNotEmpty());
        mvc.perform(get("/projects/coalitions").param("problem", "tenants wait for housing repairs"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Has a project like this")))
                .andExpect(content().string(containsString("similar wording (")));
        mvc.perform(get("/projects/1")).andExpect(content().string(containsString("Partners for a joint bid")));
    }
}
