package london.loti.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties run by jqwik's own engine, beside Jupiter: no Spring needed. */
class SpreadsheetTextTests {

    @Property(tries = 500)
    void everyTextReadsBackAsItWasWritten(@ForAll("awkward") String text) {
        assertThat(SpreadsheetText.unprotect(SpreadsheetText.protect(text))).isEqualTo(text);
    }

    @Property(tries = 500)
    void noExportedCellStartsAsAFormula(@ForAll("awkward") String text) {
        String cell = SpreadsheetText.protect(text);
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
    }

    @Example
    void anApostropheTheExportDidNotAddStays() {
        assertThat(SpreadsheetText.unprotect("'quoted")).isEqualTo("'quoted");
        assertThat(SpreadsheetText.protect("'=SUM(A1)")).isEqualTo("''=SUM(A1)");
    }

    @Provide
    Arbitrary<String> awkward() {
        Arbitrary<String> start = Arbitraries.of("", "=", "+", "-", "@", "'", "'=", "''", "\t", "\r");
        return start.flatMap(s -> Arbitraries.strings().all().ofMaxLength(20).map(rest -> s + rest));
    }
}
