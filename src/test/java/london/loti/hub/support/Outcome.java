package london.loti.hub.support;

import org.springframework.mock.web.MockHttpServletResponse;

/** What a request in the access matrix must come to. */
public enum Outcome {
    OK, SIGN_IN, UNAUTHORISED, FORBIDDEN, NOT_FOUND, REDIRECT,
    /** 400 or 422: let in, and the (deliberately) invalid input refused (and nothing changed). */
    INVALID;

    public static Outcome of(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status == 302) {
            String location = response.getRedirectedUrl();
            return location != null && location.endsWith("/sign-in") ? SIGN_IN : REDIRECT;
        }
        return switch (status) {
            case 401 -> UNAUTHORISED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 400, 422 -> INVALID;
            default -> status >= 200 && status < 300 ? OK : null;
        };
    }
}
