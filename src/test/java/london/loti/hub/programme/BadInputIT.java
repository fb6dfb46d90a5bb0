package london.loti.hub.programme;

import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bad input, each refused with a clear message and nothing saved: a ballot after the round closed, a
 * second ballot from the same council, points that do not add up to the allowance, a proposal without a business
 * case, a negative saving; and a council that is not Core cannot propose or vote.
 */
class BadInputIT extends IntegrationTest {

    @Autowired
    UserDetailsService accounts;

    Fixtures fixtures;
    long points;
    long parking;
    long booking;

    @BeforeEach
    void aRoundVotingByPointsAndOneTakingProposals() {
        fixtures = new Fixtures(jdbc);
        points = fixtures.round("2020-21-5", 2020, "POINTS", 10, "VOTING");
        parking = fixtures.proposal(points, "test-parking", "camden", "Test parking");
        booking = fixtures.proposal(points, "test-booking", "hackney", "Test booking");
        fixtures.round("2020-21-6", 2020, "RANKED_CHOICE", null, "PROPOSALS");
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("DELETE FROM programme_round WHERE slug IN ('2020-21-5', '2020-21-6', '2023-24')").update();
    }

    RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    long ballots() {
        return fixtures.count("SELECT count(*) FROM programme_ballot b JOIN programme_round r ON r.id = b.round_id "
                + "WHERE r.slug = '2020-21-5'");
    }

    long proposals() {
        return fixtures.count("SELECT count(*) FROM programme_proposal p JOIN programme_round r ON r.id = p.round_id "
                + "WHERE r.slug = '2020-21-6'");
    }

    @Test
    void pointsThatDoNotAddUpToTheAllowanceAreRefused() throws Exception {
        mvc.perform(post("/programme/rounds/2020-21-5/ballot").with(as("core@camden.example")).with(csrf())
                        .param("version", "0").param("choice-" + parking, "6").param("choice-" + booking, "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Camden's ballot")))
                .andExpect(content().string(containsString("href=\"#choice-" + parking + "\">Points must add up to 10: these add up to 9")))
                .andExpect(content().string(containsString("value=\"6\"")));
        mvc.perform(post("/api/v1/programme/rounds/2020-21-5/ballot").with(as("core@camden.example")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\": {\"test-parking\": 6, \"test-booking\": 5}}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("points"))
                .andExpect(jsonPath("$.errors[0].message").value("Points must add up to 10: these add up to 11"));
        mvc.perform(post("/programme/rounds/2020-21-5/ballot").with(as("core@camden.example")).with(csrf())
                        .param("version", "0").param("choice-" + parking, "12").param("choice-" + booking, "-2"))
                .andExpect(content().string(containsString("Points must be 0 or more")));
        assertThat(ballots()).isZero();
    }

    @Test
    void aSecondBallotFromTheSameCouncilIsRefusedAndItsOneBallotIsKept() throws Exception {
        mvc.perform(post("/programme/rounds/2020-21-5/ballot").with(as("core@camden.example")).with(csrf())
                .param("version", "0").param("choice-" + parking, "10")).andExpect(status().is3xxRedirection());
        // A second 'new' ballot (a form opened before the first was cast) does not replace or add to it.
        mvc.perform(post("/programme/rounds/2020-21-5/ballot").with(as("core@camden.example")).with(csrf())
                        .param("version", "0").param("choice-" + booking, "10"))
                .andExpect(content().string(containsString("Camden has already cast its ballot in this round, so a second was not saved")));
        mvc.perform(post("/api/v1/programme/rounds/2020-21-5/ballot").with(as("core@camden.example")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\": {\"test-booking\": 10}}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("ballot"));
        assertThat(ballots()).isEqualTo(1);
        assertThat(fixtures.count("SELECT sum(points) FROM ballot_choice WHERE proposal_id = " + parking)).isEqualTo(10);
        assertThat(fixtures.count("SELECT count(*) FROM ballot_choice WHERE proposal_id = " + booking)).isZero();
        // Changing the council's own ballot is allowed, in place.
        mvc.perform(post("/programme/rounds/2020-21-5/ballot").with(as("core@camden.example")).with(csrf())
                .param("version", "1").param("choice-" + booking, "10")).andExpect(status().is3xxRedirection());
        assertThat(ballots()).isEqualTo(1);
        assertThat(fixtures.count("SELECT count(*) FROM ballot_choice WHERE proposal_id = " + booking)).isEqualTo(1);
        // A change made from a page opened before someone else's change is refused.
        mvc.perform(post("/programme/rounds/2020-21-5/ballot").with(as("core@camden.example")).with(csrf())
                        .param("version", "1").param("choice-" + parking, "10"))
                .andExpect(content().string(containsString("ballot was changed by")));
        assertThat(fixtures.count("SELECT count(*) FROM ballot_choice WHERE proposal_id = " + parking)).isZero();
    }

    @Test
    void aBallotAfterTheRoundClosedIsRefused() throws Exception {
        jdbc.sql("UPDATE programme_round SET status = 'CLOSED' WHERE slug = '2020-21-5'").update();
        mvc.perform(post("/programme/rounds/2020-21-5/ballot").with(as("core@camden.example")).with(csrf())
                        .param("version", "0").param("choice-" + parking, "10"))
                .andExpect(content().string(containsString("The 2020/21 round 5 has closed: ballots can no longer be cast or changed")));
        mvc.perform(post("/api/v1/programme/rounds/2020-21-5/ballot").with(as("core@camden.example")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\": {\"test-parking\": 10}}"))
                .andExpect(status().is(422));
        assertThat(ballots()).isZero();
    }

    @Test
    void aProposalWithoutABusinessCaseIsRefused() throws Exception {
        mvc.perform(post("/programme/rounds/2020-21-6/proposals/new").with(as("editor@camden.example")).with(csrf())
                        .param("title", "No case").param("problem", "A problem").param("workstream", "2")
                        .param("estimatedCost", "1000").param("timescaleMonths", "6").param("councilsAffected", "camden")
                        .param("principles", "1"))
                .andExpect(content().string(containsString("<title>Error: Propose an exemplar project")))
                .andExpect(content().string(containsString("href=\"#businessCase\">Select the kind of business case")))
                .andExpect(content().string(containsString("href=\"#businessCaseDetail\">Enter the business case")));
        mvc.perform(post("/api/v1/programme/rounds/2020-21-6/proposals").with(as("editor@camden.example")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "No case", "problem": "A problem", "workstream": "2", "estimatedCost": "1000",
                                 "timescaleMonths": "6", "councilsAffected": ["camden"], "principles": ["1"]}
                                """))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("businessCase"));
        assertThat(proposals()).isZero();
    }

    @Test
    void aNegativeSavingIsRefused() throws Exception {
        mvc.perform(post("/programme/rounds/2020-21-6/proposals/new").with(as("editor@camden.example")).with(csrf())
                        .param("title", "Negative").param("problem", "A problem").param("workstream", "2")
                        .param("businessCase", "CASHABLE").param("businessCaseDetail", "Savings").param("estimatedSaving", "-50,000")
                        .param("estimatedCost", "1000").param("timescaleMonths", "6").param("councilsAffected", "camden")
                        .param("principles", "1"))
                .andExpect(content().string(containsString("href=\"#estimatedSaving\">Estimated saving must be more than £0")));
        mvc.perform(post("/api/v1/programme/rounds/2020-21-6/proposals").with(as("editor@camden.example")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Negative", "problem": "A problem", "workstream": "2", "businessCase": "CASHABLE",
                                 "businessCaseDetail": "Savings", "estimatedSaving": "-50000", "estimatedCost": "1000",
                                 "timescaleMonths": "6", "councilsAffected": ["camden"], "principles": ["1"]}
                                """))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("estimatedSaving"))
                .andExpect(jsonPath("$.errors[0].message").value("Estimated saving must be more than £0"));
        assertThat(proposals()).isZero();
    }

    @Test
    void aCouncilThatIsNotCoreCannotProposeOrVote() throws Exception {
        // Bexley declined to be a founding Core member.
        mvc.perform(get("/programme/rounds/2020-21-6/proposals/new").with(as("editor@bexley.example")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programme/rounds/2020-21-6/proposals/new").with(as("editor@bexley.example")).with(csrf())
                .param("title", "Not core")).andExpect(status().isForbidden());
        mvc.perform(post("/programme/rounds/2020-21-6/proposals/new").with(as("priya.shah@loti.example")).with(csrf())
                        .param("council", "bexley").param("title", "Not core"))
                .andExpect(content().string(containsString("Bexley is not Core LOTI in 2020/21: only Core councils propose")));
        assertThat(proposals()).isZero();

        // No council is Core in 2023/24 in the demo: Camden's core representative cannot vote in a round for that year.
        long later = fixtures.round("2023-24", 2023, "POINTS", 10, "VOTING");
        long proposal = fixtures.proposal(later, "test-later", "camden", "Later");
        mvc.perform(get("/programme/rounds/2023-24/ballot").with(as("core@camden.example"))).andExpect(status().isForbidden());
        mvc.perform(post("/programme/rounds/2023-24/ballot").with(as("core@camden.example")).with(csrf())
                .param("version", "0").param("choice-" + proposal, "10")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/programme/rounds/2023-24/ballot").with(as("core@camden.example")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\": {\"test-later\": 10}}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programme/rounds/2023-24/proposals/new").with(as("editor@camden.example")))
                .andExpect(status().isForbidden());
        assertThat(fixtures.count("SELECT count(*) FROM programme_ballot WHERE round_id = " + later)).isZero();
    }
}
