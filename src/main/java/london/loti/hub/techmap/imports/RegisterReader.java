package london.loti.hub.techmap.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import london.loti.hub.techmap.ColumnMapping;
import london.loti.hub.techmap.ImportField;
import london.loti.hub.techmap.ImportResult.ImportError;

/**
 * Reads a contracts register (CSV or XLSX) once, from start to end: suggests the column mapping from its headers,
 * keeps the first rows for a preview, checks every row and writes the good ones to the staging table. Memory
 * stays bounded whatever the file's length: one row at a time, and at most {@link #MAX_ERRORS} errors kept.
 */
public final class RegisterReader {

    public static final int MAX_ERRORS = 200;
    public static final int PREVIEW_ROWS = 5;

    /** The file's first rows as they are, for the preview. */
    public record PreviewRow(int line, List<String> cells) {
    }

    public record Outcome(List<String> headers, ColumnMapping mapping, List<ImportField> unmapped, int rows,
            List<ImportError> errors, int errorCount, String fileProblem, List<PreviewRow> preview) {
        public boolean ok() {
            return fileProblem == null && errorCount == 0 && unmapped.isEmpty();
        }
    }

    private RegisterReader() {
    }

    /**
     * @param mapping the columns chosen, or null to suggest them (from {@code saved} first)
     * @param staging opened when the first good row is written; null to check without writing
     */
    public static Outcome read(FileFormat format, InputStream in, Path xlsxFile, ColumnMapping mapping,
            Map<ImportField, String> saved, Supplier<ContractStaging> staging) {
        var sink = new Sink(mapping, saved, staging);
        try {
            if (format == FileFormat.XLSX) {
                XlsxTable.read(xlsxFile, sink);
            } else {
                CsvTable.read(in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16), sink);
            }
        } catch (FileProblem e) {
            sink.fileProblem = e.getMessage();
        } catch (IOException e) {
            sink.fileProblem = "The file could not be read to the end. Upload it again.";
        }
        if (sink.fileProblem == null && sink.headers == null) {
            sink.fileProblem = "The file has no header row.";
        }
        if (sink.fileProblem == null && sink.rows == 0 && sink.unmapped.isEmpty()) {
            sink.fileProblem = "The file has a header row but no contracts under it.";
        }
        return new Outcome(sink.headers == null ? List.of() : sink.headers, sink.mapping == null ? new ColumnMapping(Map.of()) : sink.mapping,
                sink.unmapped, sink.rows, sink.errors, sink.errorCount, sink.fileProblem, sink.preview);
    }

    /** Copies a stream to a temporary file, for POI, which reads a workbook by random access. */
    public static Path spool(InputStream in) {
        try {
            Path file = Files.createTempFile("loti-import-", ".xlsx");
            try (var out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Sink implements RowSink {
        private ColumnMapping mapping;
        private final Map<ImportField, String> saved;
        private final Supplier<ContractStaging> openStaging;
        private ContractStaging staging;
        private RowChecker checker;
        private List<String> headers;
        private List<ImportField> unmapped = List.of();
        private final List<ImportError> errors = new ArrayList<>();
        private final List<PreviewRow> preview = new ArrayList<>();
        private int errorCount;
        private int rows;
        private String fileProblem;

        Sink(ColumnMapping mapping, Map<ImportField, String> saved, Supplier<ContractStaging> staging) {
            this.mapping = mapping;
            this.saved = saved;
            this.openStaging = staging;
        }

        @Override
        public void header(List<String> names) {
            headers = names;
            if (mapping == null) {
                mapping = ColumnMapping.suggest(names, saved);
            }
            List<ImportField> missing = new ArrayList<>(mapping.missingRequired());
            mapping.columns().forEach((field, header) -> {
                if (!names.contains(header) && field.required()) {
                    missing.add(field);
                }
            });
            unmapped = missing.stream().distinct().sorted().toList();
            checker = new RowChecker(names, mapping);
        }

        /** Cells as written; {@link RowChecker} takes away an apostrophe our own export put before a formula. */
        @Override
        public void row(int line, List<String> cells) {
            rows++;
            if (preview.size() < PREVIEW_ROWS) {
                preview.add(new PreviewRow(line, cells.stream().map(RowChecker::abbreviate).toList()));
            }
            if (!unmapped.isEmpty()) {
                return;
            }
            var checked = checker.check(line, cells);
            if (!checked.ok()) {
                errorCount += checked.errors().size();
                for (ImportError error : checked.errors()) {
                    if (errors.size() < MAX_ERRORS) {
                        errors.add(error);
                    }
                }
                return;
            }
            if (errorCount == 0 && openStaging != null) {
                if (staging == null) {
                    staging = openStaging.get();
                }
                staging.write(line, checked.record());
            }
        }
    }
}
