package london.loti.hub.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak heap of a piece of work, for I4: the JVM's used heap sampled every millisecond while the work runs,
 * after a garbage collection before it starts. It counts everything in the JVM — LOTI Hub's own heap and garbage
 * not yet collected — so it is an upper bound on what the work needs; run the bench with the heap limit of
 * production ({@code -Dbench.heap=-Xmx1g}, the default) so that the collector behaves as it would there.
 */
public final class HeapWatch {

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private HeapWatch() {
    }

    public static long peakBytes(Work work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
        try {
            work.run();
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        return peak.get();
    }
}
