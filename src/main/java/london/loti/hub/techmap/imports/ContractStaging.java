package london.loti.hub.techmap.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import london.loti.hub.techmap.ContractRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A temporary table of the current transaction that checked rows are written to with PostgreSQL {@code COPY},
 * before one statement merges them into the contracts. It is dropped when the transaction ends.
 */
public final class ContractStaging implements AutoCloseable {

    static final String TABLE = "tech_contract_staging";
    private static final String COLUMNS = "line, reference, title, description, department, service_area, category, "
            + "hosting, product_name, product_key, vendor, supplier_name, supplier_key, companies_house, charity, sme, "
            + "voluntary, start_date, end_date, review_date, total_value, annual_value, vat, procurement_route, "
            + "framework, satisfaction, notes, visibility, value_visibility";

    private final CopyIn copy;
    private final Writer out;
    private long rows;
    private boolean open = true;
    /** Registers name the same few suppliers and products over and over: their keys are worked out once. */
    private final Map<String, String> supplierKeys = Keys.cache();
    private final Map<String, String> productKeys = Keys.cache();

    private ContractStaging(CopyIn copy) {
        this.copy = copy;
        this.out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(copy, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Creates the staging table in the current transaction and starts the COPY into it. */
    public static ContractStaging open(DataSource dataSource, JdbcClient jdbc) {
        jdbc.sql("""
                CREATE TEMP TABLE IF NOT EXISTS tech_contract_staging (
                    line INT, reference TEXT, title TEXT, description TEXT, department TEXT, service_area TEXT,
                    category TEXT, hosting TEXT, product_name TEXT, product_key TEXT, vendor TEXT, supplier_name TEXT,
                    supplier_key TEXT, companies_house TEXT, charity TEXT, sme BOOLEAN, voluntary BOOLEAN,
                    start_date DATE, end_date DATE, review_date DATE, total_value BIGINT, annual_value BIGINT,
                    vat BIGINT, procurement_route TEXT, framework TEXT, satisfaction SMALLINT, notes TEXT,
                    visibility TEXT, value_visibility TEXT
                ) ON COMMIT DROP""").update();
        jdbc.sql("TRUNCATE tech_contract_staging").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("Staging needs a transaction");
            }
            var copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
            return new ContractStaging(copyManager.copyIn("COPY " + TABLE + " (" + COLUMNS + ") FROM STDIN (FORMAT csv)"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot start COPY into the staging table", e);
        }
    }

    public void write(int line, ContractRecord r) {
        try {
            out.write(Integer.toString(line));
            field(r.reference());
            field(r.title());
            field(r.description());
            field(r.department());
            field(r.serviceArea().name());
            field(r.category().name());
            field(r.hosting() == null ? null : r.hosting().name());
            field(r.product());
            field(productKeys.computeIfAbsent(r.product(), Keys::product));
            field(r.vendor());
            field(r.supplier());
            field(supplierKeys.computeIfAbsent(r.supplier(), Keys::supplier));
            field(r.companiesHouseNumber());
            field(r.charityNumber());
            bool(r.sme());
            bool(r.voluntary());
            date(r.startDate());
            date(r.endDate());
            date(r.reviewDate());
            number(r.totalValue());
            number(r.annualValue());
            number(r.unrecoverableVat());
            field(r.procurementRoute() == null ? null : r.procurementRoute().name());
            field(r.framework());
            number(r.satisfaction());
            field(r.notes());
            field(r.visibility().name());
            field(r.valueVisibility().name());
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long rows() {
        return rows;
    }

    /** Ends the COPY: the rows are in the staging table. */
    public void finish() {
        if (!open) {
            return;
        }
        open = false;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Abandons the COPY (the transaction is rolled back anyway). */
    @Override
    public void close() {
        if (open) {
            open = false;
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // the transaction is being rolled back
            }
        }
    }

    private void field(String value) throws IOException {
        out.write(',');
        if (value == null) {
            return;
        }
        out.write('"');
        if (value.indexOf('"') >= 0) {
            out.write(value.replace("\"", "\"\""));
        } else {
            out.write(value);
        }
        out.write('"');
    }

    private void bool(Boolean value) throws IOException {
        out.write(',');
        if (value != null) {
            out.write(value ? 't' : 'f');
        }
    }

    private void date(LocalDate value) throws IOException {
        out.write(',');
        if (value != null) {
            out.write(value.toString());
        }
    }

    private void number(Number value) throws IOException {
        out.write(',');
        if (value != null) {
            out.write(value.toString());
        }
    }
}
