package london.loti.hub.techmap.imports;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file row by row with Commons CSV: UTF-8 (with or without a byte order mark), or Windows-1252 as
 * Excel saves it; commas, semicolons or tabs. A quote left open, or a row longer than a million characters, is
 * a {@link FileProblem} naming the line it starts on, found without reading the rest into memory.
 */
public final class CsvTable {

    static final int MAX_RECORD_CHARS = 1_000_000;

    private CsvTable() {
    }

    public static void read(BufferedInputStream in, RowSink sink) throws IOException {
        in.mark(FileFormat.SNIFF + 1);
        byte[] head = in.readNBytes(FileFormat.SNIFF);
        in.reset();
        Charset charset = charsetOf(head);
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
        }
        char delimiter = delimiterOf(new String(head, 0, Math.min(head.length, 4096), charset));
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        GuardedReader reader = new GuardedReader(new InputStreamReader(in, decoder));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        long lastLine = 0;
        boolean header = true;
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw problem(e, lastLine + 1);
                }
                int line = (int) lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                reader.recordEnded();
                List<String> cells = Arrays.asList(record.values());
                if (header) {
                    if (blank(cells)) {
                        continue;
                    }
                    sink.header(cells.stream().map(String::strip).toList());
                    header = false;
                } else if (!blank(cells)) {
                    sink.row(line, cells);
                }
            }
        }
        if (header) {
            throw new FileProblem("The file has no header row. The first row must name the columns, like 'Reference' and 'Supplier Name'.");
        }
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static FileProblem problem(RuntimeException e, long line) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLong) {
                return new FileProblem("The row starting on line " + line + " is longer than a million characters. "
                        + "A quote (\") may be left open there. Close it and upload the file again.");
            }
            if (cause instanceof CharacterCodingException) {
                return new FileProblem("The file has characters that are not text near line " + line
                        + ". Save it from your spreadsheet as 'CSV UTF-8' and upload it again.");
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("EOF reached before encapsulated token finished")
                    || message.contains("invalid char between encapsulated token and delimiter")) {
                return new FileProblem("A quote (\") opened on line " + line + " is not closed, so the rest of the "
                        + "file cannot be read. Close the quote, or remove it, and upload the file again.");
            }
        }
        return new FileProblem("The file cannot be read as CSV after line " + (line - 1) + ". Check it is a CSV file and upload it again.");
    }

    /** UTF-8 when the start of the file is valid UTF-8; otherwise Windows-1252, as Excel on Windows saves CSV. */
    static Charset charsetOf(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head);
        CoderResult result = utf8.decode(bytes, java.nio.CharBuffer.allocate(head.length + 1), false);
        return result.isError() ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
    }

    static char delimiterOf(String start) {
        String firstLine = start.lines().findFirst().orElse("");
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    static final class RecordTooLong extends IOException {
        RecordTooLong() {
            super("record too long");
        }
    }

    /** Stops a runaway record (a quote never closed) before it fills the memory. */
    static final class GuardedReader extends FilterReader {
        private long sinceRecord;

        GuardedReader(Reader in) {
            super(in);
        }

        void recordEnded() {
            sinceRecord = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            sinceRecord += n;
            if (sinceRecord > MAX_RECORD_CHARS + 65_536L) {
                throw new RecordTooLong();
            }
        }
    }

    /** For the checks that need a plain stream. */
    static InputStream buffered(InputStream in) {
        return in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 65_536);
    }
}
