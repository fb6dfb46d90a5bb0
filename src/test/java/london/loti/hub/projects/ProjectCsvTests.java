package london.loti.hub.projects;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectCsvTests {

    private static final String HEADER = "title,summary,phase,service_area,visibility,tags\n";

    @Test
    void rowsKnowTheirLinesEvenAfterAValueThatSpansLines() {
        var parsed = ProjectCsv.parse(HEADER
                + "Repairs,\"Two\nlines\",beta,HOUSING,public,\"repairs, housing\"\n"
                + "\n"
                + "Parking,Permits,live,TRANSPORT,members,\n");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(ProjectCsv.Row::line).containsExactly(2, 5);
        assertThat(parsed.rows().get(0).get("summary")).isEqualTo("Two\nlines");
    }

    @Test
    void aMissingColumnIsReportedOnLineOne() {
        var parsed = ProjectCsv.parse("title,summary,service_area,visibility\nA,B,HOUSING,public\n");
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).singleElement().hasToString(
                "Line 1: the file has no ‘phase’ column (it needs title, summary, phase, service_area, visibility)");
    }

    @Test
    void aQuoteLeftOpenIsReportedOnTheLineWhereItOpens() {
        var parsed = ProjectCsv.parse(HEADER
                + "Repairs,Fine,beta,HOUSING,public,\n"
                + "Parking,\"Never closed,live,TRANSPORT,public,\n"
                + "Waste,More,live,WASTE,public,\n");
        assertThat(parsed.errors()).singleElement()
                .hasToString("Line 3: a quoted value starts on this line but its closing quote is missing");
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsReportedWithItsLine() {
        var parsed = ProjectCsv.parse(HEADER + "Repairs,Fine,beta,HOUSING,public,\nShort,row\n");
        assertThat(parsed.rows()).hasSize(1);
        assertThat(parsed.errors()).singleElement().hasToString("Line 3: the row has 2 values but the header has 6 columns");
    }

    @Test
    void headersAreMatchedInAnyCaseAndUnknownColumnsAreIgnored() {
        var parsed = ProjectCsv.parse("\uFEFFTitle,Summary,Phase,Service Area,Visibility,Colour\nA,B,idea,HOUSING,public,red\n");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.ignoredColumns()).containsExactly("Colour");
        assertThat(parsed.rows().get(0).get("service_area")).isEqualTo("HOUSING");
    }

    @Test
    void formulasAreDefusedOnExportAndRestoredOnImport() throws Exception {
        StringWriter out = new StringWriter();
        var printer = ProjectCsv.printer(out);
        ProjectCsv.print(printer, List.of("=HYPERLINK(\"http://evil\")", "plain", "-5"));
        printer.flush();
        assertThat(out.toString()).contains("\"'=HYPERLINK(\"\"http://evil\"\")\",plain,'-5");
        assertThat(london.loti.hub.web.SpreadsheetText.unprotect("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(london.loti.hub.web.SpreadsheetText.unprotect("'quoted")).isEqualTo("'quoted");
    }
}
