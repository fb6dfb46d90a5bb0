package london.loti.hub.bench;

import java.time.Duration;
import java.util.List;

/**
 * How much data the bench generates and how long it measures. The 35 real organisations (33 London authorities,
 * the GLA, London Councils) are always there; a scale adds generated UK councils and partners. Sizes of tables
 * whose modules do not exist yet are here already, so that their generators find them when they arrive.
 */
public record Scale(String name, int councils, int partners, int people, int projects, int contracts,
        long spendingRows, int importRows, int smallImportRows, Timing timing) {

    /** The organisations of the reference data: 33 London authorities, the GLA and London Councils. */
    public static final int REAL_ORGANISATIONS = 35;

    /** How the bench measures: concurrent clients, warm-up per workload, alternated rounds of one segment each. */
    public record Timing(int clients, Duration warmUp, Duration segment, int rounds) {
    }

    public static final Scale TINY = new Scale("tiny", 20, 5, 600, 1_000, 4_000, 100_000, 10_000, 1_000,
            new Timing(32, Duration.ofMillis(300), Duration.ofMillis(200), 2));
    public static final Scale LONDON = new Scale("london", 0, 15, 5_000, 10_000, 40_000, 1_000_000, 1_000_000,
            100_000, new Timing(32, Duration.ofSeconds(10), Duration.ofSeconds(5), 3));
    public static final Scale NATIONAL = new Scale("national", 300, 65, 50_000, 100_000, 400_000, 10_000_000,
            1_000_000, 100_000, new Timing(32, Duration.ofSeconds(10), Duration.ofSeconds(5), 3));

    public static final List<Scale> ALL = List.of(TINY, LONDON, NATIONAL);

    public static Scale named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "Unknown scale '" + name + "': choose one of " + ALL.stream().map(Scale::name).toList()));
    }

    public int organisations() {
        return REAL_ORGANISATIONS + councils + partners;
    }

    public Scale with(Timing timing) {
        return new Scale(name, councils, partners, people, projects, contracts, spendingRows, importRows,
                smallImportRows, timing);
    }

    /** The sizes that decide the generated data (not the timing), for the data directory's fingerprint. */
    String dataSizes() {
        return "%s organisations=%d (councils=%d partners=%d) people=%d projects=%d contracts=%d spending=%d"
                .formatted(name, organisations(), councils, partners, people, projects, contracts, spendingRows);
    }
}
