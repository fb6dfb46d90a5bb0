package london.loti.hub.techmap;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import london.loti.hub.techmap.imports.CsvTable;
import london.loti.hub.techmap.imports.FileFormat;
import london.loti.hub.techmap.imports.FileProblem;
import london.loti.hub.techmap.imports.RowChecker;
import london.loti.hub.techmap.imports.RowSink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterReadingTests {

    record Read(List<String> headers, List<Integer> lines, List<List<String>> rows) {
    }

    static Read csv(byte[] bytes) throws Exception {
        List<String> headers = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        CsvTable.read(new BufferedInputStream(new ByteArrayInputStream(bytes)), new RowSink() {
            @Override
            public void header(List<String> names) {
                headers.addAll(names);
            }

            @Override
            public void row(int line, List<String> cells) {
                lines.add(line);
                rows.add(cells);
            }
        });
        return new Read(headers, lines, rows);
    }

    @Test
    void linesAreCountedAsInTheFileEvenWithBlankLinesAndQuotedLineBreaks() throws Exception {
        var read = csv(("\uFEFFRef,Title\r\nA,One\r\n\r\nB,\"Two\nlines\"\r\nC,Three\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(read.headers()).containsExactly("Ref", "Title");
        assertThat(read.lines()).containsExactly(2, 4, 6);
        assertThat(read.rows().get(1)).containsExactly("B", "Two\nlines");
    }

    @Test
    void aQuoteLeftOpenIsAFileProblemNamingTheLineItOpensOn() {
        byte[] file = "Ref,Title\nA,One\nB,\"Two\nC,Three\nD,Four\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> csv(file)).isInstanceOf(FileProblem.class)
                .hasMessageContaining("A quote (\") opened on line 3 is not closed");
    }

    @Test
    void excelsWindowsCsvWithPoundSignsIsRead() throws Exception {
        var read = csv("Ref,Value\nA,£1,234\n".replace("£1,234", "\"£1,234\"").getBytes(Charset.forName("windows-1252")));
        assertThat(read.rows().get(0)).containsExactly("A", "£1,234");
    }

    @Test
    void semicolonsAndTabsAreDelimitersToo() throws Exception {
        assertThat(csv("Ref;Title\nA;One\n".getBytes(StandardCharsets.UTF_8)).rows().get(0)).containsExactly("A", "One");
        assertThat(csv("Ref\tTitle\nA\tOne\n".getBytes(StandardCharsets.UTF_8)).rows().get(0)).containsExactly("A", "One");
    }

    @Test
    void aBinaryFileIsNotReadAsCsvWhateverItsName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> FileFormat.sniff(new BufferedInputStream(new ByteArrayInputStream(png))))
                .isInstanceOf(FileProblem.class).hasMessageContaining("holds binary data");
    }

    @Test
    void theFormatIsToldByContent() throws Exception {
        assertThat(FileFormat.sniff(stream("Ref,Title\n"))).isEqualTo(FileFormat.CSV);
        assertThat(FileFormat.sniff(stream("  {\"releases\": []}"))).isEqualTo(FileFormat.OCDS);
        assertThat(FileFormat.sniff(new BufferedInputStream(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 20, 0}))))
                .isEqualTo(FileFormat.XLSX);
    }

    @Test
    void aRowIsCheckedCellByCellWithTheColumnNamed() {
        var headers = List.of("Ref", "Title", "Vendor", "Start", "End", "Value");
        var checker = new RowChecker(headers, mapping(headers));
        var bad = checker.check(7, List.of("C-1", "Libraries system", "Civica", "01/04/2020", "31/02/2020", "£-5"));
        assertThat(bad.ok()).isFalse();
        assertThat(bad.errors()).extracting(e -> e.line() + " " + e.column() + ": " + e.message()).containsExactly(
                "7 End: '31/02/2020' is not a real date", "7 Value: '£-5' is negative: a value must be £0 or more");
        var good = checker.check(8, List.of("C-2", "Parking system", "Chipside", "01/04/2020", "31-Mar-25", "1,234.50"));
        assertThat(good.ok()).isTrue();
        assertThat(good.record().totalValue()).isEqualTo(123_450L);
        assertThat(good.record().endDate()).hasToString("2025-03-31");
        var empty = checker.check(9, List.of("", "T", ""));
        assertThat(empty.errors()).extracting(e -> e.message()).containsExactly("Enter the contract reference", "Enter the supplier name");
    }

    private static ColumnMapping mapping(List<String> headers) {
        return new ColumnMapping(java.util.Map.of(ImportField.REFERENCE, "Ref", ImportField.TITLE, "Title",
                ImportField.SUPPLIER, "Vendor", ImportField.START_DATE, "Start", ImportField.END_DATE, "End",
                ImportField.TOTAL_VALUE, "Value"));
    }

    private static BufferedInputStream stream(String text) {
        return new BufferedInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
