package london.loti.hub.projects;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.search.Search;
import london.loti.hub.support.Browserless;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.support.Users;
import london.loti.hub.web.Paging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProjectsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Projects projects;

    @Autowired
    Search search;

    @Autowired
    JsonMapper json;

    ProjectFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ProjectFixtures(jdbc, projects);
    }

    @AfterEach
    void clean() {
        fixtures.removeAll();
        jdbc.sql("DELETE FROM api_token WHERE name = 'Projects IT'").update();
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        fields.forEach(request::param);
        return request.with(csrf());
    }

    private static Map<String, String> fields(String title) {
        return Map.ofEntries(Map.entry("title", title), Map.entry("summary", "Tenants book repairs online."),
                Map.entry("phase", "ALPHA"), Map.entry("serviceArea", "HOUSING"), Map.entry("tags", "repairs, tenants"),
                Map.entry("collaborators", "hackney"), Map.entry("startDateDay", "1"), Map.entry("startDateMonth", "4"),
                Map.entry("startDateYear", "2024"), Map.entry("repositoryUrl", "https://code.camden.example/repairs"),
                Map.entry("visibility", "PUBLIC"));
    }

    private static Map<String, String> with(Map<String, String> fields, String field, String value) {
        var changed = new java.util.HashMap<>(fields);
        changed.put(field, value);
        return changed;
    }

    @Test
    void anEditorAddsAProjectThatTheRegisterAndSearchShowAtOnce() throws Exception {
        var result = mvc.perform(form(post("/projects/new"), fields("Repairs scheduling kiosk"))
                        .with(Users.EDITOR.as(accounts)))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/projects/*?done=created")).andReturn();
        fixtures.trackTitled("Repairs scheduling kiosk");
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D+(\\d+)\\D.*", "$1"));
        mvc.perform(get("/projects/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Repairs scheduling kiosk")))
                .andExpect(content().string(containsString("Hackney")))
                .andExpect(content().string(containsString("1 April 2024")));
        mvc.perform(get("/projects").param("organisation", "hackney").param("phase", "alpha"))
                .andExpect(content().string(containsString("Repairs scheduling kiosk")));
        var hits = search.search(Search.Query.of("scheduling kiosk"), Viewer.VISITOR, Paging.of(null, null, 20));
        assertThat(hits.hits().items()).extracting(Search.Hit::url).contains("/projects/" + id);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE kind = 'project' AND record_id = :id AND action = 'created'")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        var owner = jdbc.sql("SELECT p.email FROM project x JOIN person p ON p.id = x.owner_person_id WHERE x.id = :id")
                .param("id", id).query(String.class).single();
        assertThat(owner).isEqualTo("editor@camden.example");
    }

    @Test
    void badInputIsRefusedClearlyAndNothingIsSaved() throws Exception {
        long before = fixtures.count();
        var cases = Map.of(
                "Enter a title", with(fields("x"), "title", "  "),
                "Code repository link must start with http:// or https://", with(fields("Bad link project"), "repositoryUrl", "javascript:alert(document.cookie)"),
                "Summary must be 5,000 characters or fewer", with(fields("Long summary project"), "summary", "a".repeat(5_001)),
                "Phase must be one of idea, discovery, alpha, beta, live or retired", with(fields("Odd phase project"), "phase", "gamma"),
                "End date must be the same as or after the start date", with(with(with(with(fields("Backwards project"), "endDateDay", "1"), "endDateMonth", "1"), "endDateYear", "2024"), "startDateYear", "2024"));
        for (var c : cases.entrySet()) {
            mvc.perform(form(post("/projects/new"), c.getValue()).with(Users.EDITOR.as(accounts)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<title>Error: Add a project – LOTI Hub</title>")))
                    .andExpect(content().string(containsString(c.getKey())));
        }
        mvc.perform(form(post("/projects/new"), with(fields("Huge summary project"), "summary", "a".repeat(10 * 1024 * 1024)))
                        .with(Users.EDITOR.as(accounts)).accept("text/html"))
                .andExpect(status().isBadRequest())
                .andExpect(status().reason(containsString("'summary'")));
        assertThat(fixtures.count()).isEqualTo(before);
    }

    @Test
    void aTenMegabyteFormIsRefusedBeforeItIsReadAndNothingIsSaved() {
        long before = fixtures.count();
        Browserless editor = new Browserless(port);
        editor.signIn("editor@camden.example", demoPassword());
        editor.get("/projects/new");
        var page = editor.post("/projects/new", with(fields("Huge project"), "summary", "a".repeat(10 * 1024 * 1024)));
        assertThat(page.status()).isEqualTo(413);
        assertThat(page.body()).contains("What you sent is too long", "nothing was saved");
        assertThat(fixtures.count()).isEqualTo(before);
        jdbc.sql("DELETE FROM sign_in_failure").update();
    }

    @Test
    void anEditorOfAnotherCouncilCanNeverChangeAProject() throws Exception {
        long id = fixtures.create("Camden only changes", "PUBLIC");
        for (String path : new String[] {"/projects/" + id + "/edit", "/projects/" + id + "/updates/new", "/projects/" + id + "/close",
                "/projects/" + id + "/assets/new"}) {
            mvc.perform(form(post(path), with(fields("Hijacked"), "update", "Hijacked")).param("kind", "CODE")
                    .param("url", "https://x.example").with(Users.OTHER_EDITOR.as(accounts))).andExpect(status().isForbidden());
        }
        mvc.perform(put("/api/v1/projects/" + id).with(Users.OTHER_EDITOR.as(accounts)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Hijacked\"}")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT title || phase FROM project WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Camden only changesBETA");
        assertThat(jdbc.sql("SELECT count(*) FROM project_activity WHERE project_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void organisationOnlyProjectsAreInvisibleToEveryoneOutsideTheOrganisation() throws Exception {
        long id = fixtures.create("Secret zymurgy programme", "ORGANISATION");
        projects.postUpdate(id, "Zymurgy update", fixtures.viewer("editor@camden.example"));
        for (Users outsider : new Users[] {Users.VISITOR, Users.OTHER_EDITOR}) {
            mvc.perform(get("/projects").param("organisation", "camden").param("sort", "newest").with(outsider.as(accounts)))
                    .andExpect(content().string(not(containsString("zymurgy"))));
            mvc.perform(get("/projects/" + id).with(outsider.as(accounts))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/projects/" + id).with(outsider.as(accounts))).andExpect(status().isNotFound());
            mvc.perform(get("/projects/export.csv").with(outsider.as(accounts))).andExpect(content().string(not(containsString("zymurgy"))));
            mvc.perform(get("/projects/activity").with(outsider.as(accounts))).andExpect(content().string(not(containsString("zymurgy"))));
            mvc.perform(get("/search").param("q", "zymurgy").with(outsider.as(accounts)))
                    .andExpect(content().string(not(containsString("zymurgy programme"))))
                    .andExpect(content().string(not(containsString("/projects/" + id + "\""))));
        }
        mvc.perform(get("/projects/" + id).with(Users.MEMBER.as(accounts))).andExpect(status().isOk());
        mvc.perform(get("/search").param("q", "zymurgy").with(Users.MEMBER.as(accounts)))
                .andExpect(content().string(containsString("Secret zymurgy programme")));
        mvc.perform(get("/projects/activity").with(Users.MEMBER.as(accounts))).andExpect(content().string(containsString("Zymurgy update")));
    }

    @Test
    void filteringByPhaseNarrowsTheList() throws Exception {
        var all = json.readTree(mvc.perform(get("/api/v1/projects")).andReturn().getResponse().getContentAsString());
        var live = json.readTree(mvc.perform(get("/api/v1/projects").param("phase", "live").param("size", "100"))
                .andReturn().getResponse().getContentAsString());
        assertThat(live.get("totalItems").asLong()).isPositive().isLessThan(all.get("totalItems").asLong());
        live.get("items").forEach(item -> assertThat(item.get("phase").asString()).isEqualTo("LIVE"));
        mvc.perform(get("/projects").param("phase", "live")).andExpect(status().isOk())
                .andExpect(content().string(containsString("of " + live.get("totalItems").asLong() + " projects")));
        mvc.perform(get("/projects").param("phase", "gamma").accept("text/html")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/projects").param("serviceArea", "castles")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("serviceArea"));
    }

    @Test
    void anOrganisationsApiTokenAddsChangesAndUpdatesItsProjects() throws Exception {
        String token = "loti_projects_it_" + System.nanoTime();
        jdbc.sql("INSERT INTO api_token (organisation_id, name, token_hash, token_prefix) VALUES (:o, 'Projects IT', :h, 'loti_proj')")
                .param("o", fixtures.organisation("camden"))
                .param("h", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))))
                .update();
        String body = """
                {"title": "Token-made register entry", "summary": "Made through the API.", "phase": "discovery",
                 "serviceArea": "PLANNING", "tags": ["api", "planning"], "visibility": "MEMBERS", "startDate": "2025-01-01"}
                """;
        var created = mvc.perform(post("/api/v1/projects").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().string("Location", containsString("/api/v1/projects/")))
                .andExpect(jsonPath("$.organisation").value("camden")).andExpect(jsonPath("$.phase").value("DISCOVERY"))
                .andReturn();
        long id = json.readTree(created.getResponse().getContentAsString()).get("id").asLong();
        fixtures.track(id);
        mvc.perform(put("/api/v1/projects/" + id).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("discovery", "alpha")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phase").value("ALPHA"));
        mvc.perform(post("/api/v1/projects/" + id + "/updates").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Alpha started with two estates.\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$[0].text").value("Alpha started with two estates."))
                .andExpect(jsonPath("$[1].kind").value("PHASE"));

        long before = fixtures.count();
        mvc.perform(post("/api/v1/projects").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"startDate\"", "\"repositoryUrl\": \"javascript:alert(1)\", \"startDate\"")
                                .replace("discovery", "gamma").replace("Token-made register entry", "")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Enter a title"))
                .andExpect(jsonPath("$.errors[?(@.field == 'phase')].message").value("Phase must be one of idea, discovery, alpha, beta, live or retired"))
                .andExpect(jsonPath("$.errors[?(@.field == 'repositoryUrl')].message").value("Code repository link must start with http:// or https://"));
        mvc.perform(post("/api/v1/projects").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Made through the API.", "a".repeat(10 * 1024 * 1024))))
                .andExpect(status().is(413)).andExpect(jsonPath("$.detail").value(containsString("Nothing was saved")));
        assertThat(fixtures.count()).isEqualTo(before);
        mvc.perform(put("/api/v1/projects/3").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT title FROM project WHERE id = 3").query(String.class).single()).isEqualTo("Digital apprenticeship programme");
    }
}
