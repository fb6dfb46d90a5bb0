package london.loti.hub.browser;

import london.loti.hub.support.Browser;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Journeys in a real browser, as people take them, with every page checked by axe-core. */
class BrowserIT extends IntegrationTest {

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
        jdbc.sql("DELETE FROM invitation WHERE email = 'browser.invitee@ealing.example'").update();
        jdbc.sql("DELETE FROM person WHERE email = 'browser.invitee@ealing.example'").update();
        jdbc.sql("DELETE FROM user_account WHERE email = 'browser.invitee@ealing.example'").update();
    }

    @AfterAll
    static void report() {
        System.out.println("axe-core checked " + Browser.pagesChecked() + " pages in Chromium against WCAG 2.2 A and AA: 0 violations");
    }

    @Test
    void aVisitorBrowsesTheDirectory() {
        browser.open("/");
        assertThat(browser.heading()).isEqualTo("LOTI Hub");
        assertThat(browser.text()).contains("35\norganisations taking part", "33\nLondon local authorities");
        browser.follow("Organisations");
        assertThat(browser.text()).contains("Showing 1 to 25 of 35 organisations");
        browser.nextPage();
        assertThat(browser.text()).contains("Showing 26 to 35 of 35 organisations");
        browser.select("partnership", "South London Partnership").press("Filter");
        assertThat(browser.text()).contains("Showing 1 to 5 of 5 organisations", "Croydon", "Sutton").doesNotContain("Camden");
        browser.follow("Kingston upon Thames");
        assertThat(browser.heading()).isEqualTo("Kingston upon Thames");
        assertThat(browser.text()).contains("E09000021", "An outer London local authority");
        browser.open("/organisations/narnia");
        assertThat(browser.heading()).isEqualTo("Page not found");
    }

    @Test
    void aDeveloperReadsTheApiDocumentation() {
        browser.open("/");
        browser.follow("API");
        assertThat(browser.heading()).isEqualTo("API documentation");
        assertThat(browser.text()).contains("GET /api/v1/organisations", "Parameters", "Responses", "Records");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.linkText("OpenAPI document")).getAttribute("href"))
                .endsWith("/api/docs/openapi.json");
    }

    @Test
    void signingInWithMistakesShowsTheErrorsThenSignsIn() {
        browser.open("/sign-in").press("Sign in");
        assertThat(browser.title()).startsWith("Error: Sign in");
        assertThat(browser.errorSummary()).containsExactly("Enter your email address", "Enter your password");
        browser.type("email", "editor@camden.example").type("password", "wrong password").press("Sign in");
        assertThat(browser.errorSummary()).containsExactly("Enter a correct email address and password");
        browser.type("password", demoPassword()).press("Sign in");
        assertThat(browser.text()).contains("Signed in as editor@camden.example");
        browser.open("/organisations/camden");
        assertThat(browser.text()).contains("People", "API tokens");
        browser.follow("API tokens").type("name", "Browser test token").press("Create token");
        assertThat(browser.text()).contains("Token 'Browser test token' created", "Copy it now");
        browser.open("/admin");
        assertThat(browser.heading()).isEqualTo("You cannot do that");
        browser.press("Sign out");
        assertThat(browser.text()).contains("You have signed out.");
        jdbc.sql("DELETE FROM api_token WHERE name = 'Browser test token'").update();
    }

    @Test
    void anAdminInvitesSomeoneWhoSetsTheirPassword() {
        browser.open("/sign-in").type("email", "priya.shah@loti.example").type("password", demoPassword()).press("Sign in");
        browser.open("/admin").follow("Invitations").follow("Invite someone");
        browser.type("email", "not-an-email").press("Send invitation");
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.errorSummary()).containsExactly(
                "Enter an email address in the correct format, like name@example.com", "Select an organisation", "Select a role");
        browser.type("email", "browser.invitee@ealing.example").select("organisationId", "Ealing").choose("role-1")
                .press("Send invitation");
        assertThat(browser.text()).contains("Invitation sent", "browser.invitee@ealing.example");
        browser.open("/admin/outbox").follow("You are invited to LOTI Hub");
        String link = browser.text().replaceAll("(?s).*http://localhost:8080(/invitations/[A-Za-z0-9_-]+).*", "$1");
        browser.open("/admin/audit");
        assertThat(browser.text()).contains("Invited browser.invitee@ealing.example as Organisation editor");
        browser.press("Sign out");

        browser.open(link);
        assertThat(browser.heading()).isEqualTo("Set up your account");
        browser.type("fullName", "Bea Invitee").type("password", "too short").type("confirmPassword", "too short")
                .press("Create account");
        assertThat(browser.errorSummary()).containsExactly("Password must be 12 characters or more");
        browser.type("password", "purple lantern orchard").type("confirmPassword", "purple lantern orchard")
                .press("Create account");
        assertThat(browser.text()).contains("Your account is ready");
        browser.type("email", "browser.invitee@ealing.example").type("password", "purple lantern orchard").press("Sign in");
        assertThat(browser.text()).contains("Signed in as browser.invitee@ealing.example");
        browser.open(link);
        assertThat(browser.heading()).isEqualTo("This invitation has already been used");
    }
}
