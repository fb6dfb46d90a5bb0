package london.loti.hub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchDataDirectoryTests {

    @TempDir
    Path root;

    private static BenchData part(String name, int version) {
        return new BenchData() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int order() {
                return 1;
            }

            @Override
            public int version() {
                return version;
            }

            @Override
            public void load(Scale scale, Copy copy) {
            }
        };
    }

    private static final BenchDataDirectory.Generation GENERATED = new BenchDataDirectory.Generation(
            "2026-01-01T00:00:00Z", 1.5, 0.5, 1234, Map.of("person", 600L));

    @Test
    void dataGeneratedForTheSameScaleAndGeneratorsIsReused() throws Exception {
        var first = BenchDataDirectory.prepare(root, Scale.TINY, List.of(part("people", 1)));
        assertThat(first.reused()).isNull();
        Files.createDirectories(first.path().resolve("postgres"));
        first.record(GENERATED);

        var second = BenchDataDirectory.prepare(root, Scale.TINY, List.of(part("people", 1)));

        assertThat(second.reused()).isEqualTo(GENERATED);
        assertThat(second.path().resolve("postgres")).exists();
    }

    @Test
    void aNewGeneratorVersionEmptiesTheDirectoryToGenerateAgain() throws Exception {
        var first = BenchDataDirectory.prepare(root, Scale.TINY, List.of(part("people", 1)));
        Files.createDirectories(first.path().resolve("postgres/base"));
        first.record(GENERATED);

        var second = BenchDataDirectory.prepare(root, Scale.TINY, List.of(part("people", 2)));

        assertThat(second.reused()).isNull();
        assertThat(second.path()).isEmptyDirectory();
    }

    @Test
    void eachScaleHasItsOwnDirectory() throws Exception {
        var tiny = BenchDataDirectory.prepare(root, Scale.TINY, List.of());
        var national = BenchDataDirectory.prepare(root, Scale.NATIONAL, List.of());

        assertThat(tiny.path()).isEqualTo(root.resolve("tiny").toAbsolutePath());
        assertThat(national.path()).isEqualTo(root.resolve("national").toAbsolutePath());
    }

    @Test
    void aDirectoryHoldingAnythingElseIsNeverEmptied() throws Exception {
        Files.createDirectories(root.resolve("tiny"));
        Files.writeString(root.resolve("tiny/notes.txt"), "mine");

        assertThatThrownBy(() -> BenchDataDirectory.prepare(root, Scale.TINY, List.of()))
                .hasMessageContaining("not a bench data directory");
        assertThat(root.resolve("tiny/notes.txt")).exists();
    }
}
