package london.loti.hub.web;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

    /** Values a spreadsheet would run, values that only look like them, and the awkward ones around them. */
    private static final List<String> VALUES = List.of("=SUM(A1:A9)", "+44 20 7934 9999", "-5", "@cmd", "\tindented",
            "\rreturn", "'=already quoted", "''=twice", "'", "''", "'plain", "plain", "", "a, b", "say \"hi\"",
            "two\nlines", "5-a-side", "email@example.com", "=", "-");

    @Test
    void aCellThatWouldRunAsAFormulaStartsWithAnApostropheAndNothingElseChanges() throws Exception {
        StringWriter out = new StringWriter();
        var csv = new CsvWriter(out, List.of("name", "note"));
        csv.row("=HYPERLINK(\"http://evil\")", "a, b");
        csv.row("plain", null);
        csv.row("-5", "@SUM(1)");
        csv.flush();
        assertThat(out.toString()).isEqualTo("name,note\r\n\"'=HYPERLINK(\"\"http://evil\"\")\",\"a, b\"\r\nplain,\r\n"
                + "'-5,'@SUM(1)\r\n");
        for (String value : VALUES) {
            String cell = CsvWriter.neutralise(value);
            assertThat(cell).as(value).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        }
    }

    @Test
    void everyValueReadsBackAsItWasWritten() throws Exception {
        StringWriter out = new StringWriter();
        var csv = new CsvWriter(out, List.of("value"));
        for (String value : VALUES) {
            csv.row(value);
        }
        csv.flush();
        try (var parser = CSVParser.builder().setReader(new StringReader(out.toString()))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertThat(parser.getRecords()).extracting(r -> CsvWriter.restore(r.get(0))).containsExactlyElementsOf(VALUES);
        }
        assertThat(CsvWriter.restore("'plain")).isEqualTo("'plain");
        assertThat(CsvWriter.restore("'=SUM(A1)")).isEqualTo("=SUM(A1)");
    }
}
