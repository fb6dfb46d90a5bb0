package london.loti.hub.bench;

import static london.loti.hub.bench.Goal.all;
import static london.loti.hub.bench.Goal.none;
import static london.loti.hub.bench.Goal.p95AtMost;
import static london.loti.hub.bench.Goal.p95AtMostOfBaselineP50;
import static london.loti.hub.bench.Goal.peakHeapAtMost;
import static london.loti.hub.bench.Goal.sameCountAtMost;
import static london.loti.hub.bench.Goal.throughputAtLeast;

/**
 * The figures the benchmark reports (issue 7), each with its goal, in report order. Goals come from the issue;
 * where it sets none, from the performance budget of docs/architecture.md (page p95 under 100 ms at 32 clients,
 * search p95 under 30 ms). Modules measure a figure with a {@link Figure} of this id; a figure nobody measures
 * yet is reported as not yet available, naming the module it waits for.
 */
public enum FigureId {
    W1("a no-op endpoint through the whole filter chain, anonymous", "web",
            none("none: W1 is the baseline of W2–W8")),
    W2("the same no-op endpoint, signed in (the session read from and written to PostgreSQL)", "accounts",
            throughputAtLeast(0.4, "W1")),
    W3("a list page: 25 rows with filters and a count", "members",
            all(throughputAtLeast(0.25, "W1"), p95AtMost(100))),
    W4("a detail page", "members", p95AtMost(100)),
    W6("the SQL statements one request runs, with 10 rows and with 100 rows", "members",
            sameCountAtMost(12, "statements")),
    W8("an API list of 100", "members", p95AtMost(100)),
    S1("a mixed search query set, against the same SQL forced to a sequential scan", "search (issue 4)",
            all(p95AtMostOfBaselineP50(0.1, "sequential scan"), p95AtMost(30))),
    S2("very common terms, against the same SQL forced to a sequential scan", "search (issue 4)",
            all(p95AtMostOfBaselineP50(0.2, "sequential scan"), p95AtMost(30))),
    S3("misspelt names, against the same SQL forced to a sequential scan", "search (issue 4)", p95AtMost(30)),
    I1("a contracts CSV imported through the real import path, against PostgreSQL COPY of the same file into a"
            + " table of the same shape and indexes", "techmap imports (issue 5)",
            throughputAtLeast(0.33, "COPY")),
    I2("parsing and validating the same CSV alone", "techmap imports (issue 5)",
            none("none: reported to explain I1")),
    I4("peak heap of a smaller and a larger import", "techmap imports (issue 5)",
            peakHeapAtMost(512L << 20, 1.5));

    private final String what;
    private final String module;
    private final Goal goal;

    FigureId(String what, String module, Goal goal) {
        this.what = what;
        this.module = module;
        this.goal = goal;
    }

    public String what() {
        return what;
    }

    /** The module that measures it, named when it is not built yet. */
    public String module() {
        return module;
    }

    public Goal goal() {
        return goal;
    }
}
