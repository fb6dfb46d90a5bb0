package london.loti.hub.techmap.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an XLSX workbook row by row with POI's streaming (SAX) reader, never the whole
 * workbook in memory. Date cells become ISO dates and numbers plain decimals, whatever their display format. POI's
 * zip-bomb protection (the inflate ratio of {@code ZipSecureFile}) refuses a workbook that unpacks to far more
 * than its size.
 */
public final class XlsxTable {

    private XlsxTable() {
    }

    public static void read(Path file, RowSink sink) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            var strings = new ReadOnlySharedStringsTable(workbook, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new FileProblem("The workbook has no worksheet.");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                var rows = new Rows(sink);
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
                if (!rows.headerSeen) {
                    throw new FileProblem("The worksheet has no header row. The first row must name the columns, like 'Reference' and 'Supplier Name'.");
                }
            }
        } catch (FileProblem | RowSink.Enough e) {
            throw e;
        } catch (RuntimeException | IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            if (e instanceof RuntimeException r && causedBy(r, RowSink.Enough.class)) {
                throw new RowSink.Enough();
            }
            FileProblem problem = causeOf(e, FileProblem.class);
            if (problem != null) {
                throw problem;
            }
            throw problemOf(e);
        }
    }

    private static FileProblem problemOf(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("ZipSecureFile") || message.contains("max. ratio")) {
                return new FileProblem("The workbook unpacks to far more than its own size, as harmful files do, so "
                        + "it was not read. Save the register again from your spreadsheet as XLSX or CSV and upload that.");
            }
            if (cause instanceof NotOfficeXmlFileException || message.contains("No valid entries or contents found")) {
                return new FileProblem("The file is not an Excel workbook (.xlsx). Save the register as XLSX or CSV and upload that.");
            }
        }
        return new FileProblem("The workbook cannot be read. Save it again as XLSX, or as CSV, and upload that.");
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return (T) cause;
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return causeOf(e, type) != null;
    }

    /** Dates as ISO dates and numbers as plain decimals, so the same rules read them as in a CSV file. */
    static final class PlainFormatter extends DataFormatter {
        PlainFormatter() {
            super(java.util.Locale.UK);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return plain(value);
        }

        static String plain(double value) {
            BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private List<String> cells = new ArrayList<>();
        private boolean headerSeen;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            List<String> row = cells.stream().map(c -> c == null ? "" : c).toList();
            if (!headerSeen) {
                headerSeen = true;
                sink.header(row.stream().map(String::strip).toList());
            } else {
                sink.row(rowNum + 1, row);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(formattedValue);
        }
    }
}
