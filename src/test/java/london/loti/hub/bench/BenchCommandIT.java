package london.loti.hub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark command, end to end at the tiny scale, in a JVM of its own as {@code mvn -Pbench verify} runs it:
 * it generates the data, starts LOTI Hub on it, and prints every figure with its goal. It asserts what was
 * printed, never how fast anything was. (Reusing the data is {@code BenchDataDirectoryTests}'s.)
 */
class BenchCommandIT {

    private final Path dir = Path.of(System.getProperty("java.io.tmpdir"), "loti-bench-it-" + UUID.randomUUID());

    @AfterEach
    void removeData() throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void generatesTheDataStartsLotiHubAndPrintsEveryFigureWithItsGoal() throws Exception {
        String output = bench("--scale=tiny", "--dir=" + dir);

        assertThat(output).contains("LOTI Hub benchmark", "generated now", "organisation 60 rows (25 generated)",
                "person 600 rows (600 generated)", "tech_contract 4,000 rows (4,000 generated)", "Summary: ");
        for (FigureId id : FigureId.values()) {
            List<String> block = block(output, id);
            assertThat(block).as(id + " is printed").isNotEmpty();
            assertThat(block).as(id + " has its goal").anySatisfy(line ->
                    assertThat(line).startsWith("    goal      " + id.goal().text()));
        }
        for (FigureId id : List.of(FigureId.W1, FigureId.W2, FigureId.W3, FigureId.W4, FigureId.W8)) {
            assertThat(block(output, id)).as(id + " is measured").anySatisfy(line ->
                    assertThat(line).matches("    subject   p50 +[0-9.]+ ms   p95 +[0-9.]+ ms +[0-9,]+ req/s .*"));
        }
        for (FigureId id : List.of(FigureId.W2, FigureId.W3, FigureId.W4, FigureId.W8)) {
            assertThat(block(output, id)).as(id + " has its baseline and ratio")
                    .anySatisfy(line -> assertThat(line).startsWith("    baseline  p50"))
                    .anySatisfy(line -> assertThat(line).startsWith("    ratio     "));
        }
        assertThat(block(output, FigureId.W6)).anySatisfy(line ->
                assertThat(line).matches("    measured  [0-9]+ statements with 10 rows, [0-9]+ with 100 rows"));
        for (FigureId id : List.of(FigureId.S1, FigureId.S2, FigureId.S3)) {
            assertThat(block(output, id)).as(id + " is measured against a sequential scan")
                    .anySatisfy(line -> assertThat(line).matches("    subject   p50 +[0-9.]+ ms   p95 +[0-9.]+ ms +[0-9,]+ queries/s .*"))
                    .anySatisfy(line -> assertThat(line).contains("sequential scan, alternated round by round"));
        }
        for (FigureId id : List.of(FigureId.I1, FigureId.I2)) {
            assertThat(block(output, id)).as(id + " is measured").anySatisfy(line ->
                    assertThat(line).matches("    subject +[0-9,]+ rows/s"));
        }
        assertThat(block(output, FigureId.I1)).as("I1 has its baseline and ratio")
                .anySatisfy(line -> assertThat(line).matches("    baseline +[0-9,]+ rows/s +COPY of the same file.*"))
                .anySatisfy(line -> assertThat(line).startsWith("    ratio     "));
        assertThat(block(output, FigureId.I4)).anySatisfy(line ->
                assertThat(line).matches("    measured  [0-9,]+ MB with 1,000 rows, [0-9,]+ MB with 10,000 rows"));
        assertThat(output).contains("I1 the same file imported again (not in the figure): 0 new, 0 changed, 10,000 unchanged");
        assertThat(output).doesNotContain("calls failed", "    failed    ");
    }

    /** The lines of a figure: its heading and the indented lines under it. */
    private static List<String> block(String output, FigureId id) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : output.split("\n")) {
            if (line.startsWith(id.name() + "  ")) {
                in = true;
            } else if (in && !line.startsWith("    ")) {
                in = false;
            }
            if (in) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String bench(String... options) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-classpath", classPath, Bench.class.getName()));
        command.addAll(List.of(options));
        Path log = Files.createTempFile("loti-bench-it-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = process.waitFor(5, TimeUnit.MINUTES);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(finished).as("the bench finished; output:\n" + text).isTrue();
            assertThat(process.exitValue()).as("exit code; output:\n" + text).isZero();
            return text;
        } finally {
            Files.delete(log);
        }
    }
}
