package london.loti.hub.projects;

import london.loti.hub.support.Browser;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The register's journeys in Chromium, every page checked by axe-core. */
class ProjectsBrowserIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Projects projects;

    Browser browser;
    ProjectFixtures fixtures;

    @BeforeEach
    void start() {
        browser = new Browser(port);
        fixtures = new ProjectFixtures(jdbc, projects);
    }

    @AfterEach
    void stop() {
        browser.close();
        fixtures.trackTitled("Browser repairs hub");
        fixtures.removeAll();
        jdbc.sql("DELETE FROM sign_in_failure").update();
    }

    private void signIn(String email) {
        browser.open("/sign-in").type("email", email).type("password", demoPassword()).press("Sign in");
    }

    private long count() {
        return Long.parseLong(browser.text().replaceAll("(?s).*of (\\d+) projects.*", "$1"));
    }

    @Test
    void aMisspeltSearchFindsTheHousingRepairsProjects() {
        browser.open("/").follow("Search");
        browser.type("q", "housng repairs").press("Search");
        assertThat(browser.text()).contains("Showing results for housing repairs", "Housing repairs");
        browser.driver().findElement(By.cssSelector("#results a")).click();
        browser.checked();
        assertThat(browser.heading().toLowerCase()).contains("repair");
    }

    @Test
    void filteringByPhaseNarrowsTheList() {
        browser.open("/").follow("Projects");
        long all = count();
        browser.select("phase", "Live").press("Filter");
        long live = count();
        assertThat(live).isPositive().isLessThan(all);
        assertThat(browser.driver().findElements(By.cssSelector("#projects .govuk-tag")).stream().map(WebElement::getText))
                .isNotEmpty().allMatch("Live"::equals);
        browser.nextPage();
        assertThat(browser.path()).contains("phase=LIVE");
    }

    @Test
    void anEditorAddsAProjectAfterCorrectingTheErrors() {
        signIn("editor@camden.example");
        browser.open("/projects").follow("Add a project");
        browser.press("Add project");
        assertThat(browser.title()).startsWith("Error: Add a project");
        assertThat(browser.errorSummary()).containsExactly("Enter a title", "Enter a summary", "Select a phase",
                "Select a service area", "Select who can see the project");
        browser.type("title", "Browser repairs hub").type("summary", "One place for tenants to follow their repairs.")
                .choose("phase-2").select("serviceArea", "Housing").type("tags", "repairs, tenants")
                .type("repositoryUrl", "javascript:alert(1)").choose("visibility").press("Add project");
        assertThat(browser.errorSummary()).containsExactly("Code repository link must start with http:// or https://");
        browser.type("repositoryUrl", "https://code.camden.example/repairs-hub").press("Add project");
        assertThat(browser.heading()).isEqualTo("Browser repairs hub");
        assertThat(browser.text()).contains("Project added to the register", "Alpha", "Code repository");
    }

    @Test
    void aFollowerSeesANewUpdateInTheActivityStream() {
        long id = fixtures.create("Browser followed project", "PUBLIC");
        signIn("editor@hackney.example");
        browser.open("/projects/" + id).press("Follow");
        assertThat(browser.text()).contains("You are following this project");
        browser.press("Sign out");

        signIn("editor@camden.example");
        browser.open("/projects/" + id).follow("Write an update");
        browser.press("Publish update");
        assertThat(browser.errorSummary()).containsExactly("Enter the update");
        browser.type("update", "Browser journey: beta opened to all tenants.").press("Publish update");
        assertThat(browser.text()).contains("Update published", "Browser journey: beta opened to all tenants.");
        browser.press("Sign out");

        signIn("editor@hackney.example");
        browser.open("/projects/activity").follow("Show only the projects you follow");
        assertThat(browser.heading()).isEqualTo("Activity in the projects you follow");
        assertThat(browser.text()).contains("Browser followed project", "Browser journey: beta opened to all tenants.");
        browser.open("/projects/coalitions?project=" + id);
        assertThat(browser.heading()).isEqualTo("Find partners for a joint bid");
    }
}
