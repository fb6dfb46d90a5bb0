package london.loti.hub.programme;

import java.util.Map;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whole rounds, from opening to selection: one by ranked choice through the pages, one by points through the API,
 * each with a tie broken by the published rule. Rounds are opened for 2020/21, when the demo's 15 founding councils
 * are Core, as the year's second round ('2020-21-2').
 */
class RoundJourneyIT extends IntegrationTest {

    static final String ADMIN = "priya.shah@loti.example";

    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void removeTheRounds() {
        jdbc.sql("DELETE FROM programme_round WHERE slug LIKE '2020-21-%'").update();
    }

    RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        var request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    static Map<String, String> round(String method, String points, String places) {
        return Map.ofEntries(Map.entry("financialYear", "2020/21"), Map.entry("method", method),
                Map.entry("pointsPerBallot", points), Map.entry("places", places),
                Map.entry("proposalsCloseOnDay", "29"), Map.entry("proposalsCloseOnMonth", "5"), Map.entry("proposalsCloseOnYear", "2020"),
                Map.entry("votingOpensOnDay", "8"), Map.entry("votingOpensOnMonth", "6"), Map.entry("votingOpensOnYear", "2020"),
                Map.entry("votingClosesOnDay", "26"), Map.entry("votingClosesOnMonth", "6"), Map.entry("votingClosesOnYear", "2020"));
    }

    void propose(String email, String title, String businessCase) throws Exception {
        mvc.perform(post("/programme/rounds/2020-21-2/proposals/new").with(as(email)).with(csrf())
                        .param("title", title).param("problem", "Each council does this on its own.").param("workstream", "3")
                        .param("businessCase", businessCase).param("businessCaseDetail", "Less duplicated work")
                        .param("estimatedSaving", businessCase.equals("CASHABLE") ? "50,000" : "")
                        .param("estimatedCost", "80000").param("timescaleMonths", "12")
                        .param("councilsAffected", "camden", "hackney").param("principles", "2", "5"))
                .andExpect(status().is3xxRedirection());
    }

    long proposalId(String title) {
        return jdbc.sql("SELECT p.id FROM programme_proposal p JOIN programme_round r ON r.id = p.round_id "
                + "WHERE r.slug = '2020-21-2' AND p.title = :t").param("t", title).query(Long.class).single();
    }

    void rank(String council, int version, String... titles) throws Exception {
        var request = post("/programme/rounds/2020-21-2/ballot").with(as("core@" + council + ".example")).with(csrf())
                .param("version", String.valueOf(version));
        for (int i = 0; i < titles.length; i++) {
            request.param("choice-" + proposalId(titles[i]), String.valueOf(i + 1));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    long ballots(String council) {
        return jdbc.sql("""
                SELECT count(*) FROM programme_ballot b JOIN programme_round r ON r.id = b.round_id
                  JOIN organisation o ON o.id = b.organisation_id WHERE r.slug = '2020-21-2' AND o.slug = :c
                """).param("c", council).query(Long.class).single();
    }

    @Test
    void aRankedChoiceRoundRunsFromOpeningToSelectionWithATieBrokenByThePublishedRule() throws Exception {
        long auditedBefore = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
        mvc.perform(form("/programme/rounds/new", round("RANKED_CHOICE", "", "2")).with(as(ADMIN)))
                .andExpect(redirectedUrl("/programme/rounds/2020-21-2?done=opened"));

        propose("editor@camden.example", "Shared parking permits", "CASHABLE");
        propose("editor@hackney.example", "Joint room booking", "PRODUCTIVITY");
        propose("core@islington.example", "Common FOI platform", "DEVELOPMENTAL");
        assertThat(jdbc.sql("SELECT estimated_saving FROM programme_proposal WHERE title = 'Shared parking permits'")
                .query(Long.class).single()).isEqualTo(5_000_000L);

        mvc.perform(post("/programme/rounds/2020-21-2/open-voting").with(as(ADMIN)).with(csrf()))
                .andExpect(content().string(containsString("Shortlist at least 2 proposals before voting opens: 0 are shortlisted")));
        for (String slug : new String[] {"shared-parking-permits", "joint-room-booking", "common-foi-platform"}) {
            mvc.perform(post("/programme/rounds/2020-21-2/proposals/" + slug + "/shortlist").with(as(ADMIN)).with(csrf())
                    .param("shortlisted", "true")).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/programme/rounds/2020-21-2/open-voting").with(as(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/programme/rounds/2020-21-2?done=voting"));
        mvc.perform(post("/programme/rounds/2020-21-2/proposals/new").with(as("editor@camden.example")).with(csrf())
                .param("title", "Too late")).andExpect(content().string(containsString("is no longer taking proposals")));

        // Camden first ranks only the FOI platform, then changes its ballot: still one ballot, now version 2.
        rank("camden", 0, "Common FOI platform");
        rank("camden", 1, "Shared parking permits");
        rank("hackney", 0, "Joint room booking");
        rank("islington", 0, "Common FOI platform", "Shared parking permits");
        rank("lambeth", 0, "Joint room booking");
        assertThat(ballots("camden")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT version FROM programme_ballot b JOIN organisation o ON o.id = b.organisation_id "
                + "JOIN programme_round r ON r.id = b.round_id WHERE r.slug = '2020-21-2' AND o.slug = 'camden'")
                .query(Integer.class).single()).isEqualTo(2);

        // Each council sees its own ballot; the LOTI team sees turnout only.
        mvc.perform(get("/programme/rounds/2020-21-2/ballot").with(as("core@hackney.example")))
                .andExpect(content().string(containsString("Hackney's ballot")))
                .andExpect(content().string(not(containsString("Camden's ballot"))));
        mvc.perform(get("/programme/rounds/2020-21-2").with(as(ADMIN)))
                .andExpect(content().string(containsString("Turnout: 4 of 15 Core councils have voted")));
        mvc.perform(get("/programme/rounds/2020-21-2/results"))
                .andExpect(content().string(containsString("The results are published when the round closes")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE kind = 'programme-ballot' AND record_id LIKE '2020-21-2/%' "
                + "AND id > :before").param("before", auditedBefore).query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE kind = 'programme-ballot' AND record_id LIKE '2020-21-2/%' "
                + "AND (after_value::text LIKE '%FOI%' OR after_value::text LIKE '%parking%')").query(Long.class).single()).isZero();

        mvc.perform(post("/programme/rounds/2020-21-2/close").with(as(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/programme/rounds/2020-21-2/results?closed"));

        // Round 1: parking 1, booking 2, FOI 1: parking and FOI level with no earlier round, FOI (submitted later) out;
        // Islington's ballot passes to parking. Round 2: parking 2, booking 2: in round 1 parking had fewer, so it is out.
        mvc.perform(get("/programme/rounds/2020-21-2/results"))
                .andExpect(content().string(containsString("4 of 15 Core councils voted")))
                .andExpect(content().string(containsString("Place 1, round 1: Shared parking permits and Common FOI platform were "
                        + "level with the fewest votes (1 each). There is no earlier round to compare. So Common FOI platform, "
                        + "submitted later, was eliminated.")))
                .andExpect(content().string(containsString("Place 1, round 2: Shared parking permits and Joint room booking were "
                        + "level with the fewest votes (2 each). In round 1 they had Shared parking permits 1, Joint room booking 2.")))
                .andExpect(content().string(containsString("Exhausted ballots")))
                .andExpect(content().string(containsString(VotingMethod.RANKED_CHOICE.tieBreak())));
        assertThat(jdbc.sql("""
                SELECT e.slug FROM exemplar_project e JOIN programme_proposal p ON p.id = e.proposal_id
                  JOIN programme_round r ON r.id = p.round_id WHERE r.slug = '2020-21-2' ORDER BY e.selected_place
                """).query(String.class).list()).containsExactly("joint-room-booking", "shared-parking-permits");
        mvc.perform(get("/programme/projects/joint-room-booking"))
                .andExpect(content().string(containsString("Selected in the 2020/21 round 2; discovery is starting")));

        // After the close: a ballot is refused and nothing changes.
        mvc.perform(post("/programme/rounds/2020-21-2/ballot").with(as("core@hackney.example")).with(csrf())
                        .param("version", "1").param("choice-" + proposalId("Common FOI platform"), "1"))
                .andExpect(content().string(containsString("has closed: ballots can no longer be cast or changed")));
        assertThat(jdbc.sql("""
                SELECT c.proposal_id FROM ballot_choice c JOIN programme_ballot b ON b.id = c.ballot_id
                  JOIN organisation o ON o.id = b.organisation_id JOIN programme_round r ON r.id = b.round_id
                 WHERE r.slug = '2020-21-2' AND o.slug = 'hackney'
                """).query(Long.class).list()).containsExactly(proposalId("Joint room booking"));
    }

    @Test
    void aPointsRoundRunsThroughTheApiWithATieBrokenByThePublishedRule() throws Exception {
        mvc.perform(post("/api/v1/programme/rounds").with(as(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"financialYear": "2020/21", "method": "POINTS", "pointsPerBallot": "10", "places": "2",
                                 "proposalsCloseOn": "2020-05-29", "votingOpensOn": "2020-06-08", "votingClosesOn": "2020-06-26"}
                                """))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.slug").value("2020-21-2"))
                .andExpect(jsonPath("$.pointsPerBallot").value(10));
        String[][] proposals = {{"editor@camden.example", "Shared parking permits"}, {"editor@hackney.example", "Joint room booking"},
                {"editor@islington.example", "Common FOI platform"}};
        for (String[] p : proposals) {
            mvc.perform(post("/api/v1/programme/rounds/2020-21-2/proposals").with(as(p[0])).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"title": "%s", "problem": "Each council does this alone.", "workstream": "3",
                                     "businessCase": "PRODUCTIVITY", "businessCaseDetail": "Less duplicated work",
                                     "estimatedCost": "80,000", "timescaleMonths": "6", "councilsAffected": ["camden"],
                                     "principles": ["5"]}
                                    """.formatted(p[1])))
                    .andExpect(status().isCreated());
            String slug = Slugs.unique(p[1], s -> false);
            mvc.perform(post("/api/v1/programme/rounds/2020-21-2/proposals/" + slug + "/shortlist").with(as(ADMIN)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"shortlisted\": true}"))
                    .andExpect(jsonPath("$.shortlisted").value(true));
        }
        mvc.perform(post("/api/v1/programme/rounds/2020-21-2/open-voting").with(as(ADMIN)).with(csrf()))
                .andExpect(jsonPath("$.status").value("VOTING"));

        vote("camden", "POST", "{\"points\": {\"common-foi-platform\": 10}}").andExpect(status().isCreated());
        vote("hackney", "POST", "{\"points\": {\"shared-parking-permits\": 5, \"joint-room-booking\": 5}}").andExpect(status().isCreated());
        vote("islington", "POST", "{\"points\": {\"shared-parking-permits\": 10}}").andExpect(status().isCreated());
        // Islington changes its mind: the same ballot, changed.
        vote("islington", "PUT", "{\"points\": {\"shared-parking-permits\": 5, \"joint-room-booking\": 5}}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.points['joint-room-booking']").value(5));
        mvc.perform(get("/api/v1/programme/rounds/2020-21-2/ballot").with(as("core@camden.example")))
                .andExpect(jsonPath("$.council").value("camden")).andExpect(jsonPath("$.points['common-foi-platform']").value(10));
        mvc.perform(get("/api/v1/programme/rounds/2020-21-2").with(as("core@camden.example")))
                .andExpect(jsonPath("$.ballotsCast").doesNotExist());
        mvc.perform(get("/api/v1/programme/rounds/2020-21-2").with(as(ADMIN))).andExpect(jsonPath("$.ballotsCast").value(3));

        mvc.perform(post("/api/v1/programme/rounds/2020-21-2/close").with(as(ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranking[0].proposal").value("shared-parking-permits"))
                .andExpect(jsonPath("$.ranking[1].proposal").value("joint-room-booking"))
                .andExpect(jsonPath("$.ranking[2].proposal").value("common-foi-platform"))
                .andExpect(jsonPath("$.ranking[1].selected").value(true))
                .andExpect(jsonPath("$.ranking[2].selected").value(false))
                .andExpect(jsonPath("$.tieBreaks[0]").value("Shared parking permits and Joint room booking both have 10 points "
                        + "from 2 councils each. Shared parking permits was submitted earlier, so it is placed higher."))
                .andExpect(jsonPath("$.tieBreaks[1]").value("Joint room booking and Common FOI platform both have 10 points. "
                        + "Joint room booking is placed higher because 2 councils gave it points, against 1 for Common FOI platform."))
                .andExpect(jsonPath("$.tieBreakRule").value(VotingMethod.POINTS.tieBreak()));
        mvc.perform(get("/api/v1/programme/rounds/2020-21-2/results")).andExpect(jsonPath("$.ballots").value(3))
                .andExpect(jsonPath("$.count[0].tallies[0].votes").value(10));
        mvc.perform(get("/programme/rounds/2020-21-2/results"))
                .andExpect(content().string(containsString("Councils giving points")));
        vote("hackney", "PUT", "{\"points\": {\"common-foi-platform\": 10}}").andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].message").value("The 2020/21 round 2 has closed: ballots can no longer be cast or changed"));
    }

    org.springframework.test.web.servlet.ResultActions vote(String council, String method, String json) throws Exception {
        var request = method.equals("PUT") ? put("/api/v1/programme/rounds/2020-21-2/ballot")
                : post("/api/v1/programme/rounds/2020-21-2/ballot");
        return mvc.perform(request.with(as("core@" + council + ".example")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
