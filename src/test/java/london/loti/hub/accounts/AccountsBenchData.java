package london.loti.hub.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import london.loti.hub.bench.BenchAccounts;
import london.loti.hub.bench.BenchData;
import london.loti.hub.bench.Copy;
import london.loti.hub.bench.Scale;

/**
 * Bench accounts: two admins of the LOTI team, and an editor and a member of every organisation at the demo
 * data's addresses, all with {@link BenchAccounts#PASSWORD}. W2 signs in as the members.
 */
class AccountsBenchData implements BenchData {

    static final List<String> COLUMNS = List.of("email", "display_name", "password_hash", "organisation_id", "role",
            "created_at");

    record Organisation(long id, String slug) {
    }

    private static final List<String> FIRST = List.of("Amara", "Ben", "Chloe", "Dev", "Elif", "Femi", "Grace",
            "Hamza", "Isla", "Jamal", "Kiran", "Lena", "Marcus", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam",
            "Tariq", "Uma", "Viktor", "Wen", "Yusuf", "Zara");
    private static final List<String> LAST = List.of("Adeyemi", "Brennan", "Chowdhury", "Da Silva", "Evans",
            "Fitzgerald", "Ghosh", "Hughes", "Ibrahim", "Jones", "Kowalski", "Lewis", "Mensah", "Nguyen", "O'Connor",
            "Patel", "Quayle", "Rahman", "Smith", "Thompson", "Uddin", "Vasquez", "Williams", "Yilmaz", "Zhang");
    private static final Instant FIRST_CREATED = Instant.parse("2019-04-01T09:00:00Z");

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public void load(Scale scale, Copy copy) throws Exception {
        List<Organisation> organisations = copy.jdbc().sql("SELECT id, slug FROM organisation ORDER BY id")
                .query(Organisation.class).list();
        List<Object[]> rows = rows(organisations);
        copy.into("user_account", COLUMNS, out -> {
            for (Object[] row : rows) {
                out.add(row);
            }
        });
    }

    static List<Object[]> rows(List<Organisation> organisations) {
        List<Object[]> rows = new ArrayList<>();
        long londonCouncils = organisations.stream().filter(o -> o.slug().equals("london-councils")).findFirst()
                .orElseThrow().id();
        rows.add(row("priya.shah@loti.example", "Priya Shah", londonCouncils, Role.ADMIN, 0));
        rows.add(row("tom.okafor@loti.example", "Tom Okafor", londonCouncils, Role.ADMIN, 1));
        for (Organisation organisation : organisations) {
            for (Role role : List.of(Role.EDITOR, Role.MEMBER)) {
                int n = rows.size();
                String name = FIRST.get((n * 7) % FIRST.size()) + " " + LAST.get((n * 11 + 3) % LAST.size());
                String email = role == Role.EDITOR ? BenchAccounts.editor(organisation.slug()) : BenchAccounts.member(organisation.slug());
                rows.add(row(email, name, organisation.id(), role, n));
            }
        }
        return rows;
    }

    private static Object[] row(String email, String name, long organisationId, Role role, int n) {
        return new Object[] {email, name, BenchAccounts.PASSWORD_HASH, organisationId, role.name(),
                FIRST_CREATED.plus(Duration.ofHours(3L * n))};
    }
}
