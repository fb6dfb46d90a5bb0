package london.loti.hub.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark command (docs/performance.md): generates the data of a scale (or reuses it), starts LOTI Hub on
 * it, warms up, measures every figure of {@link FigureId} with its baseline alternated in the same run, and prints
 * each figure with its goal and whether it is met. Run it with {@code mvn -Pbench verify}; arguments:
 * {@code --scale=tiny|london|national --dir=PATH [--clients=N --warm-up=10s --segment=5s --rounds=N --only=W1,W3]}.
 * It exits 0 when every figure could be measured (met or not), 1 when a measurement failed, 2 on bad arguments.
 */
public final class Bench {

    private final Options options;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private final double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

    Bench(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        System.exit(new Bench(options, System.out).run());
    }

    int run() throws Exception {
        Scale scale = options.scale();
        List<BenchData> parts = found(BenchData.class).stream().sorted(Comparator.comparingInt(BenchData::order)).toList();
        List<Figure> figures = found(BenchFigures.class).stream().flatMap(f -> f.figures().stream()).toList();
        BenchDataDirectory directory = BenchDataDirectory.prepare(options.dir(), scale, parts);
        progress("starting LOTI Hub on " + directory.path());
        long t0 = System.nanoTime();
        BenchServer server = BenchServer.start(directory.path());
        try {
            double startSeconds = seconds(System.nanoTime() - t0);
            BenchDataDirectory.Generation generation = directory.reused();
            if (generation == null) {
                generation = generate(scale, parts, server);
                directory.record(generation);
                // Records loaded behind LOTI Hub's back are indexed for search by its start-up, as after any bulk load.
                progress("restarting LOTI Hub, whose start-up indexes the generated records for search");
                server.close();
                t0 = System.nanoTime();
                server = BenchServer.start(directory.path());
                startSeconds = seconds(System.nanoTime() - t0);
            }
            List<String> header = header(scale, directory, generation, startSeconds, server);
            Report report = new Report();
            boolean failed = false;
            try (BenchContext bench = new BenchContext(server, scale, this::progress)) {
                for (FigureId id : FigureId.values()) {
                    if (!options.includes(id)) {
                        continue;
                    }
                    List<Figure> mine = figures.stream().filter(f -> f.id() == id).toList();
                    if (mine.isEmpty()) {
                        report.add(Report.Line.notAvailable(id));
                    }
                    for (Figure figure : mine) {
                        progress("measuring " + id + ": " + figure.what());
                        try {
                            report.add(Report.Line.measured(figure, figure.measurement().measure(bench)));
                        } catch (Exception e) {
                            failed = true;
                            report.add(Report.Line.failed(figure, e));
                        }
                    }
                }
            }
            out.println();
            out.println("LOTI Hub benchmark");
            header.forEach(out::println);
            report.print(out);
            out.printf(Locale.UK, "Finished in %s (including start-up%s).%n", minutes(System.nanoTime() - started),
                    directory.reused() == null ? " and data generation" : "");
            return failed ? 1 : 0;
        } finally {
            server.close();
        }
    }

    private BenchDataDirectory.Generation generate(Scale scale, List<BenchData> parts, BenchServer server) throws Exception {
        Copy copy = new Copy(server.dataSource());
        long t0 = System.nanoTime();
        for (BenchData part : parts) {
            progress("generating " + part.name());
            part.load(scale, copy);
        }
        long t1 = System.nanoTime();
        progress("VACUUM ANALYZE and CHECKPOINT");
        JdbcClient jdbc = JdbcClient.create(server.dataSource());
        jdbc.sql("VACUUM (ANALYZE)").update();
        jdbc.sql("CHECKPOINT").update();
        long t2 = System.nanoTime();
        long bytes = jdbc.sql("SELECT pg_database_size(current_database())").query(Long.class).single();
        return new BenchDataDirectory.Generation(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                seconds(t1 - t0), seconds(t2 - t1), bytes, new LinkedHashMap<>(copy.loaded()));
    }

    private List<String> header(Scale scale, BenchDataDirectory directory, BenchDataDirectory.Generation generation,
            double startSeconds, BenchServer server) throws Exception {
        JdbcClient jdbc = JdbcClient.create(server.dataSource());
        String postgres = jdbc.sql("SHOW server_version").query(String.class).single();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : generation.rows().keySet()) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        Scale.Timing timing = scale.timing();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.UK, "  scale      %s: %,d organisations, %,d people, %,d projects, %,d contracts,"
                + " %,d spending rows (only the tables that exist are generated)", scale.name(), scale.organisations(),
                scale.people(), scale.projects(), scale.contracts(), scale.spendingRows()));
        lines.add("  tables     " + String.join(", ", counts.entrySet().stream().map(e -> String.format(Locale.UK,
                "%s %,d rows (%,d generated)", e.getKey(), e.getValue(), generation.rows().get(e.getKey()))).toList()));
        lines.add(String.format(Locale.UK, "  data       %s, %s %s: COPY %.1f s, VACUUM ANALYZE %.1f s; database %s,"
                + " directory %s on disk", directory.path(), directory.reused() == null ? "generated now" : "reused, generated",
                generation.generatedAt(), generation.loadSeconds(), generation.analyzeSeconds(),
                megabytes(generation.databaseBytes()), megabytes(directory.bytesOnDisk())));
        long documents = jdbc.sql("SELECT count(*) FROM search_document").query(Long.class).single();
        lines.add(String.format(Locale.UK, "  server     LOTI Hub started in %.1f s (%s) on embedded PostgreSQL %s;"
                + " Java %s, %d processors, max heap %s", startSeconds, directory.reused() == null
                        ? String.format(Locale.UK, "restarted after generating, indexing %,d search documents", documents)
                        : String.format(Locale.UK, "%,d search documents indexed before", documents),
                postgres, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                megabytes(Runtime.getRuntime().maxMemory())));
        lines.add(String.format(Locale.UK, "  method     %d clients (platform threads, one java.net.http.HttpClient);"
                + " each workload warmed up %s; then %d rounds of %s for the baseline and %s for the subject,"
                + " alternated", timing.clients(), duration(timing.warmUp()), timing.rounds(), duration(timing.segment()),
                duration(timing.segment())));
        lines.add(String.format(Locale.UK, "  load       system load average %.1f at the start, %.1f at the end, on %d"
                + " processors (other work on the machine skews absolute times more than ratios)", loadAtStart,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        return lines;
    }

    private void progress(String message) {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        out.printf("[%02d:%02d] %s%n", seconds / 60, seconds % 60, message);
        out.flush();
    }

    /** Implementations of a bench extension point in the test sources of every module, like AccessRows. */
    static <T> List<T> found(Class<T> type) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(type));
        return scanner.findCandidateComponents("london.loti.hub").stream()
                .sorted(Comparator.comparing(d -> d.getBeanClassName()))
                .map(definition -> {
                    try {
                        var constructor = Class.forName(definition.getBeanClassName()).getDeclaredConstructor();
                        constructor.setAccessible(true);
                        return type.cast(constructor.newInstance());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String minutes(long nanos) {
        long s = nanos / 1_000_000_000L;
        return s / 60 + " min " + s % 60 + " s";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%,.0f MB", bytes / 1048576.0);
    }

    private static String duration(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** The command's arguments. */
    record Options(Scale scale, Path dir, Set<String> only) {

        static final String USAGE = "usage: Bench --scale=tiny|london|national [--dir=PATH] [--clients=N]"
                + " [--warm-up=10s] [--segment=5s] [--rounds=N] [--only=W1,W3]";

        static Options parse(String... args) {
            Scale scale = Scale.NATIONAL;
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "loti-bench");
            Scale.Timing timing = null;
            Integer clients = null;
            Integer rounds = null;
            Duration warmUp = null;
            Duration segment = null;
            Set<String> only = Set.of();
            for (String arg : String.join(" ", args).trim().split("\\s+")) {
                if (arg.isBlank()) {
                    continue;
                }
                String[] kv = arg.split("=", 2);
                if (kv.length != 2 || !kv[0].startsWith("--")) {
                    throw new IllegalArgumentException("Not an option: " + arg);
                }
                String value = kv[1];
                switch (kv[0]) {
                    case "--scale" -> scale = Scale.named(value);
                    case "--dir" -> dir = Path.of(value);
                    case "--clients" -> clients = Integer.parseInt(value);
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    case "--warm-up" -> warmUp = duration(value);
                    case "--segment" -> segment = duration(value);
                    case "--only" -> only = Set.of(value.split(","));
                    default -> throw new IllegalArgumentException("Unknown option: " + kv[0]);
                }
            }
            timing = scale.timing();
            timing = new Scale.Timing(clients == null ? timing.clients() : clients,
                    warmUp == null ? timing.warmUp() : warmUp, segment == null ? timing.segment() : segment,
                    rounds == null ? timing.rounds() : rounds);
            return new Options(scale.with(timing), dir, only);
        }

        boolean includes(FigureId id) {
            return only.isEmpty() || only.contains(id.name());
        }

        private static Duration duration(String value) {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
            }
            if (value.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)) * 60);
            }
            throw new IllegalArgumentException("A duration such as 500ms, 5s or 2m, not " + value);
        }
    }
}
