package london.loti.hub.projects;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProjectCsvIT extends IntegrationTest {

    private static final String HEADER = "id,title,summary,phase,service_area,visibility,tags,owner_email,collaborators,start_date\n";

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Projects projects;

    @Autowired
    JsonMapper json;

    ProjectFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ProjectFixtures(jdbc, projects);
    }

    @AfterEach
    void clean() {
        fixtures.trackTitled("CSV IT parking permits");
        fixtures.trackTitled("CSV IT waste rounds");
        fixtures.trackTitled("CSV IT renamed");
        fixtures.removeAll();
        jdbc.sql("DELETE FROM project_import").update();
    }

    /** Uploads a file as Camden's editor and returns the preview page. */
    private String upload(String csv) throws Exception {
        var response = mvc.perform(multipart("/projects/import")
                        .file(new MockMultipartFile("file", "projects.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(Users.EDITOR.as(accounts)).with(csrf()))
                .andReturn().getResponse();
        if (response.getStatus() != 302) {
            return response.getContentAsString();
        }
        return mvc.perform(get(response.getRedirectedUrl()).with(Users.EDITOR.as(accounts)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String commit(String preview) throws Exception {
        String id = preview.replaceAll("(?s).*action=\"/projects/import/(\\d+)\".*", "$1");
        return mvc.perform(post("/projects/import/" + id).with(Users.EDITOR.as(accounts)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsSaved() throws Exception {
        long before = fixtures.count();
        String preview = upload(HEADER
                + ",CSV IT parking permits,Permits online,beta,TRANSPORT,public,\"parking, permits\",editor@camden.example,hackney,2024-04-01\n"
                + ",,No title here,beta,TRANSPORT,public,,,,\n"
                + ",CSV IT waste rounds,Rounds,gamma,WASTE,public,,,,\n"
                + ",CSV IT link,Summary,live,WASTE,public,,nobody@camden.example,narnia,31/02/2024\n");
        assertThat(preview).contains("<title>Error: Check the import – LOTI Hub</title>", "Line 3: Enter a title",
                "Line 4: Phase must be one of idea, discovery, alpha, beta, live or retired",
                "Line 5: Owner must be someone at Camden with an account",
                "Line 5: Collaborating organisations must be organisations in LOTI Hub",
                "Line 5: Start date must be a real date", "1 project to add")
                .doesNotContain("type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Import");
        assertThat(fixtures.count()).isEqualTo(before);
    }

    @Test
    void aFileWithoutARequiredColumnOrWithAQuoteLeftOpenIsRefused() throws Exception {
        assertThat(upload("title,summary,service_area,visibility\nA,B,HOUSING,public\n"))
                .contains("Line 1: the file has no ‘phase’ column");
        assertThat(upload(HEADER + ",CSV IT parking permits,Fine,beta,TRANSPORT,public,,,,\n"
                + ",CSV IT waste rounds,\"Never closed,beta,WASTE,public,,,,\n"))
                .contains("Line 3: a quoted value starts on this line but its closing quote is missing");
        assertThat(upload("\u0000\u0001binary")).contains("Line 1: the file has no ‘title’ column");
        mvc.perform(multipart("/projects/import")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", new byte[] {(byte) 0xC3, (byte) 0x28}))
                        .with(Users.EDITOR.as(accounts)).with(csrf()))
                .andExpect(content().string(containsString("The file must be a CSV file saved as UTF-8")));
        assertThat(jdbc.sql("SELECT count(*) FROM project WHERE title LIKE 'CSV IT%'").query(Long.class).single()).isZero();
    }

    @Test
    void aGoodFileIsPreviewedThenImportedWhole() throws Exception {
        String preview = upload(HEADER
                + ",CSV IT parking permits,Permits online,beta,TRANSPORT,public,\"parking, permits\",editor@camden.example,hackney,2024-04-01\n"
                + ",CSV IT waste rounds,\"Rounds, planned\nweekly\",live,Waste and recycling,members,,,,1/4/2024\n");
        assertThat(preview).contains("2 projects to add, 0 to change", "Import 2 projects");
        assertThat(commit(preview)).contains("Projects imported", "2 added, 0 changed");
        assertThat(jdbc.sql("SELECT summary FROM project WHERE title = 'CSV IT waste rounds'").query(String.class).single())
                .isEqualTo("Rounds, planned\nweekly");
        long id = jdbc.sql("SELECT id FROM project WHERE title = 'CSV IT parking permits'").query(Long.class).single();
        String changed = upload(HEADER + id + ",CSV IT renamed,Permits online,live,TRANSPORT,public,,,,\n");
        assertThat(changed).contains("0 projects to add, 1 to change", "Change project " + id);
        commit(changed);
        assertThat(jdbc.sql("SELECT title || ' ' || phase FROM project WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("CSV IT renamed LIVE");
    }

    @Test
    void theImportIsAllOrNothingWhenARowGoesBadBeforeItIsCommitted() throws Exception {
        long doomed = fixtures.create("CSV IT doomed", "PUBLIC");
        String preview = upload(HEADER
                + ",CSV IT parking permits,Permits online,beta,TRANSPORT,public,,,,\n"
                + doomed + ",CSV IT doomed,Changed,beta,TRANSPORT,public,,,,\n");
        assertThat(preview).contains("1 project to add, 1 to change");
        jdbc.sql("DELETE FROM project WHERE id = :id").param("id", doomed).update();
        String result = commit(preview);
        assertThat(result).contains("Nothing was imported", "Line 3: there is no project " + doomed + " of Camden to change");
        assertThat(jdbc.sql("SELECT count(*) FROM project WHERE title = 'CSV IT parking permits'").query(Long.class).single()).isZero();
    }

    @Test
    void anEditorOfAnotherCouncilCannotImportIntoThisOnesRegister() throws Exception {
        mvc.perform(multipart("/projects/import").param("organisation", "camden")
                        .file(new MockMultipartFile("file", "p.csv", "text/csv", (HEADER + ",CSV IT parking permits,S,beta,TRANSPORT,public,,,,\n").getBytes()))
                        .with(Users.OTHER_EDITOR.as(accounts)).with(csrf()))
                .andExpect(status().isFound());
        // The organisation field is for admins only: Hackney's editor imported into Hackney, never Camden.
        assertThat(jdbc.sql("SELECT organisation_id FROM project_import ORDER BY id DESC LIMIT 1").query(Long.class).single())
                .isEqualTo(fixtures.organisation("hackney"));
        String id = String.valueOf(jdbc.sql("SELECT id FROM project_import ORDER BY id DESC LIMIT 1").query(Long.class).single());
        mvc.perform(post("/projects/import/" + id).with(Users.EDITOR.as(accounts)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theExportHoldsExactlyTheFilteredList() throws Exception {
        String csv = mvc.perform(get("/projects/export.csv").param("phase", "live").param("serviceArea", "HOUSING"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", ProjectCsv.EXPORT));
        var parsed = ProjectCsv.parse(csv);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("phase")).isEqualTo("LIVE");
            assertThat(row.get("service_area")).isEqualTo("HOUSING");
            assertThat(row.get("visibility")).isEqualTo("PUBLIC");
        });
        long total = json.readTree(mvc.perform(get("/api/v1/projects").param("phase", "live").param("serviceArea", "HOUSING"))
                .andReturn().getResponse().getContentAsString()).get("totalItems").asLong();
        assertThat(parsed.rows()).hasSize((int) total);
        mvc.perform(get("/projects/export.csv").param("phase", "live").with(Users.MEMBER.as(accounts)))
                .andExpect(content().string(not(containsString("ORGANISATION,hackney"))));
    }
}
