package london.loti.hub;

import java.util.stream.Stream;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.support.Outcome;
import london.loti.hub.support.Users;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static london.loti.hub.support.Outcome.FORBIDDEN;
import static london.loti.hub.support.Outcome.NOT_FOUND;
import static london.loti.hub.support.Outcome.OK;
import static london.loti.hub.support.Outcome.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint, and what each kind of user gets from it: visitor, member, editor of another council, editor
 * of this council, admin. {@code {this}} stands for this council's slug. Forms are posted with invalid input,
 * so that a row checks who is let in without changing anything. Each module adds its rows to {@link #rows()}.
 */
class AccessMatrixIT extends IntegrationTest {

    @Autowired
    UserDetailsService accounts;

    static Stream<Arguments> rows() {
        return Stream.of(
                // web
                row("GET /", OK, OK, OK, OK, OK),
                row("GET /sign-in", OK, OK, OK, OK, OK),
                row("GET /no-such-page", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                row("GET /actuator/health", OK, OK, OK, OK, OK),
                row("GET /api/docs/openapi.json", OK, OK, OK, OK, OK),
                // members
                row("GET /organisations", OK, OK, OK, OK, OK),
                row("GET /organisations/{this}", OK, OK, OK, OK, OK),
                row("GET /api/v1/organisations", OK, OK, OK, OK, OK),
                row("GET /api/v1/organisations/{this}", OK, OK, OK, OK, OK),
                // accounts
                row("GET /admin", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                row("GET /admin/invitations", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                row("GET /admin/invitations/new", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                row("POST /admin/invitations/new email=", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                row("GET /invitations/not-a-token", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                row("POST /invitations/not-a-token fullName=", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                row("GET /organisations/{this}/api-tokens", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                row("POST /organisations/{this}/api-tokens name=", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                row("POST /organisations/{this}/api-tokens/0/revoke", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                // notify
                row("GET /admin/outbox", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                row("GET /admin/outbox/0", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                // audit
                row("GET /admin/audit", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("expanded")
    void eachUserGetsWhatTheMatrixSays(String endpoint, Users user, Outcome expected) throws Exception {
        String[] parts = endpoint.split(" ");
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]),
                parts[1].replace("{this}", Users.THIS_COUNCIL)).with(user.as(accounts)).with(csrf());
        if (parts.length > 2) {
            String[] field = parts[2].split("=", 2);
            request.param(field[0], field[1]);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(Outcome.of(response)).as(endpoint + " as " + user + " (status " + response.getStatus() + ")")
                .isEqualTo(expected);
    }

    static Stream<Arguments> expanded() {
        return rows().flatMap(row -> {
            Object[] values = row.get();
            Users[] users = Users.values();
            return Stream.of(users).map(u -> Arguments.of(values[0], u, values[u.ordinal() + 1]));
        });
    }

    private static Arguments row(String endpoint, Outcome visitor, Outcome member, Outcome otherEditor,
            Outcome editor, Outcome admin) {
        return Arguments.of(endpoint, visitor, member, otherEditor, editor, admin);
    }

}
