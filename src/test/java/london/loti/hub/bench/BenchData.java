package london.loti.hub.bench;

/**
 * A module's part of the bench dataset: rows for its own tables, generated deterministically (a seeded
 * {@link java.util.Random} from {@link Copy#random(String)}, no clock, no {@code SecureRandom}) and loaded with
 * PostgreSQL {@code COPY} through {@link Copy}. Each module puts its implementations in its test package (such as
 * {@code members.OrganisationsBenchData}); the bench finds them all on the class path, like the access matrix
 * finds {@code AccessRows}, and loads them in {@link #order()} into a fresh database once per scale.
 */
public interface BenchData {

    /** A stable name, part of the data directory's fingerprint. */
    String name();

    /** Parts with lower numbers load first: organisations (10), accounts (20), people (30), then what refers to them. */
    int order();

    /** Raise it when the generated rows change, so that data generated before is generated again. */
    default int version() {
        return 1;
    }

    /** Generates and loads this part's rows for the scale; the tables of every part before it are loaded. */
    void load(Scale scale, Copy copy) throws Exception;
}
