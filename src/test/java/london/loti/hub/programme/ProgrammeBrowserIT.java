package london.loti.hub.programme;

import london.loti.hub.support.Browser;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole round in Chromium, as people take it: the LOTI team opens a round, two Core councils propose, the team
 * shortlists and opens voting, a core representative casts and then changes the council's ballot, and the team
 * closes the round and reads the results. Every page is checked by axe-core.
 */
class ProgrammeBrowserIT extends IntegrationTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser(port);
    }

    @AfterEach
    void stop() {
        browser.close();
        jdbc.sql("DELETE FROM programme_round WHERE slug LIKE '2020-21-%'").update();
    }

    void signIn(String email) {
        browser.open("/sign-in").type("email", email).type("password", demoPassword()).press("Sign in");
    }

    void tick(String name, String value) {
        browser.driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
    }

    void propose(String title, String businessCase) {
        browser.open("/programme/rounds/2020-21-2").follow("Propose an exemplar project");
        browser.type("title", title).type("problem", "Each council builds this alone.").select("workstream", "3. Sharing and reusing");
        browser.driver().findElement(By.cssSelector("input[name='businessCase'][value='" + businessCase + "']")).click();
        browser.type("businessCaseDetail", "Less duplicated work").type("estimatedCost", "60,000").type("timescaleMonths", "9");
        if (businessCase.equals("CASHABLE")) {
            browser.type("estimatedSaving", "25,000");
        }
        tick("councilsAffected", "camden");
        tick("councilsAffected", "hackney");
        tick("principles", "2");
        browser.press("Submit proposal");
        assertThat(browser.text()).contains("Proposal submitted", title);
    }

    @Test
    void aRoundIsOpenedProposedShortlistedVotedChangedClosedAndItsResultsRead() {
        signIn("priya.shah@loti.example");
        browser.open("/programme").follow("Open a round");
        browser.type("financialYear", "").press("Open round");
        assertThat(browser.title()).startsWith("Error: Open a prioritisation round");
        assertThat(browser.errorSummary()).contains("Enter the financial year", "Select how Core councils will vote",
                "Enter the date proposals close");
        browser.type("financialYear", "2020/21").choose("method").type("places", "2")
                .type("proposalsCloseOnDay", "29").type("proposalsCloseOnMonth", "5").type("proposalsCloseOnYear", "2020")
                .type("votingOpensOnDay", "8").type("votingOpensOnMonth", "6").type("votingOpensOnYear", "2020")
                .type("votingClosesOnDay", "26").type("votingClosesOnMonth", "6").type("votingClosesOnYear", "2020")
                .press("Open round");
        assertThat(browser.heading()).isEqualTo("The 2020/21 round 2");
        assertThat(browser.text()).contains("Round opened");
        browser.press("Sign out");

        signIn("core@camden.example");
        propose("Shared parking permits", "CASHABLE");
        browser.press("Sign out");
        signIn("editor@hackney.example");
        propose("Joint room booking", "PRODUCTIVITY");
        browser.press("Sign out");

        signIn("priya.shah@loti.example");
        browser.open("/programme/rounds/2020-21-2").press("Open voting");
        assertThat(browser.errorSummary()).containsExactly("Shortlist at least 2 proposals before voting opens: 0 are shortlisted");
        browser.follow("Shared parking permits").press("Shortlist this proposal");
        assertThat(browser.text()).contains("Proposal shortlisted");
        browser.open("/programme/rounds/2020-21-2").follow("Joint room booking").press("Shortlist this proposal");
        browser.open("/programme/rounds/2020-21-2").press("Open voting");
        assertThat(browser.text()).contains("Voting is open", "Turnout: 0 of 15 Core councils have voted");
        browser.press("Sign out");

        signIn("core@camden.example");
        browser.open("/programme/rounds/2020-21-2").follow("Cast your council's ballot");
        assertThat(browser.heading()).isEqualTo("Camden's ballot");
        browser.press("Cast ballot");
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.errorSummary()).containsExactly("Rank at least one proposal");
        long parking = jdbc.sql("SELECT id FROM programme_proposal WHERE slug = 'shared-parking-permits'").query(Long.class).single();
        long booking = jdbc.sql("SELECT id FROM programme_proposal WHERE slug = 'joint-room-booking'").query(Long.class).single();
        browser.select("choice-" + parking, "1st choice").select("choice-" + booking, "1st choice").press("Cast ballot");
        assertThat(browser.errorSummary()).containsExactly("Give each rank to only one proposal: rank 1 is given more than once");
        browser.select("choice-" + parking, "1st choice").select("choice-" + booking, "2nd choice").press("Cast ballot");
        assertThat(browser.text()).contains("Camden's ballot is cast");
        browser.select("choice-" + parking, "2nd choice").select("choice-" + booking, "1st choice").press("Change ballot");
        assertThat(browser.text()).contains("Camden's ballot is changed");
        assertThat(jdbc.sql("SELECT count(*) FROM programme_ballot b JOIN programme_round r ON r.id = b.round_id "
                + "WHERE r.slug = '2020-21-2'").query(Long.class).single()).isEqualTo(1);
        browser.press("Sign out");

        signIn("priya.shah@loti.example");
        browser.open("/programme/rounds/2020-21-2");
        assertThat(browser.text()).contains("Turnout: 1 of 15 Core councils have voted").doesNotContain("1st choice");
        browser.press("Close the round and count the ballots");
        assertThat(browser.heading()).isEqualTo("Results of the 2020/21 round 2");
        assertThat(browser.text()).contains("The round is closed and the results are published", "1 of 15 Core councils voted",
                "Took place 1 in round 1 with 1 of 1 votes", VotingMethod.RANKED_CHOICE.tieBreak());
        browser.follow("Joint room booking");
        assertThat(browser.heading()).isEqualTo("Joint room booking");
        assertThat(browser.text()).contains("Exemplar project, 2020/21", "Camden", "Hackney");
    }

    @Test
    void aVisitorReadsTheProgrammeItsWorkstreamsProjectsAndBenefits() {
        browser.open("/programme");
        assertThat(browser.heading()).isEqualTo("The LOTI programme");
        browser.follow("1. Digital leadership skills");
        assertThat(browser.text()).contains("Senior and middle managers trained over time", "Hackney");
        browser.open("/programme/projects").follow("Pan London Planning Data Initiative");
        assertThat(browser.text()).contains("Councils taking part", "Officer time, days", "Benefits", "Updates");
        browser.open("/programme/benefits");
        assertThat(browser.text()).contains("Cashable savings by financial year: expected and measured", "By workstream");
        browser.open("/programme/rounds/2019-20/results");
        assertThat(browser.text()).contains("Ties", "Exhausted ballots");
        browser.open("/programme/rounds/2019-20/proposals/pan-london-planning-data-initiative");
        assertThat(browser.text()).contains("Est. >£50k saving from elimination of manual inputting");
    }

    @Test
    void aProjectsCouncilPostsAnUpdateAfterCorrectingItsMistakes() {
        signIn("editor@camden.example");
        browser.open("/programme/projects/pan-london-planning-data-initiative").follow("Post an update");
        browser.type("ragReason", "").press("Post update");
        assertThat(browser.errorSummary()).contains("Enter the reason for the status", "Enter what has happened since the last update");
        browser.open("/programme/projects/pan-london-planning-data-initiative/benefits/new");
        browser.press("Save benefit");
        assertThat(browser.errorSummary()).contains("Select the kind of benefit");
        browser.open("/programme/projects/pan-london-planning-data-initiative/milestones/new").press("Add milestone");
        assertThat(browser.errorSummary()).contains("Enter the milestone");
        browser.open("/programme/projects/pan-london-planning-data-initiative/participants").press("Save");
        assertThat(browser.errorSummary()).contains("Select a council");
        browser.press("Sign out");
        signIn("priya.shah@loti.example");
        browser.open("/programme/workstreams/collective-knowledge/activities/new").press("Record activity");
        assertThat(browser.errorSummary()).contains("Select what the activity is");
        browser.open("/programme/workstreams/collective-knowledge/measure/new").press("Record value");
        assertThat(browser.errorSummary()).contains("Enter the date measured");
        browser.open("/programme/workstreams/collective-knowledge/leads");
        assertThat(browser.heading()).isEqualTo("Choose lead councils");
    }
}
