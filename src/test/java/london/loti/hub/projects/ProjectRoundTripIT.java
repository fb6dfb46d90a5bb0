package london.loti.hub.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import london.loti.hub.accounts.Role;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.support.Awkward;
import london.loti.hub.support.IntegrationTest;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organisation's projects CSV imports back unchanged: generated projects (awkward text, tags, collaborators,
 * dates at the edges of the allowed years and of financial years) are added through the API, the organisation's
 * CSV is exported and imported again, the preview finds nothing to add or change — its own demo projects
 * included — and every generated project reads back through the API exactly as before, its times included.
 *
 * <p>As in {@code ContractRoundTripIT}, a Jupiter test inside Spring's test context draws values from
 * {@link Awkward} and Instancio's generators; a failure prints the project and Instancio's seed ({@code @Seed(n)}
 * repeats it).
 */
@ExtendWith(InstancioExtension.class)
class ProjectRoundTripIT extends IntegrationTest {

    static final int TRIES = 30;
    static final String ORGANISATION = "camden";
    static final List<String> OTHERS = List.of("hackney", "islington", "greenwich", "lewisham");
    static final String LINK = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_/.";

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ProjectImport imports;

    @Autowired
    JsonMapper json;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (Long id : made) {
            jdbc.sql("DELETE FROM project WHERE id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM search_document WHERE kind = 'project' AND record_id = :id").param("id", String.valueOf(id)).update();
        }
        jdbc.sql("DELETE FROM project_import WHERE file_name = 'round-trip.csv'").update();
    }

    @Test
    void anOrganisationsProjectsCsvImportsBackUnchanged() throws Exception {
        UserDetails editor = accounts.loadUserByUsername("editor@" + ORGANISATION + ".example");
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE slug = :s").param("s", ORGANISATION).query(Long.class).single();
        long account = jdbc.sql("SELECT id FROM user_account WHERE email = :e").param("e", "editor@" + ORGANISATION + ".example")
                .query(Long.class).single();
        Viewer viewer = new Viewer(account, "Editor of " + ORGANISATION, organisation, Role.EDITOR, false);
        for (int attempt = 0; attempt < TRIES; attempt++) {
            Map<String, Object> project = project();
            String because = "try " + attempt + ", project " + json.writeValueAsString(project);
            var created = mvc.perform(post("/api/v1/projects").with(user(editor)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(project))).andReturn().getResponse();
            assertThat(created.getStatus()).as(because + " → " + created.getContentAsString()).isEqualTo(201);
            long id = json.readTree(created.getContentAsString()).path("id").asLong();
            made.add(id);
            List<JsonNode> before = views();

            byte[] csv = mvc.perform(get("/projects/export.csv").param("organisation", ORGANISATION).with(user(editor)))
                    .andReturn().getResponse().getContentAsByteArray();
            var preview = imports.upload(organisation, "round-trip.csv", csv, viewer);
            assertThat(preview.errors()).as(because).isEmpty();
            assertThat(List.of(preview.creates(), preview.updates())).as(because + " → " + preview.rows()).containsExactly(0, 0);
            imports.commit(preview.importId(), viewer);
            assertThat(views()).as(because).isEqualTo(before);
        }
    }

    /** The generated projects as the API shows them to their editor. */
    private List<JsonNode> views() throws Exception {
        List<JsonNode> views = new ArrayList<>();
        UserDetails editor = accounts.loadUserByUsername("editor@" + ORGANISATION + ".example");
        for (long id : made) {
            views.add(json.readTree(mvc.perform(get("/api/v1/projects/" + id).with(user(editor))).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8)));
        }
        return views;
    }

    /** A valid project as the API takes it. */
    static Map<String, Object> project() {
        List<LocalDate> dates = new ArrayList<>();
        while (dates.size() < 2) {
            LocalDate date = Awkward.date().get();
            if (date.getYear() >= 1990 && date.getYear() <= 2100) {
                dates.add(date);
            }
        }
        dates.sort(null);
        List<String> tags = new ArrayList<>();
        for (int i = Awkward.between(0, 4); i > 0; i--) {
            String tag = Awkward.text(40, false).get();
            if (tag.toLowerCase(Locale.UK).length() <= 40) {
                tags.add(tag.replace(',', ' '));
            }
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", Awkward.text(200, true).get());
        p.put("summary", Awkward.text(5000, true).get());
        p.put("problem", Awkward.text(1000, false).get());
        p.put("users", Awkward.text(1000, false).get());
        p.put("phase", Instancio.gen().enumOf(Phase.class).get().name());
        p.put("serviceArea", Instancio.gen().enumOf(ServiceArea.class).get().name());
        p.put("tags", tags);
        p.put("collaborators", OTHERS.stream().filter(other -> Awkward.between(0, 1) == 0).toList());
        p.put("budgetBand", Awkward.orNull(30, () -> Instancio.gen().enumOf(BudgetBand.class).get().name()));
        p.put("startDate", Awkward.orNull(50, () -> dates.get(0).toString()));
        p.put("endDate", Awkward.orNull(50, () -> dates.get(1).toString()));
        for (String link : List.of("repositoryUrl", "serviceUrl", "documentationUrl")) {
            p.put(link, Awkward.orNull(40, () -> "https://www.example.gov.uk/" + Awkward.of(LINK, 0, 40)));
        }
        p.put("visibility", Instancio.gen().enumOf(Visibility.class).get().name());
        return p;
    }
}
