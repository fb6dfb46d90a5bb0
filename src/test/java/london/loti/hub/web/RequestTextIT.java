package london.loti.hub.web;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text is checked at the edge: control characters and oversized values in any parameter or JSON string are
 * refused with a 400 that names the field, before any controller (or sign-in) sees them; a JSON field of the
 * wrong type is named too.
 */
class RequestTextIT extends IntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aNulInAQueryParameterIsAGovukPageNamingIt() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/organisations?q=a%00b"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("There is a problem with what you sent",
                "'q' must not contain control characters, such as a NUL byte (character U+0000)", "Nothing was changed");
    }

    @Test
    void theApiNamesTheParameter() throws Exception {
        HttpResponse<String> problem = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organisations?q=%07"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.body()).contains("\"parameter\":\"q\"", "U+0007");
    }

    @Test
    void tabsAndNewLinesAreText() throws Exception {
        mvc.perform(get("/organisations").param("q", "camden\t\r\n")).andExpect(status().isOk());
    }

    @Test
    void aMegabyteInAFormFieldIsRefusedByName() throws Exception {
        var response = mvc.perform(post("/projects/new").with(csrf()).cookie(session(Users.EDITOR))
                .param("title", "x".repeat(1 << 20))).andExpect(status().isBadRequest()).andReturn().getResponse();
        assertThat(response.getErrorMessage()).isEqualTo("'title' must be 20,000 characters or fewer");
    }

    @Test
    void aNulInTheSignInEmailIsRefusedBeforeSigningIn() throws Exception {
        var response = mvc.perform(formLogin("/sign-in").userParameter("email").user("editor@camden.example\u0000").password("x"))
                .andExpect(status().isBadRequest()).andReturn().getResponse();
        assertThat(response.getErrorMessage()).startsWith("'email' must not contain control characters");
    }

    @Test
    void aNulInAJsonStringNamesTheField() throws Exception {
        mvc.perform(put("/api/v1/techmap/councils/camden/contracts").with(csrf()).cookie(session(Users.EDITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contracts\": [{\"reference\": \"R1\", \"title\": \"a\\u0000b\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contracts[0].title"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("'contracts[0].title' must not contain control characters")));
        mvc.perform(put("/api/v1/techmap/councils/camden/contracts").with(csrf()).cookie(session(Users.EDITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contracts\": [{\"notes\": \"" + "x".repeat(1 << 20) + "\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("'contracts[0].notes' must be 20,000 characters or fewer"));
    }

    @Test
    void aJsonTypeErrorNamesTheField() throws Exception {
        mvc.perform(put("/api/v1/techmap/councils/camden/contracts").with(csrf()).cookie(session(Users.EDITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contracts\": [{\"totalValuePence\": \"lots\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contracts[0].totalValuePence"))
                .andExpect(jsonPath("$.detail").value(containsString("'contracts[0].totalValuePence' must be a number")));
        mvc.perform(put("/api/v1/techmap/councils/camden/contracts").with(csrf()).cookie(session(Users.EDITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contracts\": {\"reference\": \"R1\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("'contracts' must be a list"));
        mvc.perform(put("/api/v1/techmap/councils/camden/contracts").with(csrf()).cookie(session(Users.EDITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contracts\": [{\"annualValuePence\": 99999999999999999999}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("'contracts[0].annualValuePence' must be a smaller number"));
        mvc.perform(put("/api/v1/techmap/councils/camden/contracts").with(csrf()).cookie(session(Users.EDITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contracts\": ["))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("The request body must be JSON")));
    }

    @Test
    void slashErrorIsNotAPage() throws Exception {
        mvc.perform(get("/error").accept("text/html")).andExpect(status().isNotFound());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
    }

    private Cookie session(Users user) throws Exception {
        return mvc.perform(formLogin("/sign-in").userParameter("email").user(user.email()).password(demoPassword()))
                .andReturn().getResponse().getCookie("LOTI_SESSION");
    }
}
