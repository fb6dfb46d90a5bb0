package london.loti.hub.techmap.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import london.loti.hub.techmap.ImportResult;
import london.loti.hub.techmap.ImportResult.ImportError;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploaded registers between their check and their commit: the file as a PostgreSQL large object (streamed in
 * and out, never whole in memory, on no node's disk) and what the last check found. Files not committed within a
 * day are removed.
 */
@Component
public class ImportStore {

    /** One upload and what its last check found, or what its commit did. */
    public record Stored(long id, long organisationId, String fileName, String format, Long fileOid, long fileSize,
            String status, List<String> headers, Map<String, String> mapping, List<RegisterReader.PreviewRow> preview,
            List<ImportError> errors, int errorCount, String fileProblem, int rowsTotal, Integer createdCount,
            Integer updatedCount, Integer unchangedCount, OffsetDateTime createdAt, OffsetDateTime committedAt) {

        public boolean committed() {
            return "COMMITTED".equals(status);
        }

        public boolean ready() {
            return "CHECKED".equals(status) && errorCount == 0 && fileProblem == null;
        }
    }

    private record Row(long id, long organisationId, String fileName, String format, Long fileOid, long fileSize,
            String status, String headers, String mapping, String preview, String errors, int errorCount,
            String fileProblem, int rowsTotal, Integer createdCount, Integer updatedCount, Integer unchangedCount,
            OffsetDateTime createdAt, OffsetDateTime committedAt) {
    }

    /** Large objects move in chunks of this size: one round trip each. */
    private static final int CHUNK = 256 * 1024;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportStore(DataSource dataSource, JdbcClient jdbc, JsonMapper json) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long create(long organisationId, String fileName, FileFormat format, InputStream content, Long accountId) {
        long oid;
        long size;
        try {
            LargeObjectManager objects = largeObjects();
            oid = objects.createLO(LargeObjectManager.READWRITE);
            try (LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
                    OutputStream out = new org.postgresql.largeobject.BlobOutputStream(object, CHUNK)) {
                size = content.transferTo(out);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the upload", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jdbc.sql("""
                INSERT INTO contract_import (organisation_id, file_name, format, file_oid, file_size, status, created_by)
                VALUES (:organisation, :name, :format, :oid, :size, 'CHECKED', :account) RETURNING id
                """).param("organisation", organisationId).param("name", fileName).param("format", format.name())
                .param("oid", oid).param("size", size).param("account", accountId).query(Long.class).single();
    }

    /**
     * Opens the stored file on a connection of its own: the import's transaction is busy with its COPY, and one
     * PostgreSQL connection cannot read a large object in the middle of a COPY.
     */
    public ImportPipeline.Opener opener(long oid) {
        return () -> {
            java.sql.Connection connection = null;
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                java.sql.Connection own = connection;
                LargeObject object = connection.unwrap(PGConnection.class).getLargeObjectAPI().open(oid, LargeObjectManager.READ);
                return new java.io.FilterInputStream(new org.postgresql.largeobject.BlobInputStream(object, CHUNK)) {
                    private boolean closed;

                    @Override
                    public void close() throws IOException {
                        if (closed) {
                            return;
                        }
                        closed = true;
                        try {
                            super.close();
                            object.close();
                            own.rollback();
                        } catch (SQLException e) {
                            throw new IOException(e);
                        } finally {
                            try {
                                own.setReadOnly(false);
                                own.setAutoCommit(true);
                                own.close();
                            } catch (SQLException e) {
                                // the pool discards a broken connection
                            }
                        }
                    }
                };
            } catch (SQLException e) {
                if (connection != null) {
                    try {
                        connection.close();
                    } catch (SQLException ignored) {
                        // nothing more to do
                    }
                }
                throw new IOException("The stored upload cannot be read", e);
            }
        };
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Row.class).optional().map(this::stored);
    }

    /** Locks the import for its commit, so it is committed once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Stored> lock(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE").param("id", id).query(Row.class).optional().map(this::stored);
    }

    public List<Stored> recent(long organisationId, int limit) {
        return jdbc.sql(SELECT + " WHERE organisation_id = :organisation ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("organisation", organisationId).param("limit", limit).query(Row.class).list().stream()
                .map(this::stored).toList();
    }

    @Transactional
    public void saveCheck(long id, ImportPipeline.Outcome outcome) {
        ImportResult result = outcome.result();
        Map<String, String> mapping = new LinkedHashMap<>();
        outcome.mapping().columns().forEach((field, header) -> mapping.put(field.key(), header));
        jdbc.sql("""
                UPDATE contract_import SET headers = CAST(:headers AS jsonb), mapping = CAST(:mapping AS jsonb),
                       preview = CAST(:preview AS jsonb), errors = CAST(:errors AS jsonb), error_count = :errorCount,
                       file_problem = :problem, rows_total = :rows, created_count = :created, updated_count = :updated,
                       unchanged_count = :unchanged
                 WHERE id = :id AND status = 'CHECKED'
                """)
                .param("headers", json.writeValueAsString(outcome.headers()))
                .param("mapping", json.writeValueAsString(mapping))
                .param("preview", json.writeValueAsString(outcome.preview()))
                .param("errors", json.writeValueAsString(result.errors()))
                .param("errorCount", result.errorCount() + outcome.unmapped().size())
                .param("problem", result.fileProblem()).param("rows", result.rows())
                .param("created", result.created()).param("updated", result.updated())
                .param("unchanged", result.unchanged()).param("id", id).update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markCommitted(Stored stored, ImportResult result) {
        unlink(stored.fileOid());
        jdbc.sql("""
                UPDATE contract_import SET status = 'COMMITTED', file_oid = NULL, committed_at = now(),
                       rows_total = :rows, created_count = :created, updated_count = :updated,
                       unchanged_count = :unchanged, errors = '[]', error_count = 0, file_problem = NULL
                 WHERE id = :id
                """).param("rows", result.rows()).param("created", result.created())
                .param("updated", result.updated()).param("unchanged", result.unchanged())
                .param("id", stored.id()).update();
    }

    /** The mapping a council last used, for its next file. */
    public Map<String, String> savedMapping(long organisationId) {
        return jdbc.sql("SELECT CAST(mapping AS text) FROM contract_import_mapping WHERE organisation_id = :organisation")
                .param("organisation", organisationId).query(String.class).optional()
                .map(text -> json.readValue(text, new TypeReference<Map<String, String>>() { }))
                .orElse(Map.of());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void saveMapping(long organisationId, Map<String, String> mapping) {
        jdbc.sql("""
                INSERT INTO contract_import_mapping (organisation_id, mapping) VALUES (:organisation, CAST(:mapping AS jsonb))
                ON CONFLICT (organisation_id) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()
                """).param("organisation", organisationId).param("mapping", json.writeValueAsString(mapping)).update();
    }

    /** Uploads left unfinished for a day are removed with their files. */
    @Scheduled(cron = "0 20 * * * *", zone = "Europe/London")
    @SchedulerLock(name = "techmap-import-cleanup")
    @Transactional
    public void discardAbandoned() {
        jdbc.sql("""
                SELECT lo_unlink(file_oid) FROM contract_import
                 WHERE status = 'CHECKED' AND file_oid IS NOT NULL AND created_at < now() - interval '1 day'
                """).query(Integer.class).list();
        jdbc.sql("""
                UPDATE contract_import SET status = 'DISCARDED', file_oid = NULL
                 WHERE status = 'CHECKED' AND created_at < now() - interval '1 day'
                """).update();
    }

    private void unlink(Long oid) {
        if (oid != null) {
            jdbc.sql("SELECT lo_unlink(:oid)").param("oid", oid).query(Integer.class).single();
        }
    }

    private LargeObjectManager largeObjects() throws SQLException {
        var connection = DataSourceUtils.getConnection(dataSource);
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("Large objects need a transaction");
        }
        return connection.unwrap(PGConnection.class).getLargeObjectAPI();
    }

    private static final String SELECT = """
            SELECT id, organisation_id, file_name, format, file_oid, file_size, status, CAST(headers AS text) AS headers,
                   CAST(mapping AS text) AS mapping, CAST(preview AS text) AS preview, CAST(errors AS text) AS errors,
                   error_count, file_problem, rows_total, created_count, updated_count, unchanged_count, created_at,
                   committed_at
              FROM contract_import""";

    private Stored stored(Row r) {
        return new Stored(r.id(), r.organisationId(), r.fileName(), r.format(), r.fileOid(), r.fileSize(), r.status(),
                json.readValue(r.headers(), new TypeReference<List<String>>() { }),
                json.readValue(r.mapping(), new TypeReference<Map<String, String>>() { }),
                json.readValue(r.preview(), new TypeReference<List<RegisterReader.PreviewRow>>() { }),
                json.readValue(r.errors(), new TypeReference<List<ImportError>>() { }),
                r.errorCount(), r.fileProblem(), r.rowsTotal(), r.createdCount(), r.updatedCount(),
                r.unchangedCount(), r.createdAt(), r.committedAt());
    }
}
