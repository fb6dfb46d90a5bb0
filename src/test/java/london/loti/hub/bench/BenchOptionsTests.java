package london.loti.hub.bench;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTests {

    @Test
    void theScaleGivesTheTimingAndOptionsOverrideIt() {
        var options = Bench.Options.parse("--scale=tiny", "--dir=/tmp/x", "--rounds=5 --segment=1.5s", "", "--only=W1,W6");

        assertThat(options.scale().name()).isEqualTo("tiny");
        assertThat(options.dir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.scale().timing()).isEqualTo(new Scale.Timing(32, Duration.ofMillis(300), Duration.ofMillis(1500), 5));
        assertThat(options.includes(FigureId.W6)).isTrue();
        assertThat(options.includes(FigureId.W3)).isFalse();
    }

    @Test
    void theDefaultIsTheNationalScaleWithEveryFigure() {
        var options = Bench.Options.parse();

        assertThat(options.scale().organisations()).isEqualTo(400);
        assertThat(options.scale().people()).isEqualTo(50_000);
        assertThat(options.includes(FigureId.S1)).isTrue();
    }

    @Test
    void unknownOptionsAndScalesAreRefused() {
        assertThatThrownBy(() -> Bench.Options.parse("--scales=tiny")).hasMessage("Unknown option: --scales");
        assertThatThrownBy(() -> Bench.Options.parse("--scale=huge")).hasMessageStartingWith("Unknown scale 'huge'");
        assertThatThrownBy(() -> Bench.Options.parse("--warm-up=10")).hasMessageContaining("not 10");
    }
}
