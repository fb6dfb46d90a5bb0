package london.loti.hub.bench;

import java.net.http.HttpHeaders;

/**
 * Who the clients are: one session cookie a client, as a browser keeps it. Anonymous visitors start with none and
 * keep the one LOTI Hub gives them (a page that shows a form starts a session for its CSRF token); signed-in
 * members start with the session of their sign-in.
 */
public final class Visitors {

    private static final String COOKIE = "LOTI_SESSION";

    private final String description;
    private final String[] sessions;

    Visitors(String description, int clients) {
        this.description = description;
        this.sessions = new String[clients];
    }

    public String description() {
        return description;
    }

    String cookie(int client) {
        return sessions[client] == null ? null : COOKIE + "=" + sessions[client];
    }

    void remember(int client, HttpHeaders headers) {
        for (String header : headers.allValues("set-cookie")) {
            if (header.startsWith(COOKIE + "=")) {
                int end = header.indexOf(';');
                String value = header.substring(COOKIE.length() + 1, end < 0 ? header.length() : end);
                sessions[client] = value.isEmpty() ? null : value;
            }
        }
    }

    boolean hasSession(int client) {
        return sessions[client] != null;
    }
}
