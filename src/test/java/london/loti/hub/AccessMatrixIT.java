package london.loti.hub;

import java.util.Arrays;
import java.util.stream.Stream;
import london.loti.hub.support.AccessRows;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.support.Outcome;
import london.loti.hub.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint, and what each kind of user gets from it: visitor, member, editor of another council, editor
 * of this council, admin. The rows are each module's {@link AccessRows}. Forms are posted with invalid input,
 * so that a row checks who is let in without changing anything.
 */
class AccessMatrixIT extends IntegrationTest {

    /** Each user's session cookie, from signing in through the real form once. */
    private static final java.util.Map<Users, jakarta.servlet.http.Cookie> sessions = new java.util.EnumMap<>(Users.class);

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("cells")
    void eachUserGetsWhatTheMatrixSays(String endpoint, Users user, Outcome expected) throws Exception {
        String[] parts = endpoint.split(" ");
        String path = parts[1].replace("{this}", Users.THIS_COUNCIL).replace("{other}", Users.OTHER_COUNCIL);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path).with(csrf());
        if (user != Users.VISITOR) {
            request.cookie(sessionOf(user));
        }
        if (parts.length > 2) {
            String[] field = parts[2].split("=", 2);
            request.param(field[0], field[1]);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(Outcome.of(response)).as(endpoint + " as " + user + " (status " + response.getStatus() + ")")
                .isEqualTo(expected);
    }

    @Test
    void everyModuleWithControllersHasRows() {
        assertThat(rowSources()).extracting(s -> s.getClass().getPackageName())
                .contains("london.loti.hub.web", "london.loti.hub.members", "london.loti.hub.accounts",
                        "london.loti.hub.audit", "london.loti.hub.notify");
    }

    /**
     * Signs in through the sign-in form rather than Spring Security's test helpers, which replace parts of the
     * shared filter chain and would change what later tests over real HTTP see.
     */
    private jakarta.servlet.http.Cookie sessionOf(Users user) throws Exception {
        if (!sessions.containsKey(user)) {
            var response = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                    .formLogin("/sign-in").userParameter("email").user(user.email()).password(demoPassword()))
                    .andReturn().getResponse();
            assertThat(response.getRedirectedUrl()).as("signing in as " + user).isEqualTo("/");
            sessions.put(user, response.getCookie("LOTI_SESSION"));
        }
        return sessions.get(user);
    }

    static Stream<Arguments> cells() {
        return rowSources().stream().flatMap(source -> source.rows().stream())
                .flatMap(row -> Arrays.stream(Users.values()).map(u -> Arguments.of(row.endpoint(), u, row.expectedFor(u))));
    }

    private static java.util.List<AccessRows> rowSources() {
        return AccessRows.sources();
    }
}
