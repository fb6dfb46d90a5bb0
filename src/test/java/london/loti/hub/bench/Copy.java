package london.loti.hub.bench;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a {@link BenchData} loads with: PostgreSQL {@code COPY}, a seeded random source, and SQL to read ids back. */
public final class Copy {

    /** Writes a table's rows; it is called once, inside the COPY. */
    @FunctionalInterface
    public interface RowWriter {
        void write(Rows rows) throws Exception;
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Map<String, Long> loaded = new LinkedHashMap<>();

    Copy(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** For reading back the ids of rows loaded before, and for DDL (such as dropping an index around a big load). */
    public JdbcClient jdbc() {
        return jdbc;
    }

    /** The same sequence on every machine and every run, for the same purpose. */
    public static Random random(String purpose) {
        return new Random(20_181_113L * 31 + purpose.hashCode());
    }

    /** Streams rows into {@code table (columns)} with {@code COPY FROM STDIN}, and returns how many. */
    public long into(String table, List<String> columns, RowWriter writer) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
            try {
                Rows rows = new Rows((bytes, offset, length) -> {
                    try {
                        copy.writeToCopy(bytes, offset, length);
                    } catch (java.sql.SQLException e) {
                        throw new java.io.IOException(e);
                    }
                });
                writer.write(rows);
                rows.flush();
                long count = copy.endCopy();
                loaded.merge(table, count, Long::sum);
                return count;
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
    }

    /** Rows loaded per table, in the order they were first loaded. */
    Map<String, Long> loaded() {
        return loaded;
    }
}
