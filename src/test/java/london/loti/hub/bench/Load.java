package london.loti.hub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed pool of client threads (platform threads: Java 17 has no virtual threads) that run one task at once,
 * as often as they can for a while, and record each call's latency.
 */
public final class Load implements AutoCloseable {

    /** One call of a client; throwing counts it as failed. {@code n} numbers the calls of a segment from 0. */
    @FunctionalInterface
    public interface Task {
        void call(int client, long n) throws Exception;
    }

    private final int clients;
    private final ExecutorService pool;

    public Load(int clients) {
        this.clients = clients;
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "bench-client-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public int clients() {
        return clients;
    }

    /** Runs the task on every client for the duration; records into {@code samples} unless it is null (warm-up). */
    public void run(Task task, Duration duration, Stats.Samples samples) throws Exception {
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong sequence = new AtomicLong();
        long[] start = new long[1];
        List<Future<Client>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                Client record = new Client();
                ready.countDown();
                go.await();
                long deadline = start[0] + duration.toNanos();
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        task.call(client, sequence.getAndIncrement());
                    } catch (Exception e) {
                        record.failed(e);
                    }
                    record.add(System.nanoTime() - t0);
                }
                record.end = System.nanoTime();
                return record;
            }));
        }
        ready.await();
        start[0] = System.nanoTime();
        go.countDown();
        long end = start[0];
        List<Client> records = new ArrayList<>();
        for (Future<Client> future : futures) {
            Client record = future.get();
            records.add(record);
            end = Math.max(end, record.end);
        }
        if (samples != null) {
            long elapsed = end - start[0];
            for (int i = 0; i < records.size(); i++) {
                Client r = records.get(i);
                samples.add(r.latencies, r.size, r.errors, i == 0 ? elapsed : 0, r.firstError);
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static final class Client {
        long[] latencies = new long[4096];
        int size;
        long errors;
        long end;
        String firstError;

        void add(long nanos) {
            if (size == latencies.length) {
                latencies = Arrays.copyOf(latencies, size * 2);
            }
            latencies[size++] = nanos;
        }

        void failed(Exception e) {
            errors++;
            if (firstError == null) {
                firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
    }
}
