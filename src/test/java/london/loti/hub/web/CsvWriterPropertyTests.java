package london.loti.hub.web;

import static london.loti.hub.support.Awkward.shown;
import static org.assertj.core.api.Assertions.assertThat;

import london.loti.hub.support.Awkward;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Properties of the formula-safe cells over generated text, no Spring needed. A failure names the text and prints
 * Instancio's seed; {@code @Seed(n)} on the test repeats it.
 */
@ExtendWith(InstancioExtension.class)
class CsvWriterPropertyTests {

    static final int TRIES = 500;

    @Test
    void everyTextReadsBackAsItWasWritten() {
        for (int i = 0; i < TRIES; i++) {
            String text = awkward();
            assertThat(CsvWriter.restore(CsvWriter.neutralise(text))).as(shown(text)).isEqualTo(text);
        }
    }

    @Test
    void noExportedCellStartsAsAFormula() {
        for (int i = 0; i < TRIES; i++) {
            String text = awkward();
            String cell = CsvWriter.neutralise(text);
            assertThat(cell).as(shown(text)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@");
        }
    }

    @Test
    void anApostropheTheExportDidNotAddStays() {
        assertThat(CsvWriter.restore("'quoted")).isEqualTo("'quoted");
        assertThat(CsvWriter.neutralise("'=SUM(A1)")).isEqualTo("''=SUM(A1)");
    }

    /** Any text up to 20 characters after a start that a spreadsheet or the restore step reads specially. */
    private static String awkward() {
        return Instancio.gen().oneOf("", "=", "+", "-", "@", "'", "'=", "''", "\t", "\r").get() + Awkward.any(20);
    }
}
