package london.loti.hub.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RowsTests {

    @Test
    void valuesAreWrittenInCopyTextFormat() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rows rows = new Rows(out::write);

        rows.add("O'Connor\tand\\co\nline\rend", null, 42L, true, Instant.parse("2019-04-01T09:00:00Z"));
        rows.add("Café", false);
        rows.flush();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "O'Connor\\tand\\\\co\\nline\\rend\t\\N\t42\tt\t2019-04-01T09:00:00Z\nCafé\tf\n");
        assertThat(rows.count()).isEqualTo(2);
    }

    @Test
    void nothingIsWrittenUntilFlushedOrAMegabyteIsBuffered() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rows rows = new Rows(out::write);

        rows.add("small");
        assertThat(out.size()).isZero();
        for (int i = 0; i < 20_000; i++) {
            rows.add("x".repeat(100));
        }
        assertThat(out.size()).isGreaterThanOrEqualTo(1 << 20);
    }
}
