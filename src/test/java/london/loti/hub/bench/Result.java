package london.loti.hub.bench;

/** What a figure measured; its {@link Goal} judges it. */
public sealed interface Result permits Result.Timed, Result.Counted, Result.PeakHeap {

    /**
     * A subject measured in rounds alternated with its baseline (or alone, for the baseline itself), with the SQL
     * statements one call of the subject runs when the bench could count them (else -1).
     */
    record Timed(Stats subject, Stats baseline, String baselineName, long subjectStatements) implements Result {

        public Timed(Stats subject, Stats baseline, String baselineName) {
            this(subject, baseline, baselineName, -1);
        }

        public static Timed alone(Stats subject) {
            return new Timed(subject, null, null);
        }

        Timed withStatements(long statements) {
            return new Timed(subject, baseline, baselineName, statements);
        }

        /** The subject's throughput as a share of the baseline's. */
        public double ratio() {
            return baseline == null ? 1 : subject.perSecond() / baseline.perSecond();
        }

        public long errors() {
            return subject.errors() + (baseline == null ? 0 : baseline.errors());
        }
    }

    /** A count at a small and a large size, such as the SQL statements of a page of 10 and of 100 rows. */
    record Counted(String unit, String smallLabel, long small, String largeLabel, long large) implements Result {
    }

    /** The peak heap of the same work at a small and a large size, such as imports of 100,000 and 1,000,000 rows. */
    record PeakHeap(String smallLabel, long smallBytes, String largeLabel, long largeBytes) implements Result {
    }
}
