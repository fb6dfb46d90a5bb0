package london.loti.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the formula-safe cells, run by jqwik's own engine beside Jupiter: no Spring needed. */
class CsvWriterPropertyTests {

    @Property(tries = 500)
    void everyTextReadsBackAsItWasWritten(@ForAll("awkward") String text) {
        assertThat(CsvWriter.restore(CsvWriter.neutralise(text))).isEqualTo(text);
    }

    @Property(tries = 500)
    void noExportedCellStartsAsAFormula(@ForAll("awkward") String text) {
        String cell = CsvWriter.neutralise(text);
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
    }

    @Example
    void anApostropheTheExportDidNotAddStays() {
        assertThat(CsvWriter.restore("'quoted")).isEqualTo("'quoted");
        assertThat(CsvWriter.neutralise("'=SUM(A1)")).isEqualTo("''=SUM(A1)");
    }

    @Provide
    Arbitrary<String> awkward() {
        Arbitrary<String> start = Arbitraries.of("", "=", "+", "-", "@", "'", "'=", "''", "\t", "\r");
        return start.flatMap(s -> Arbitraries.strings().all().ofMaxLength(20).map(rest -> s + rest));
    }
}
