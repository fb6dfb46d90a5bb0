package london.loti.hub.programme;

import java.util.regex.Pattern;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access matrix's fifth kind of user: a Core council's core representative, who alone casts its ballot, and
 * may propose like an editor; a council's API token (an editor) may not vote.
 */
class CoreRepresentativeAccessIT extends IntegrationTest {

    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void removeTokens() {
        jdbc.sql("DELETE FROM api_token WHERE name = 'Ballot test'").update();
    }

    RequestPostProcessor coreOfCamden() {
        return user(accounts.loadUserByUsername("core@camden.example"));
    }

    @Test
    void aCoreRepresentativeReachesTheBallotAndTheProposalForm() throws Exception {
        mvc.perform(get("/programme/rounds/2021-22/ballot").with(coreOfCamden())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Voting opens once the LOTI team has shortlisted the proposals")));
        mvc.perform(post("/programme/rounds/2021-22/ballot").with(coreOfCamden()).with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Voting in the 2021/22 round has not opened yet")));
        mvc.perform(get("/api/v1/programme/rounds/2021-22/ballot").with(coreOfCamden())).andExpect(status().isNotFound());
        mvc.perform(get("/programme/rounds/2021-22/proposals/new").with(coreOfCamden())).andExpect(status().isOk());
        mvc.perform(get("/programme/rounds/2019-20/ballot").with(coreOfCamden())).andExpect(status().isOk())
                .andExpect(content().string(containsString("The round has closed")));
        mvc.perform(get("/programme/rounds/2019-20").with(coreOfCamden()))
                .andExpect(content().string(containsString("Camden's ballot")));
    }

    @Test
    void aCouncilsApiTokenCannotVote() throws Exception {
        var browser = new london.loti.hub.support.Browserless(port);
        browser.signIn("editor@camden.example", demoPassword());
        browser.get("/organisations/camden/api-tokens");
        var page = browser.post("/organisations/camden/api-tokens", java.util.Map.of("name", "Ballot test"));
        var m = Pattern.compile("id=\"new-token\">(loti_[A-Za-z0-9_-]+)<").matcher(page.body());
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        mvc.perform(get("/api/v1/programme/rounds/2021-22/ballot").header("Authorization", "Bearer " + m.group(1)))
                .andExpect(status().isForbidden());
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
}
