package london.loti.hub.accounts;

import java.security.SecureRandom;
import java.util.List;
import london.loti.hub.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo accounts: the LOTI team as admins, and an editor and a member in every organisation, with invented names
 * at {@code <organisation>.example} addresses. They share one password, generated on first load, printed once in
 * the log and shown on the sign-in page in demo mode.
 */
@Component
class AccountsDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(AccountsDemoData.class);
    private static final List<String> FIRST = List.of("Amara", "Ben", "Chloe", "Dev", "Elif", "Femi", "Grace",
            "Hamza", "Isla", "Jamal", "Kiran", "Lena", "Marcus", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam",
            "Tariq", "Uma", "Viktor", "Wen", "Yusuf", "Zara");
    private static final List<String> LAST = List.of("Adeyemi", "Brennan", "Chowdhury", "Da Silva", "Evans",
            "Fitzgerald", "Ghosh", "Hughes", "Ibrahim", "Jones", "Kowalski", "Lewis", "Mensah", "Nguyen", "O'Connor",
            "Patel", "Quayle", "Rahman", "Smith", "Thompson", "Uddin", "Vasquez", "Williams", "Yilmaz", "Zhang");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final OrganisationDirectory organisations;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;

    AccountsDemoData(Accounts accounts, OrganisationDirectory organisations, PasswordEncoder encoder, JdbcClient jdbc) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.encoder = encoder;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        String password = newPassword();
        String hash = encoder.encode(password);
        var londonCouncils = organisations.findBySlug("london-councils").orElseThrow();
        create("priya.shah@loti.example", "Priya Shah", londonCouncils.id(), Role.ADMIN, hash);
        create("tom.okafor@loti.example", "Tom Okafor", londonCouncils.id(), Role.ADMIN, hash);
        int n = 0;
        for (var organisation : organisations.all()) {
            create(organisation, n++, Role.EDITOR, hash);
            create(organisation, n++, Role.MEMBER, hash);
        }
        shown(1, "priya.shah@loti.example", "Admin (the LOTI team)", password);
        shown(2, emailOf("camden", 0, Role.EDITOR), "Editor of Camden", password);
        shown(3, emailOf("camden", 0, Role.MEMBER), "Member at Camden", password);
        shown(4, emailOf("hackney", 0, Role.EDITOR), "Editor of Hackney", password);
        log.info("Demo accounts created. Every demo account's password is: {} (shown once here, and on the sign-in page in demo mode)", password);
    }

    /** A password that {@link PasswordPolicy} would accept for anyone, generated once per demo database. */
    static String newPassword() {
        return "demo-" + Long.toString(RANDOM.nextLong(1L << 62, Long.MAX_VALUE), 36);
    }

    private void create(OrganisationDirectory.OrganisationRef organisation, int n, Role role, String hash) {
        String first = FIRST.get((n * 7 + organisation.slug().length()) % FIRST.size());
        String last = LAST.get((n * 11 + 3) % LAST.size());
        create(emailOf(organisation.slug(), 0, role), first + " " + last, organisation.id(), role, hash);
    }

    private void create(String email, String name, long organisationId, Role role, String hash) {
        accounts.create(email, name, hash, organisationId, role);
    }

    static String emailOf(String slug, int n, Role role) {
        return (role == Role.EDITOR ? "editor" : "member") + (n == 0 ? "" : n) + "@" + slug + ".example";
    }

    private void shown(int position, String email, String description, String password) {
        jdbc.sql("INSERT INTO demo_sign_in (email, description, password, position) VALUES (:e, :d, :p, :n)")
                .param("e", email).param("d", description).param("p", password).param("n", position).update();
    }
}
