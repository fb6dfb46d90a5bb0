package london.loti.hub.browser;

import london.loti.hub.support.Browser;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme's finances in a real browser, every page checked by axe-core. */
class FundingBrowserIT extends IntegrationTest {

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
        jdbc.sql("DELETE FROM funding_scenario WHERE name = 'Browser: seven councils'").update();
    }

    /** The page's text with runs of white space (between table cells, say) as one space. */
    String text() {
        return browser.text().replaceAll("\\s+", " ");
    }

    @Test
    void anAdminReadsAYearsViabilityBesideTheScenariosAndAddsOne() {
        browser.open("/funding");
        assertThat(browser.heading()).isEqualTo("Sign in to LOTI Hub");
        browser.type("email", "priya.shah@loti.example").type("password", demoPassword()).press("Sign in");
        browser.open("/funding");
        assertThat(browser.heading()).isEqualTo("Programme finance");
        browser.follow("Year 1 (2019/20)");
        assertThat(browser.heading()).isEqualTo("Programme finance in 2019/20");
        assertThat(text()).contains("Surplus to delivery capacity", "Staff, with on-costs £277,000", "Budget £440,000",
                "Six Core councils 6 £380,000 £440,000 £60,000 £0 Viable with a shortfall",
                "Five Core councils 5 £350,000 £440,000 £90,000 £0 Not viable: should not proceed",
                "Ten Core councils 10 £500,000 £440,000 £0 £60,000 Surplus to delivery capacity");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("canvas#scenarios"))).hasSize(1);

        browser.follow("Eight Core councils, the GLA gives notice from year 3");
        assertThat(text()).contains("Year 3 (2021/22)", "2021/22 £650,000 £340,000 £440,000 £100,000 £0 Viable with a shortfall");

        browser.open("/funding/scenarios/new").type("name", "Browser: seven councils").type("councils", "7k").press("Save scenario");
        assertThat(browser.errorSummary()).containsExactly("Number of Core councils must be a whole number from 0 to 33");
        browser.type("councils", "7").press("Save scenario");
        assertThat(browser.heading()).isEqualTo("Browser: seven councils");
        assertThat(text()).contains("Marketing £40,000 £30,000 £10,000");
    }

    @Test
    void aCoreRepresentativeReadsTheFiguresAndTheirCouncilsInvoices() {
        browser.open("/sign-in").type("email", "core@redbridge.example").type("password", demoPassword()).press("Sign in");
        browser.open("/funding/years/2021-22");
        assertThat(text()).contains("Overdue £160,000 on 3 invoices").doesNotContain("Add a scenario");
        browser.open("/funding/invoices");
        assertThat(browser.heading()).isEqualTo("Invoices to Redbridge");
        browser.click("#overdue").press("Filter");
        assertThat(text()).contains("Showing 1 to 1 of 1 invoices", "Overdue");
    }
}
