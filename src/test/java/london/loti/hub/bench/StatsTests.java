package london.loti.hub.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatsTests {

    @Test
    void percentilesAreNearestRankOverEverySegment() {
        Stats.Samples samples = new Stats.Samples();
        long[] first = new long[50];
        long[] second = new long[50];
        for (int i = 0; i < 50; i++) {
            first[i] = (i + 1) * 1_000_000L; // 1..50 ms
            second[i] = (i + 51) * 1_000_000L; // 51..100 ms
        }
        samples.add(second, 50, 0, 1_000_000_000L, null);
        samples.add(first, 50, 2, 1_000_000_000L, "boom");

        Stats stats = samples.stats("req/s");

        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.p50Millis()).isEqualTo(50.0);
        assertThat(stats.p95Millis()).isEqualTo(95.0);
        assertThat(stats.perSecond()).isEqualTo(50.0);
        assertThat(stats.errors()).isEqualTo(2);
        assertThat(stats.firstError()).isEqualTo("boom");
    }

    @Test
    void onlyTheFilledPartOfASegmentCounts() {
        Stats.Samples samples = new Stats.Samples();
        samples.add(new long[] {5, 7, 999, 999}, 2, 0, 10, null);

        assertThat(samples.stats("req/s").count()).isEqualTo(2);
        assertThat(samples.stats("req/s").p95Nanos()).isEqualTo(7);
    }

    @Test
    void aBatchHasAThroughputButNoPercentiles() {
        Stats batch = Stats.ofBatch(1_000_000, 4_000_000_000L, "rows/s");

        assertThat(batch.perSecond()).isEqualTo(250_000.0);
        assertThat(batch.hasPercentiles()).isFalse();
    }
}
