package london.loti.hub.bench;

import java.util.Arrays;

/**
 * What one workload did: how many calls (or rows), how many failed, in how long, and the 50th and 95th percentile
 * of the calls' latencies (nearest rank). A batch (an import) has one latency, so no percentiles.
 */
public record Stats(long count, long errors, long elapsedNanos, long p50Nanos, long p95Nanos, String unit,
        String firstError) {

    /** Calls, or rows, per second of wall-clock time. */
    public double perSecond() {
        return elapsedNanos == 0 ? 0 : count * 1e9 / elapsedNanos;
    }

    public double p50Millis() {
        return p50Nanos / 1e6;
    }

    public double p95Millis() {
        return p95Nanos / 1e6;
    }

    public boolean hasPercentiles() {
        return p50Nanos >= 0;
    }

    /** A single operation over many items, such as an import of a file: throughput only. */
    public static Stats ofBatch(long items, long elapsedNanos, String unit) {
        return new Stats(items, 0, elapsedNanos, -1, -1, unit, null);
    }

    /** Collects latencies from several segments (the rounds of a figure) into one {@link Stats}. */
    public static final class Samples {
        private long[] latencies = new long[1024];
        private int size;
        private long errors;
        private long elapsedNanos;
        private String firstError;

        public synchronized void add(long[] segment, int length, long segmentErrors, long segmentNanos, String error) {
            if (size + length > latencies.length) {
                latencies = Arrays.copyOf(latencies, Math.max(latencies.length * 2, size + length));
            }
            System.arraycopy(segment, 0, latencies, size, length);
            size += length;
            errors += segmentErrors;
            elapsedNanos += segmentNanos;
            if (firstError == null) {
                firstError = error;
            }
        }

        public synchronized Stats stats(String unit) {
            long[] sorted = Arrays.copyOf(latencies, size);
            Arrays.sort(sorted);
            return new Stats(size, errors, elapsedNanos, percentile(sorted, 0.50), percentile(sorted, 0.95), unit,
                    firstError);
        }

        static long percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}
