package london.loti.hub.programme;

import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The demo programme, and the overview, workstream and API that show it. */
class ProgrammeDemoIT extends IntegrationTest {

    @Test
    void the2019RoundHasTheReportsFiveExamplesBallotsFromTheFifteenCoreCouncilsAndThreeSelected() {
        assertThat(jdbc.sql("""
                SELECT p.title FROM programme_proposal p JOIN programme_round r ON r.id = p.round_id
                 WHERE r.slug = '2019-20' ORDER BY p.id LIMIT 5
                """).query(String.class).list()).containsExactly("Pan London Planning Data Initiative",
                "Public service wi-fi (GovRoam)", "Digital apprenticeship programme", "Open standards platform",
                "Connected transport and smart streets");
        assertThat(jdbc.sql("""
                SELECT p.business_case || ' ' || coalesce(CAST(p.estimated_saving AS text), '-') FROM programme_proposal p
                 WHERE p.slug IN ('pan-london-planning-data-initiative', 'public-service-wi-fi-govroam', 'connected-transport-and-smart-streets')
                 ORDER BY p.id
                """).query(String.class).list()).containsExactly("CASHABLE 6500000", "PRODUCTIVITY -", "DEVELOPMENTAL -");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM programme_ballot b JOIN programme_round r ON r.id = b.round_id WHERE r.slug = '2019-20'
                """).query(Long.class).single()).isEqualTo(15);
        assertThat(jdbc.sql("SELECT slug FROM exemplar_project WHERE start_year = 2019 ORDER BY selected_place")
                .query(String.class).list()).containsExactly("pan-london-planning-data-initiative", "public-service-wi-fi-govroam",
                "digital-apprenticeship-programme");
        assertThat(jdbc.sql("SELECT count(*) FROM project_update u JOIN exemplar_project e ON e.id = u.project_id WHERE e.start_year = 2019")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM project_benefit WHERE measured IS NOT NULL").query(Long.class).single()).isPositive();
    }

    @Test
    void theOverviewFlagsAYearWithFewerThanTwoExemplarProjects() throws Exception {
        mvc.perform(get("/programme"))
                .andExpect(content().string(matchesRegex("(?s).*year=2021-22\">2021/22</a></th>\\s*<td[^>]*>0</td>\\s*"
                        + "<td[^>]*>\\s*<strong class=\"govuk-tag govuk-tag--red\">Fewer than two exemplar projects.*")))
                .andExpect(content().string(matchesRegex("(?s).*year=2019-20\">2019/20</a></th>\\s*<td[^>]*>3</td>\\s*"
                        + "<td[^>]*>\\s*<strong class=\"govuk-tag govuk-tag--green\">At least two.*")))
                .andExpect(content().string(containsString("Hackney, Tower Hamlets")));
    }

    @Test
    void theResultsPublishTheMethodTheTieBreakAndTheFullCount() throws Exception {
        mvc.perform(get("/programme/rounds/2019-20/results"))
                .andExpect(content().string(containsString("15 of 15 Core councils voted")))
                .andExpect(content().string(containsString("Method: Ranked choice (instant-runoff)")))
                .andExpect(content().string(containsString("Place 1, round 1: Open standards platform and Connected transport and "
                        + "smart streets were level with the fewest votes (1 each).")))
                .andExpect(content().string(containsString("Place 3, round 3")));
        mvc.perform(get("/programme/rounds/2020-21/results"))
                .andExpect(content().string(containsString("Points allocation: 100 points a ballot")))
                .andExpect(content().string(containsString("630 points from 10 councils")));
    }

    @Test
    void aWorkstreamShowsItsProblemsLeadsActivitiesAndOutcomeMeasureOverTime() throws Exception {
        mvc.perform(get("/programme/workstreams/digital-leadership-skills"))
                .andExpect(content().string(containsString("Boroughs struggle to recruit skilled digital, data and tech specialists")))
                .andExpect(content().string(containsString("Senior and middle managers trained over time")))
                .andExpect(content().string(containsString("data-chart=")))
                .andExpect(content().string(containsString("Digital apprenticeship programme")));
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/docs/openapi.json"))
                .andExpect(content().string(containsString("/api/v1/programme/rounds/{round}/ballot")))
                .andExpect(content().string(containsString("/api/v1/programme/rounds/{round}/results")))
                .andExpect(content().string(containsString("/api/v1/programme/rounds/{round}/proposals")))
                .andExpect(content().string(containsString("/api/v1/programme/benefits")));
        mvc.perform(get("/api/v1/programme/workstreams")).andExpect(jsonPath("$[0].leadCouncils[0]").value("hackney"))
                .andExpect(jsonPath("$[0].outcomeMeasure.values[0].value").value(12));
        mvc.perform(get("/api/v1/programme/benefits")).andExpect(jsonPath("$.byYear[0].key").value("2020/21"));
    }
}
