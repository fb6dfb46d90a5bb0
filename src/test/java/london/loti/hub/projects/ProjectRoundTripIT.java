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
import java.util.Map;
import london.loti.hub.accounts.Role;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.support.Awkward;
import london.loti.hub.support.IntegrationTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * <p>As in {@code ContractRoundTripIT}, a Jupiter test draws from jqwik's generators with
 * {@link Arbitrary#sample()}, inside Spring's test context, rather than running as a jqwik property.
 */
class ProjectRoundTripIT extends IntegrationTest {

    static final int TRIES = 30;
    static final String ORGANISATION = "camden";
    static final List<String> OTHERS = List.of("hackney", "islington", "greenwich", "lewisham");

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
            Map<String, Object> project = project().sample();
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
    static Arbitrary<Map<String, Object>> project() {
        Arbitrary<LocalDate> date = Awkward.date().filter(d -> d.getYear() >= 1990 && d.getYear() <= 2100);
        Arbitrary<String> link = Arbitraries.strings().alpha().numeric().withChars('-', '_', '/', '.').ofMaxLength(40)
                .map(path -> "https://www.example.gov.uk/" + path).injectNull(0.4);
        return Combinators.combine(List.<Arbitrary<Object>>of(
                Awkward.text(200, true).map(Object.class::cast),
                Awkward.text(5000, true).map(Object.class::cast),
                Awkward.text(1000, false).map(Object.class::cast),
                Awkward.text(1000, false).map(Object.class::cast),
                Arbitraries.of(Phase.class).map(p -> (Object) p.name()),
                Arbitraries.of(ServiceArea.class).map(a -> (Object) a.name()),
                Awkward.text(40, false).filter(tag -> tag.toLowerCase(java.util.Locale.UK).length() <= 40).list().ofMaxSize(4)
                        .map(Object.class::cast),
                Arbitraries.subsetOf(OTHERS).map(s -> (Object) List.copyOf(s)),
                Arbitraries.of(BudgetBand.class).map(b -> (Object) b.name()).injectNull(0.3),
                date.list().ofSize(2).map(Object.class::cast),
                Arbitraries.integers().between(0, 3).map(Object.class::cast),
                link.list().ofSize(3).map(Object.class::cast),
                Arbitraries.of(Visibility.class).map(v -> (Object) v.name()))).as(ProjectRoundTripIT::input);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> input(List<Object> v) {
        List<LocalDate> dates = new ArrayList<>((List<LocalDate>) v.get(9));
        dates.sort(null);
        int absent = (Integer) v.get(10);
        List<String> links = (List<String>) v.get(11);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", v.get(0));
        p.put("summary", v.get(1));
        p.put("problem", v.get(2));
        p.put("users", v.get(3));
        p.put("phase", v.get(4));
        p.put("serviceArea", v.get(5));
        p.put("tags", ((List<String>) v.get(6)).stream().map(tag -> tag.replace(',', ' ')).toList());
        p.put("collaborators", v.get(7));
        p.put("budgetBand", v.get(8));
        p.put("startDate", (absent & 1) != 0 ? null : dates.get(0).toString());
        p.put("endDate", (absent & 2) != 0 ? null : dates.get(1).toString());
        p.put("repositoryUrl", links.get(0));
        p.put("serviceUrl", links.get(1));
        p.put("documentationUrl", links.get(2));
        p.put("visibility", v.get(12));
        return p;
    }
}
