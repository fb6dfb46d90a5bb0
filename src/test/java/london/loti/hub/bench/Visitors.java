package london.loti.hub.bench;

import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who the clients are: the cookies of one client, as a browser keeps them — the session (signed-in members start
 * with the session of their sign-in; anonymous visitors have none) and the CSRF cookie that forms need.
 */
public final class Visitors {

    private static final String SESSION = "LOTI_SESSION";

    private final String description;
    private final Map<String, String>[] jars;

    @SuppressWarnings("unchecked")
    Visitors(String description, int clients) {
        this.description = description;
        this.jars = new Map[clients];
        for (int i = 0; i < clients; i++) {
            jars[i] = new LinkedHashMap<>();
        }
    }

    public String description() {
        return description;
    }

    /** The Cookie header of this client, or null when it has no cookie. */
    String cookie(int client) {
        Map<String, String> jar = jars[client];
        return jar.isEmpty() ? null : jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    synchronized void remember(int client, HttpHeaders headers) {
        for (String header : headers.allValues("set-cookie")) {
            int equals = header.indexOf('=');
            int end = header.indexOf(';');
            String name = header.substring(0, equals);
            String value = header.substring(equals + 1, end < 0 ? header.length() : end);
            if (value.isEmpty()) {
                jars[client].remove(name);
            } else {
                jars[client].put(name, value);
            }
        }
    }

    boolean hasSession(int client) {
        return jars[client].containsKey(SESSION);
    }
}
