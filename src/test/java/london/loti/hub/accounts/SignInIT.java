package london.loti.hub.accounts;

import java.util.Map;
import london.loti.hub.support.Browserless;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

class SignInIT extends IntegrationTest {

    @LocalServerPort
    int port;

    Browserless browser;

    @BeforeEach
    void newBrowser() {
        browser = new Browserless(port);
    }

    @AfterEach
    void forgetFailures() {
        jdbc.sql("DELETE FROM sign_in_failure").update();
    }

    @Test
    void aCorrectPasswordSignsInWithANewSessionThatIdlesOutAfterThirtyMinutes() {
        browser.get("/organisations/camden/api-tokens");
        String before = browser.sessionCookie();
        browser.get("/sign-in");
        var result = browser.post("/sign-in", Map.of("email", "Editor@Camden.example", "password", demoPassword()));
        assertThat(result.status()).isEqualTo(302);
        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/organisations/camden").body()).contains("Signed in as editor@camden.example");
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = 'editor@camden.example'")
                .query(Integer.class).list()).contains(1800);
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameMessage() {
        var wrongPassword = browser.signIn("editor@camden.example", "not the password");
        var unknownAccount = browser.signIn("nobody@nowhere.example", "not the password");
        assertThat(wrongPassword.title()).startsWith("Error: Sign in");
        assertThat(wrongPassword.body()).contains("There is a problem", "Enter a correct email address and password");
        assertThat(errorsOf(unknownAccount.body())).isEqualTo(errorsOf(wrongPassword.body()));
    }

    @Test
    void emptyFieldsAreNamed() {
        browser.get("/sign-in");
        var page = browser.post("/sign-in", Map.of("email", "", "password", ""));
        assertThat(page.body()).contains("Enter your email address", "Enter your password",
                "<span class=\"govuk-visually-hidden\">Error:</span>");
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_failure").query(Long.class).single()).isZero();
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            assertThat(browser.signIn("member@camden.example", "wrong " + i).body()).contains(SignInHandlers.NOT_RECOGNISED);
        }
        var sixth = browser.signIn("member@camden.example", demoPassword());
        assertThat(sixth.status()).isEqualTo(200);
        assertThat(sixth.body()).contains(SignInHandlers.REFUSED).doesNotContain("Signed in as");
    }

    @Test
    void failuresFromOneAddressRefuseEveryAccountFromIt() {
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
            assertThat(browser.signIn("someone" + i + "@nowhere.example", "wrong").body())
                    .contains(SignInHandlers.NOT_RECOGNISED);
        }
        assertThat(browser.signIn("editor@hackney.example", demoPassword()).body()).contains(SignInHandlers.REFUSED);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        var page = browser.postRaw("/sign-in", Map.of("email", "editor@camden.example", "password", demoPassword()));
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Your form could not be sent", "Nothing was changed");
        assertThat(browser.get("/").body()).doesNotContain("Signed in as");
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("editor@camden.example", demoPassword());
        browser.get("/");
        var out = browser.post("/sign-out", Map.of());
        assertThat(out.location()).endsWith("/sign-in?signed-out");
        assertThat(browser.get("/sign-in?signed-out").body()).contains("You have signed out.").doesNotContain("Signed in as");
    }

    private static String errorsOf(String body) {
        int start = body.indexOf("govuk-error-summary__list");
        return body.substring(start, body.indexOf("</ul>", start));
    }
}
