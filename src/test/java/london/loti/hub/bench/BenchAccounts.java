package london.loti.hub.bench;

/**
 * The accounts the bench generates and signs in with: an editor and a member of every organisation, at the
 * demo data's addresses ({@code editor@<slug>.example}, {@code member@<slug>.example}), all with one password
 * that is no secret. The hash is fixed (bcrypt of {@link #PASSWORD}) so that the generated data is the same on
 * every run, and of bcrypt's lowest cost (4, where accounts made by LOTI Hub have 10) so that signing in 32 clients
 * before W2 takes milliseconds: signing in is not a figure, and a session costs the same whatever the hash.
 */
public final class BenchAccounts {

    public static final String PASSWORD = "bench-only password, not a secret";
    public static final String PASSWORD_HASH = "{bcrypt}$2a$04$O0Gsna.gh4G0lM/I9h8Xb.jsDXhAEZPdorECUBQwoLv8DiFaadqsa";

    private BenchAccounts() {
    }

    public static String member(String slug) {
        return "member@" + slug + ".example";
    }

    public static String editor(String slug) {
        return "editor@" + slug + ".example";
    }
}
