package london.loti.hub.members;

import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** People are found by name, organisation, role family and tag; a profile is changed by its person or their editors. */
class PeopleIT extends IntegrationTest {

    @Autowired
    UserDetailsService accounts;

    long person;
    String before;

    RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    @BeforeEach
    void remember() {
        person = jdbc.sql("SELECT id FROM person WHERE email = 'member@camden.example'").query(Long.class).single();
        before = jdbc.sql("SELECT full_name FROM person WHERE id = :id").param("id", person).query(String.class).single();
    }

    @Autowired
    MembersSearch.PersonIndexer search;

    @AfterEach
    void restore() {
        jdbc.sql("UPDATE person SET full_name = :n, job_title = '', role_family = NULL, expertise_tags = '{}', contact_about = '', public_profile = false WHERE id = :id")
                .param("n", before).param("id", person).update();
        search.reindex(person);
    }

    @Test
    void peopleAreSearchedAndFilteredAPageAtATime() throws Exception {
        mvc.perform(get("/people?organisation=camden").with(as("member@hackney.example"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Camden")));
        mvc.perform(get("/api/v1/people?organisation=camden&size=100").with(as("member@hackney.example")))
                .andExpect(jsonPath("$.items[*].organisationSlug", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("camden"))));
        mvc.perform(get("/api/v1/people?roleFamily=DATA&tag=open data").with(as("member@hackney.example")))
                .andExpect(jsonPath("$.items[*].roleFamily", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("DATA"))))
                .andExpect(jsonPath("$.items[0].expertiseTags", org.hamcrest.Matchers.hasItem("open data")));
        mvc.perform(get("/api/v1/people?q=Data Lead&size=5").with(as("member@hackney.example")))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.items[0].jobTitle").value("Data Lead"))
                .andExpect(jsonPath("$.links.next", containsString("q=Data%20Lead")));
        mvc.perform(get("/api/v1/people?roleFamily=WIZARD").with(as("member@hackney.example"))).andExpect(status().isBadRequest());
        mvc.perform(get("/people").accept("text/html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aPersonChangesTheirOwnProfileAndItIsAudited() throws Exception {
        mvc.perform(get("/people/" + person + "/edit").with(as("member@camden.example"))).andExpect(status().isOk());
        mvc.perform(post("/people/" + person + "/edit").with(as("member@camden.example")).with(csrf())
                        .param("fullName", "Ada Camden").param("jobTitle", "Service Designer").param("roleFamily", "USER_CENTRED_DESIGN")
                        .param("expertiseTags", "Service design, accessibility, service design").param("contactAbout", "Design systems")
                        .param("publicProfile", "no"))
                .andExpect(redirectedUrl("/people/" + person + "?updated"));
        mvc.perform(get("/people/" + person).with(as("member@hackney.example")))
                .andExpect(content().string(containsString("Ada Camden")))
                .andExpect(content().string(containsString("href=\"/people?tag=accessibility\"")))
                .andExpect(content().string(not(containsString("Change profile"))));
        assertThat(jdbc.sql("SELECT array_length(expertise_tags, 1) FROM person WHERE id = :id").param("id", person)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE kind = 'person' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("Updated the profile of Ada Camden");
        mvc.perform(get("/api/v1/search?q=Ada Camden&kind=person").with(as("member@hackney.example")))
                .andExpect(jsonPath("$.results.items[0].title").value("Ada Camden"))
                .andExpect(jsonPath("$.results.items[0].url").value("/people/" + person));
    }

    @Test
    void theOrganisationsEditorMayChangeAProfileButAnotherCouncilsMayNot() throws Exception {
        mvc.perform(post("/people/" + person + "/edit").with(as("editor@camden.example")).with(csrf())
                .param("fullName", "Changed By Editor")).andExpect(redirectedUrl("/people/" + person + "?updated"));
        mvc.perform(post("/people/" + person + "/edit").with(as("editor@hackney.example")).with(csrf())
                .param("fullName", "Changed By Hackney")).andExpect(status().isForbidden());
        mvc.perform(post("/people/" + person + "/edit").with(as("member@camden.example")).with(csrf())
                        .param("fullName", " ").param("roleFamily", "WIZARD"))
                .andExpect(content().string(containsString("Enter the person's full name")))
                .andExpect(content().string(containsString("Select a role family from the list")));
        assertThat(jdbc.sql("SELECT full_name FROM person WHERE id = :id").param("id", person).query(String.class).single())
                .isEqualTo("Changed By Editor");
    }

    @Test
    void onlyThePersonChoosesWhetherVisitorsSeeTheirName() throws Exception {
        mvc.perform(get("/people/" + person + "/edit").with(as("member@camden.example")))
                .andExpect(content().string(containsString("Show your name to visitors?")));
        mvc.perform(post("/people/" + person + "/edit").with(as("member@camden.example")).with(csrf())
                        .param("fullName", before))
                .andExpect(content().string(containsString("Select whether visitors may see your name")));
        mvc.perform(post("/people/" + person + "/edit").with(as("member@camden.example")).with(csrf())
                .param("fullName", before).param("publicProfile", "yes")).andExpect(redirectedUrl("/people/" + person + "?updated"));
        assertThat(publicProfile()).isTrue();
        mvc.perform(get("/people/" + person).with(as("member@hackney.example")))
                .andExpect(content().string(containsString("Everyone")));

        mvc.perform(get("/people/" + person + "/edit").with(as("editor@camden.example")))
                .andExpect(content().string(not(containsString("Show your name to visitors?"))));
        mvc.perform(post("/people/" + person + "/edit").with(as("editor@camden.example")).with(csrf())
                .param("fullName", before).param("publicProfile", "no")).andExpect(redirectedUrl("/people/" + person + "?updated"));
        assertThat(publicProfile()).as("an editor does not choose for the person").isTrue();
    }

    private boolean publicProfile() {
        return jdbc.sql("SELECT public_profile FROM person WHERE id = :id").param("id", person).query(Boolean.class).single();
    }
}
