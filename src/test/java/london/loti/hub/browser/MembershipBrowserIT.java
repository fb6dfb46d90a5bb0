package london.loti.hub.browser;

import london.loti.hub.support.Browser;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Membership and people in a real browser, every page checked by axe-core. */
class MembershipBrowserIT extends IntegrationTest {

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
        jdbc.sql("DELETE FROM sign_in_failure").update();
        jdbc.sql("DELETE FROM core_commitment WHERE note = 'Letter of support from the Chief Executive, filed in the LOTI drive'").update();
    }

    /** The page's text with runs of white space (between table cells, say) as one space. */
    String text() {
        return browser.text().replaceAll("\\s+", " ");
    }

    @Test
    void aVisitorSeesWhichCouncilsAreCoreAndWhatACouncilIsMissing() {
        browser.open("/members?year=2019-20");
        assertThat(browser.heading()).isEqualTo("Members in 2019/20");
        assertThat(text()).contains("Core LOTI 15 councils", "Central London Forward 9 3");
        browser.follow("Lewisham");
        assertThat(browser.heading()).isEqualTo("Lewisham");
        assertThat(text()).contains("Not Core LOTI in 2019/20. Missing: contribution of £30,000 a year agreed for three years"
                + " and support of the chief executive's office.");
        browser.open("/members/camden?year=2019-20");
        assertThat(text()).contains("Camden is Core LOTI in 2019/20");
    }

    @Test
    void anAdminRecordsTheMissingCommitmentAfterAFormError() {
        browser.open("/sign-in").type("email", "priya.shah@loti.example").type("password", demoPassword()).press("Sign in");
        browser.open("/members/harrow?year=2019-20");
        assertThat(text()).contains("Missing: support of the chief executive's office.");
        browser.click("a[href='/members/harrow/commitments/new?kind=CHIEF_EXECUTIVE_SUPPORT']");
        assertThat(browser.heading()).isEqualTo("Record a commitment");
        browser.type("firstYear", "2019/21").type("committedOnDay", "4").type("committedOnMonth", "3")
                .type("committedOnYear", "2019").press("Record commitment");
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.errorSummary()).containsExactly("First financial year must be a financial year written like 2019/20",
                "Attach a document or enter a note as evidence of the commitment");
        browser.type("firstYear", "2019/20")
                .type("note", "Letter of support from the Chief Executive, filed in the LOTI drive").press("Record commitment");
        assertThat(text()).contains("Commitment recorded", "Harrow is Core LOTI in 2019/20");
        browser.open("/people?organisation=harrow");
        assertThat(browser.heading()).isEqualTo("People");
        browser.select("roleFamily", "Data").press("Search");
        assertThat(text()).contains("Showing 1 to");
        browser.click("table a.govuk-link");
        assertThat(text()).contains("Happy to be contacted about", "Change profile");
        browser.follow("Change profile").type("fullName", "").press("Save profile");
        assertThat(browser.errorSummary()).containsExactly("Enter the person's full name");
    }
}
