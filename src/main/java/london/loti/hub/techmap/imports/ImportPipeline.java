package london.loti.hub.techmap.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import london.loti.hub.techmap.ColumnMapping;
import london.loti.hub.techmap.ContractRecord;
import london.loti.hub.techmap.ImportField;
import london.loti.hub.techmap.ImportResult;
import london.loti.hub.techmap.ImportResult.ImportError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one path every import takes, inside the caller's transaction: read and check every row in Java, COPY the
 * good ones into the staging table, refuse duplicate references, then either compare with what the council has
 * (a check, which the caller rolls back) or merge. Any bad row means nothing is merged.
 */
@Component
public class ImportPipeline {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportPipeline.class);

    /** The fields an OCDS release provides. */
    static final Set<ImportField> OCDS_FIELDS = EnumSet.of(ImportField.REFERENCE, ImportField.TITLE,
            ImportField.DESCRIPTION, ImportField.SUPPLIER, ImportField.START_DATE, ImportField.END_DATE,
            ImportField.TOTAL_VALUE, ImportField.PROCUREMENT_ROUTE);

    /** Opens the file, as often as needed. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** The council the rows belong to. */
    public record Council(long id, String name, String gssCode) {
    }

    /** What the pipeline found: the result, and for tables the headers, mapping and first rows. */
    public record Outcome(ImportResult result, List<String> headers, ColumnMapping mapping, List<ImportField> unmapped,
            List<RegisterReader.PreviewRow> preview) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ContractMerge merge;
    private final JsonMapper json;

    ImportPipeline(DataSource dataSource, ContractMerge merge, JsonMapper json) {
        this.dataSource = dataSource;
        this.jdbc = ContractMerge.longRunning(dataSource);
        this.merge = merge;
        this.json = json;
    }

    /**
     * @param mapping the columns chosen, or null to suggest them from the headers and {@code saved}
     * @param commit merge into the contracts; otherwise only compare (the caller rolls back)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome run(FileFormat format, Opener opener, Council council, ColumnMapping mapping,
            Map<ImportField, String> saved, boolean commit) {
        if (format == FileFormat.OCDS) {
            return ocds(opener, council, commit);
        }
        Path spooled = null;
        var staging = new Lazy();
        try (InputStream in = opener.open()) {
            Path xlsx = null;
            if (format == FileFormat.XLSX) {
                spooled = in instanceof PathStream p ? null : RegisterReader.spool(in);
                xlsx = spooled != null ? spooled : ((PathStream) in).path;
            }
            long started = System.nanoTime();
            var read = RegisterReader.read(format, in, xlsx, mapping, saved, staging);
            staging.finish();
            long staged = System.nanoTime();
            List<ImportError> errors = new ArrayList<>(read.errors());
            int errorCount = read.errorCount();
            if (read.ok() && staging.opened != null) {
                String referenceColumn = read.mapping().header(ImportField.REFERENCE);
                List<ImportError> duplicates = merge.duplicates(referenceColumn, RegisterReader.MAX_ERRORS);
                errors.addAll(duplicates);
                errorCount += duplicates.size();
            }
            ContractMerge.Counts counts = new ContractMerge.Counts(0, 0, 0);
            boolean ok = read.ok() && errorCount == 0;
            if (ok) {
                Set<ImportField> provided = EnumSet.noneOf(ImportField.class);
                provided.addAll(read.mapping().columns().keySet());
                long rows = staging.opened == null ? 0 : staging.opened.rows();
                if (commit) {
                    counts = merge.merge(council.id(), provided, false, format.name(), rows);
                } else {
                    counts = merge.compare(council.id(), provided, false);
                }
            }
            String problem = read.fileProblem();
            log.info("Contracts register for {} ({}): {} rows read, checked and copied in {} ms, {} in {} ms; {} errors",
                    council.name(), format, read.rows(), (staged - started) / 1_000_000, commit ? "merged" : "compared",
                    (System.nanoTime() - staged) / 1_000_000, errorCount);
            var result = new ImportResult(read.rows(), counts.created(), counts.updated(), counts.unchanged(), errors,
                    errorCount, problem, commit && ok);
            return new Outcome(result, read.headers(), read.mapping(), read.unmapped(), read.preview());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            staging.close();
            if (spooled != null) {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException e) {
                    // a temporary file; the system cleans it
                }
            }
        }
    }

    /** Records already checked (a form, the API): staged and merged the same way. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ContractMerge.Counts write(Council council, List<ContractRecord> records, Set<ImportField> provided,
            boolean writesVisibility, String source, boolean commit) {
        try (var staging = ContractStaging.open(dataSource, jdbc)) {
            int line = 0;
            for (ContractRecord record : records) {
                staging.write(++line, record);
            }
            staging.finish();
        }
        return commit ? merge.merge(council.id(), provided, writesVisibility, source, records.size())
                : merge.compare(council.id(), provided, writesVisibility);
    }

    private Outcome ocds(Opener opener, Council council, boolean commit) {
        OcdsReleases.Read read;
        try (InputStream in = opener.open()) {
            read = OcdsReleases.read(in, json, council.gssCode(), council.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ImportError> errors = read.errors().size() > RegisterReader.MAX_ERRORS
                ? read.errors().subList(0, RegisterReader.MAX_ERRORS) : read.errors();
        String problem = read.fileProblem();
        if (problem == null && read.ok() && read.records().isEmpty()) {
            problem = "The release package has " + read.releases() + " release(s) but no award or contract to import yet.";
        }
        ContractMerge.Counts counts = new ContractMerge.Counts(0, 0, 0);
        boolean ok = read.ok() && problem == null;
        if (ok) {
            counts = write(council, read.records(), OCDS_FIELDS, false, "OCDS", commit);
        }
        var preview = read.records().stream().limit(RegisterReader.PREVIEW_ROWS)
                .map(r -> new RegisterReader.PreviewRow(0, List.of(r.reference(), r.title(), r.supplier(),
                        r.endDate() == null ? "" : r.endDate().toString())))
                .toList();
        var result = new ImportResult(read.records().size(), counts.created(), counts.updated(), counts.unchanged(),
                errors, read.errors().size(), problem, commit && ok);
        return new Outcome(result, List.of("Reference", "Title", "Supplier", "End date"), new ColumnMapping(Map.of()), List.of(), preview);
    }

    /** A file on disk, which POI may read by random access rather than from a copy. */
    public static final class PathStream extends BufferedInputStream {
        final Path path;

        public PathStream(Path path) throws IOException {
            super(Files.newInputStream(path), 1 << 16);
            this.path = path;
        }
    }

    /** The staging table, opened when the first good row arrives. */
    private final class Lazy implements java.util.function.Supplier<ContractStaging>, AutoCloseable {
        ContractStaging opened;

        @Override
        public ContractStaging get() {
            if (opened == null) {
                opened = ContractStaging.open(dataSource, jdbc);
            }
            return opened;
        }

        void finish() {
            if (opened != null) {
                opened.finish();
            }
        }

        @Override
        public void close() {
            if (opened != null) {
                opened.close();
            }
        }
    }
}
