package london.loti.hub.accounts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.loti.hub.support.Browserless;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiTokenIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @AfterEach
    void removeTokens() {
        jdbc.sql("DELETE FROM api_token").update();
    }

    @Test
    void anEditorsTokenIsShownOnceStoredHashedAcceptedAndRevocable() throws Exception {
        Browserless editor = new Browserless(port);
        editor.signIn("editor@camden.example", demoPassword());
        editor.get("/organisations/camden/api-tokens");
        var created = editor.post("/organisations/camden/api-tokens", Map.of("name", "Contracts export"));
        Matcher shown = Pattern.compile("id=\"new-token\">(loti_[A-Za-z0-9_-]+)<").matcher(created.body());
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);

        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = :t OR token_prefix = :t")
                .param("t", token).query(Long.class).single()).isZero();
        assertThat(editor.get("/organisations/camden/api-tokens").body()).contains("Contracts export").doesNotContain(token);

        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer loti_wrong"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        long id = jdbc.sql("SELECT id FROM api_token WHERE name = 'Contracts export'").query(Long.class).single();
        assertThat(editor.post("/organisations/camden/api-tokens/" + id + "/revoke", Map.of()).status()).isEqualTo(302);
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE kind = 'api-token' AND record_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aRequestSignedInByItsSessionIsCheckedForCsrfEvenWithABearerToken() {
        long camden = jdbc.sql("SELECT id FROM organisation WHERE slug = 'camden'").query(Long.class).single();
        String token = "loti_csrf-test-token";
        jdbc.sql("INSERT INTO api_token (organisation_id, name, token_hash, token_prefix) VALUES (:o, 'x', :h, 'loti_csrf')")
                .param("o", camden).param("h", ApiTokens.hash(token)).update();
        Browserless editor = new Browserless(port);
        editor.signIn("editor@camden.example", demoPassword());
        editor.get("/organisations/camden/api-tokens");

        for (String bearer : new String[] {token, "loti_not-a-token"}) {
            var page = editor.postRaw("/organisations/camden/api-tokens", Map.of("name", "Forged"),
                    Map.of("Authorization", "Bearer " + bearer));
            assertThat(page.status()).as("a page's form with a Bearer header " + bearer).isEqualTo(403);
        }
        assertThat(editor.postRaw("/api/v1/projects", Map.of("title", "Forged"), Map.of("Authorization", "Bearer " + token))
                .status()).as("the API, signed in by session and token").isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE name = 'Forged'").query(Long.class).single()).isZero();

        var tokenAlone = new Browserless(port).postRaw("/api/v1/projects", Map.of("title", "Forged"),
                Map.of("Authorization", "Bearer " + token));
        assertThat(tokenAlone.status()).as("the token alone needs no CSRF token; a form is not the JSON it takes")
                .isEqualTo(415);
        assertThat(jdbc.sql("SELECT count(*) FROM project WHERE title = 'Forged'").query(Long.class).single()).isZero();
    }

    @Test
    void aTokenNeedsAName() {
        Browserless editor = new Browserless(port);
        editor.signIn("editor@camden.example", demoPassword());
        editor.get("/organisations/camden/api-tokens");
        var page = editor.post("/organisations/camden/api-tokens", Map.of("name", "  "));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.body()).contains("Enter a name for the token");
        assertThat(jdbc.sql("SELECT count(*) FROM api_token").query(Long.class).single()).isZero();
    }

    @Test
    void anEditorOfAnotherCouncilCannotRevokeThisCouncilsToken() {
        long camden = jdbc.sql("SELECT id FROM organisation WHERE slug = 'camden'").query(Long.class).single();
        long id = jdbc.sql("""
                INSERT INTO api_token (organisation_id, name, token_hash, token_prefix) VALUES (:o, 'x', 'h', 'loti_abcd')
                RETURNING id""").param("o", camden).query(Long.class).single();
        Browserless other = new Browserless(port);
        other.signIn("editor@hackney.example", demoPassword());
        other.get("/organisations/hackney/api-tokens");
        assertThat(other.post("/organisations/camden/api-tokens/" + id + "/revoke", Map.of()).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT revoked_at IS NULL FROM api_token WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }
}
