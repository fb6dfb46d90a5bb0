package london.loti.hub.members;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import london.loti.hub.bench.BenchData;
import london.loti.hub.bench.Copy;
import london.loti.hub.bench.Scale;

/**
 * Bench people: one for every account (as {@code PersonForAccount} makes them), then invented officers up to the
 * scale's number, more of them in the first organisations (the London authorities) as in the real network.
 */
class PeopleBenchData implements BenchData {

    static final List<String> COLUMNS = List.of("organisation_id", "full_name", "job_title", "email", "role_family",
            "account_id", "created_at");

    record Organisation(long id, String slug) {
    }

    record Account(long id, String email, String displayName, long organisationId) {
    }

    private static final List<String> FIRST = List.of("Aisha", "Ben", "Callum", "Chloe", "Deepa", "Dev", "Elif",
            "Ethan", "Fatima", "Femi", "George", "Grace", "Hamza", "Hannah", "Imran", "Isla", "Jamal", "Jess", "Kiran",
            "Kwame", "Laura", "Lena", "Marcus", "Mo", "Nadia", "Niamh", "Oliver", "Omar", "Parisa", "Priya", "Rhys",
            "Rosa", "Sam", "Sofia", "Tariq", "Theo", "Uma", "Vikram", "Wendy", "Yasmin", "Yusuf", "Zara");
    private static final List<String> LAST = List.of("Adeyemi", "Ali", "Asante", "Baptiste", "Bello", "Brennan",
            "Cho", "Chowdhury", "Clarke", "Da Silva", "Doyle", "Evans", "Fenn", "Ghosh", "Grant", "Hassan", "Hughes",
            "Ibrahim", "Jones", "Kent", "Kerr", "Kowalski", "Lewis", "Lowe", "Mensah", "Morgan", "Nair", "Nguyen",
            "O'Connor", "Osei", "Owen", "Patel", "Qureshi", "Rahman", "Rao", "Reid", "Russo", "Smith", "Tehrani",
            "Thompson", "Uddin", "Williams", "Yilmaz", "Zhang");
    private static final List<String[]> POSTS = List.of(new String[] {"Chief Information Officer", "CHIEF_DIGITAL_AND_DATA"},
            new String[] {"Head of Digital Services", "PRODUCT_AND_DELIVERY"}, new String[] {"Data Lead", "DATA"},
            new String[] {"Data Analyst", "DATA"}, new String[] {"Enterprise Architect", "ARCHITECTURE"},
            new String[] {"Solutions Architect", "ARCHITECTURE"}, new String[] {"User Researcher", "USER_CENTRED_DESIGN"},
            new String[] {"Service Designer", "USER_CENTRED_DESIGN"}, new String[] {"Product Manager", "PRODUCT_AND_DELIVERY"},
            new String[] {"Delivery Manager", "PRODUCT_AND_DELIVERY"}, new String[] {"Software Developer", "SOFTWARE_DEVELOPMENT"},
            new String[] {"Infrastructure Engineer", "IT_OPERATIONS"}, new String[] {"Service Desk Manager", "IT_OPERATIONS"},
            new String[] {"Test Lead", "QUALITY_ASSURANCE_TESTING"}, new String[] {"Information Governance Manager", "DATA"},
            new String[] {"Digital Inclusion Officer", null});
    private static final Instant FIRST_CREATED = Instant.parse("2019-04-01T09:00:00Z");

    @Override
    public String name() {
        return "people";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(Scale scale, Copy copy) throws Exception {
        List<Organisation> organisations = copy.jdbc().sql("SELECT id, slug FROM organisation ORDER BY id")
                .query(Organisation.class).list();
        List<Account> accounts = copy.jdbc().sql("""
                SELECT id, email, display_name, organisation_id FROM user_account ORDER BY id""")
                .query(Account.class).list();
        List<Object[]> rows = rows(scale, organisations, accounts);
        copy.into("person", COLUMNS, out -> {
            for (Object[] row : rows) {
                out.add(row);
            }
        });
    }

    /** The generated rows, in {@link #COLUMNS} order: the same for the same inputs, every time. */
    static List<Object[]> rows(Scale scale, List<Organisation> organisations, List<Account> accounts) {
        Random random = Copy.random("people");
        List<Object[]> rows = new ArrayList<>(scale.people());
        for (Account account : accounts) {
            rows.add(new Object[] {account.organisationId(), account.displayName(), "", account.email(), null,
                    account.id(), created(rows.size())});
        }
        while (rows.size() < scale.people()) {
            double skew = random.nextDouble();
            Organisation organisation = organisations.get((int) (organisations.size() * skew * skew));
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            String[] post = POSTS.get(random.nextInt(POSTS.size()));
            String email = random.nextInt(10) < 6
                    ? (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "") + rows.size() + "@" + organisation.slug() + ".example"
                    : null;
            rows.add(new Object[] {organisation.id(), first + " " + last, post[0], email, post[1], null, created(rows.size())});
        }
        return rows;
    }

    private static Instant created(int n) {
        return FIRST_CREATED.plus(Duration.ofMinutes(17L * n));
    }
}
