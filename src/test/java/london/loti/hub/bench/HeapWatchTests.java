package london.loti.hub.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeapWatchTests {

    private static byte[] held;

    @Test
    void thePeakIncludesWhatTheWorkHeldWhileItRan() throws Exception {
        long idle = HeapWatch.peakBytes(() -> { });

        long holding = HeapWatch.peakBytes(() -> {
            held = new byte[64 << 20];
            held[held.length - 1] = 1;
            Thread.sleep(20);
        });
        held = null;

        assertThat(holding).isGreaterThanOrEqualTo(64L << 20);
        assertThat(holding).isGreaterThan(idle);
    }
}
