package london.loti.hub.web;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV download of LOTI Hub: RFC 4180 (quoted where needed, lines ending CR LF), and safe to open in a
 * spreadsheet — a cell that a spreadsheet would run as a formula starts with an apostrophe. An import of the file
 * reads each cell through {@link #restore}, which takes the apostrophe away again only where this added it, so
 * every value comes back as it was.
 */
public final class CsvWriter implements Flushable {

    /** A spreadsheet runs a cell starting with these as a formula (OWASP's CSV injection list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    /** Writes the header row; the caller closes {@code out}. */
    public CsvWriter(Writer out, List<String> header) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        row(header);
    }

    public void row(List<String> cells) throws IOException {
        printer.printRecord(cells.stream().map(CsvWriter::neutralise).toList());
    }

    public void row(String... cells) throws IOException {
        row(Arrays.asList(cells));
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /**
     * The cell as written: an apostrophe before a value that starts like a formula, and before one that starts with
     * apostrophes and then like a formula (so that {@link #restore} can tell them apart); null as empty.
     */
    public static String neutralise(String value) {
        if (value == null) {
            return "";
        }
        return startsLikeAFormulaAfterApostrophes(value, 0) ? "'" + value : value;
    }

    /** The value a cell written by {@link #neutralise} had: one leading apostrophe fewer where it added one. */
    public static String restore(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == '\'' && startsLikeAFormulaAfterApostrophes(cell, 1)
                ? cell.substring(1) : cell;
    }

    private static boolean startsLikeAFormulaAfterApostrophes(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }
}
