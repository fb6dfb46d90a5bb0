package london.loti.hub.projects;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import london.loti.hub.web.CsvWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Projects as CSV: the export's columns, and parsing an import with the line of every problem. No Spring.
 */
final class ProjectCsv {

    /** The columns of an export, in order. An import reads the same file back. */
    static final List<String> EXPORT = List.of("id", "title", "summary", "problem", "users", "phase", "service_area",
            "tags", "owner", "collaborators", "budget_band", "start_date", "end_date", "repository_url", "service_url",
            "documentation_url", "visibility", "organisation", "last_activity");
    static final List<String> REQUIRED = List.of("title", "summary", "phase", "service_area", "visibility");
    static final Set<String> IMPORTED = Set.of("id", "title", "summary", "problem", "users", "phase", "service_area",
            "tags", "owner_email", "collaborators", "budget_band", "start_date", "end_date", "repository_url",
            "service_url", "documentation_url", "visibility");
    static final int MAX_ROWS = 5000;

    record Row(int line, Map<String, String> values) {
        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : CsvWriter.restore(value);
        }

        boolean has(String column) {
            return values.containsKey(column);
        }
    }

    record LineError(int line, String message) {
        @Override
        public String toString() {
            return "Line " + line + ": " + message;
        }
    }

    /** What a file holds: its rows, the columns an import ignores, and what is wrong with the file as a whole. */
    record Parsed(List<Row> rows, List<String> ignoredColumns, List<LineError> errors) {
    }

    private ProjectCsv() {
    }

    static Parsed parse(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get();
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            return new Parsed(List.of(), List.of(), List.of(new LineError(1, headerProblem(e))));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (String name : parser.getHeaderNames()) {
            String column = name.strip().toLowerCase(Locale.UK).replace(' ', '_');
            if (columns.containsKey(column)) {
                errors.add(new LineError(1, "the column ‘" + column + "’ appears twice"));
            }
            columns.put(column, name);
            if (!IMPORTED.contains(column)) {
                ignored.add(name);
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new LineError(1, "the file has no ‘" + required + "’ column (it needs "
                        + String.join(", ", REQUIRED) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), ignored, errors);
        }
        long lastEnd = 0;
        try {
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, firstContent(text, record.getCharacterPosition()));
                lastEnd = parser.getCurrentLineNumber();
                if (rows.size() >= MAX_ROWS) {
                    errors.add(new LineError(line, "the file has more than " + MAX_ROWS + " projects; split it into smaller files"));
                    break;
                }
                if (!record.isConsistent()) {
                    errors.add(new LineError(line, "the row has " + record.size() + " values but the header has "
                            + columns.size() + " columns"));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                columns.forEach((column, name) -> values.put(column, record.get(name)));
                rows.add(new Row(line, values));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            int line = openQuoteLine(text, lineStarts, (int) lastEnd + 1);
            errors.add(new LineError(line, "a quoted value starts on this line but its closing quote is missing"));
        }
        return new Parsed(rows, ignored, errors);
    }

    /** A writer that has written the header; write rows with {@link CsvWriter#row}. */
    static CsvWriter printer(Writer out) throws IOException {
        return new CsvWriter(out, EXPORT);
    }

    private static String headerProblem(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("duplicate")) {
            return "a column appears twice in the header";
        }
        if (message.contains("EOF") || message.contains("encapsulated")) {
            return "a quoted value starts on this line but its closing quote is missing";
        }
        return "the first line must name the columns, such as " + String.join(",", REQUIRED);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The position of a record's first character: empty lines before it are skipped. */
    private static long firstContent(String text, long position) {
        long p = position;
        while (p < text.length() && (text.charAt((int) p) == '\n' || text.charAt((int) p) == '\r')) {
            p++;
        }
        return p;
    }

    /** The 1-based line of a character position. */
    static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** The line, from the given one on, where a quoted value opens and never closes. */
    private static int openQuoteLine(String text, int[] lineStarts, int fromLine) {
        int from = lineStarts[Math.min(Math.max(fromLine - 1, 0), lineStarts.length - 1)];
        boolean inQuotes = false;
        int opened = from;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                if (!inQuotes) {
                    inQuotes = true;
                    opened = i;
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else {
                    inQuotes = false;
                }
            }
        }
        return lineOf(lineStarts, opened);
    }
}
