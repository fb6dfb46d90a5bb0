package london.loti.hub.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The data directory of one scale ({@code <bench dir>/<scale>}), used as LOTI Hub's {@code LOTI_DATA_DIR}. It is
 * reused while its fingerprint — the scale's sizes, the generators and their versions, the migrations — is the
 * same; otherwise it is emptied and generated again. It never empties a directory that holds anything but an
 * embedded PostgreSQL and the bench's marker.
 */
final class BenchDataDirectory {

    static final String MARKER = "bench-data.properties";
    private static final Set<String> OURS = Set.of("postgres", "postgres.password", "loti-hub.lock", MARKER);

    /** How the data was generated: written in the marker, read back when it is reused. */
    record Generation(String generatedAt, double loadSeconds, double analyzeSeconds, long databaseBytes,
            Map<String, Long> rows) {
    }

    private final Path path;
    private final String fingerprint;
    private final Generation reused;

    private BenchDataDirectory(Path path, String fingerprint, Generation reused) {
        this.path = path;
        this.fingerprint = fingerprint;
        this.reused = reused;
    }

    static BenchDataDirectory prepare(Path root, Scale scale, List<BenchData> parts) throws IOException {
        Path path = root.resolve(scale.name()).toAbsolutePath();
        String fingerprint = fingerprint(scale, parts);
        Path marker = path.resolve(MARKER);
        if (Files.exists(marker)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(marker)) {
                properties.load(reader);
            }
            if (fingerprint.equals(properties.getProperty("fingerprint"))) {
                return new BenchDataDirectory(path, fingerprint, read(properties));
            }
        }
        empty(path);
        Files.createDirectories(path);
        return new BenchDataDirectory(path, fingerprint, null);
    }

    Path path() {
        return path;
    }

    /** The generation this directory holds from an earlier run, or null when it was made now. */
    Generation reused() {
        return reused;
    }

    void record(Generation generation) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("fingerprint", fingerprint);
        properties.setProperty("generatedAt", generation.generatedAt());
        properties.setProperty("loadSeconds", Double.toString(generation.loadSeconds()));
        properties.setProperty("analyzeSeconds", Double.toString(generation.analyzeSeconds()));
        properties.setProperty("databaseBytes", Long.toString(generation.databaseBytes()));
        properties.setProperty("tables", String.join(",", generation.rows().keySet()));
        generation.rows().forEach((table, count) -> properties.setProperty("rows." + table, Long.toString(count)));
        try (Writer writer = Files.newBufferedWriter(path.resolve(MARKER))) {
            properties.store(writer, "LOTI Hub bench data; delete this directory to generate it again");
        }
    }

    /** Every file under the directory: PostgreSQL's tables, indexes and write-ahead log. */
    long bytesOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException vanished) {
                    return 0;
                }
            }).sum();
        }
    }

    private static Generation read(Properties properties) {
        Map<String, Long> rows = new LinkedHashMap<>();
        String tables = properties.getProperty("tables", "");
        for (String table : tables.isEmpty() ? new String[0] : tables.split(",")) {
            rows.put(table, Long.parseLong(properties.getProperty("rows." + table, "0")));
        }
        return new Generation(properties.getProperty("generatedAt"),
                Double.parseDouble(properties.getProperty("loadSeconds", "0")),
                Double.parseDouble(properties.getProperty("analyzeSeconds", "0")),
                Long.parseLong(properties.getProperty("databaseBytes", "0")), rows);
    }

    private static void empty(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> entries = Files.list(path)) {
            List<String> foreign = entries.map(p -> p.getFileName().toString()).filter(name -> !OURS.contains(name)).toList();
            if (!foreign.isEmpty()) {
                throw new IllegalStateException(path + " holds " + foreign + ", so it is not a bench data directory;"
                        + " choose another with --dir");
            }
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String fingerprint(Scale scale, List<BenchData> parts) throws IOException {
        StringBuilder text = new StringBuilder(scale.dataSizes()).append('\n');
        parts.forEach(part -> text.append(part.name()).append(':').append(part.version()).append('\n'));
        Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
        Arrays.stream(migrations).map(Resource::getFilename).sorted().forEach(name -> text.append(name).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
