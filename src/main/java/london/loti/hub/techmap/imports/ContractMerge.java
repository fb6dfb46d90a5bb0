package london.loti.hub.techmap.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import london.loti.hub.techmap.ImportField;
import london.loti.hub.techmap.ImportResult.ImportError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Merges the staging table into a council's contracts with one {@code INSERT … ON CONFLICT} by council and
 * contract reference. Only the fields a source provides are overwritten, and a row whose values are all the same
 * is not touched: importing the same file twice changes nothing. Suppliers, shared by every council, are created
 * but never changed here: a council's differing numbers and flags become its claims.
 */
@Component
public class ContractMerge {

    private static final Logger log = LoggerFactory.getLogger(ContractMerge.class);

    /** What a merge did, or would do. */
    public record Counts(int created, int updated, int unchanged) {
    }

    /** A contract column, the staging expression it takes, and the fields that provide it (none: always). */
    private record Column(String name, String value, Set<ImportField> fields) {
        Column(String name, String value, ImportField... fields) {
            this(name, value, fields.length == 0 ? Set.of() : EnumSet.copyOf(List.of(fields)));
        }

        boolean writtenBy(Set<ImportField> provided) {
            return fields.stream().anyMatch(provided::contains);
        }
    }

    /** The contract columns a source may write. */
    private static final List<Column> COLUMNS = List.of(
            new Column("title", "s.title", ImportField.TITLE),
            new Column("description", "COALESCE(s.description, '')", ImportField.DESCRIPTION),
            new Column("department", "COALESCE(s.department, '')", ImportField.DEPARTMENT),
            new Column("service_area", "s.service_area", ImportField.DEPARTMENT, ImportField.SERVICE_AREA),
            new Column("category", "s.category", ImportField.CATEGORY, ImportField.DEPARTMENT, ImportField.SERVICE_AREA),
            new Column("hosting", "s.hosting", ImportField.HOSTING),
            new Column("product_id", "p.id", ImportField.PRODUCT),
            new Column("supplier_id", "sup.id", ImportField.SUPPLIER),
            new Column("start_date", "s.start_date", ImportField.START_DATE),
            new Column("end_date", "s.end_date", ImportField.END_DATE),
            new Column("review_date", "s.review_date", ImportField.REVIEW_DATE),
            new Column("total_value_pence", "s.total_value", ImportField.TOTAL_VALUE),
            new Column("annual_value_pence", "s.annual_value", ImportField.ANNUAL_VALUE),
            new Column("unrecoverable_vat_pence", "s.vat", ImportField.UNRECOVERABLE_VAT),
            new Column("procurement_route", "s.procurement_route", ImportField.PROCUREMENT_ROUTE, ImportField.FRAMEWORK),
            new Column("framework", "COALESCE(s.framework, '')", ImportField.PROCUREMENT_ROUTE, ImportField.FRAMEWORK),
            new Column("satisfaction", "s.satisfaction", ImportField.SATISFACTION),
            new Column("notes", "COALESCE(s.notes, '')", ImportField.NOTES));

    /** Sources such as forms and the API write every field, visibilities included. */
    public static final Set<ImportField> ALL = EnumSet.allOf(ImportField.class);

    /** The first key of the advisory lock by which writes of one council's contracts take turns. */
    static final int COUNCIL_LOCK = 301;

    /** A million rows take longer than the default statement timeout; imports get an hour. */
    static final int TIMEOUT_SECONDS = 3600;

    private final JdbcClient jdbc;

    ContractMerge(javax.sql.DataSource dataSource) {
        this.jdbc = longRunning(dataSource);
    }

    static JdbcClient longRunning(javax.sql.DataSource dataSource) {
        var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setQueryTimeout(TIMEOUT_SECONDS);
        return JdbcClient.create(template);
    }

    /** References that occur more than once in the staged rows, as errors on their later lines. */
    public List<ImportError> duplicates(String referenceColumn, int limit) {
        return jdbc.sql("""
                SELECT reference, array_agg(line ORDER BY line) AS lines FROM tech_contract_staging
                 GROUP BY reference HAVING count(*) > 1 ORDER BY min(line) LIMIT :limit
                """).param("limit", limit).query((rs, n) -> {
                    Integer[] lines = (Integer[]) rs.getArray("lines").getArray();
                    String reference = rs.getString("reference");
                    return new ImportError(lines[1], referenceColumn, RowChecker.abbreviate(reference),
                            "The contract reference '" + RowChecker.abbreviate(reference) + "' is also on line " + lines[0]
                                    + ": each contract must be on one row");
                }).list();
    }

    /** How the staged rows compare with what the council has, without changing anything. */
    public Counts compare(long organisationId, Set<ImportField> provided, boolean writesVisibility) {
        String changed = distinct(provided, writesVisibility, "t", "x");
        return jdbc.sql("""
                WITH x AS (
                    SELECT s.reference, %s
                      FROM tech_contract_staging s
                      LEFT JOIN tech_supplier sup ON sup.name_key = s.supplier_key
                      LEFT JOIN tech_product p ON p.name_key = s.product_key)
                SELECT count(*) FILTER (WHERE t.id IS NULL) AS created,
                       count(*) FILTER (WHERE t.id IS NOT NULL AND %s) AS updated,
                       count(*) FILTER (WHERE t.id IS NOT NULL AND NOT %s) AS unchanged
                  FROM x LEFT JOIN tech_contract t ON t.organisation_id = :organisation AND t.reference = x.reference
                """.formatted(selectList(provided, writesVisibility), changed, changed))
                .param("organisation", organisationId)
                .query((rs, n) -> new Counts(rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged")))
                .single();
    }

    /**
     * Writes the staged rows: new suppliers (and the council's claims about existing ones) and products first, then
     * the contracts. Writes of one council's contracts take turns (a transaction-scoped advisory lock), so a council
     * with no contracts yet — its first import — gets a plain {@code INSERT … SELECT}, with no conflict to look for;
     * otherwise only the rows that are new or differ from what the council has reach
     * {@code INSERT … ON CONFLICT DO UPDATE}, so an unchanged row is neither written nor locked.
     *
     * @param staged the rows in the staging table
     */
    public Counts merge(long organisationId, Set<ImportField> provided, boolean writesVisibility, String source,
            long staged) {
        long t0 = System.nanoTime();
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock, CAST(:organisation AS int))").param("lock", COUNCIL_LOCK)
                .param("organisation", organisationId).query((rs, n) -> 1).list();
        createSuppliersAndRecordClaims(organisationId, provided, source);
        if (provided.contains(ImportField.PRODUCT)) {
            jdbc.sql("""
                    INSERT INTO tech_product AS p (name, name_key, vendor)
                    SELECT min(product_name), product_key, COALESCE(max(vendor), '')
                      FROM tech_contract_staging WHERE product_key IS NOT NULL GROUP BY product_key
                    ON CONFLICT (name_key) DO UPDATE SET vendor = EXCLUDED.vendor
                     WHERE EXCLUDED.vendor <> '' AND p.vendor IS DISTINCT FROM EXCLUDED.vendor
                    """).update();
        }
        long t1 = System.nanoTime();
        List<Column> others = written(provided, writesVisibility).stream()
                .filter(c -> !c.name().equals("service_area") && !c.name().equals("category")).toList();
        String insertColumns = others.stream().map(c -> ", " + c.name()).collect(Collectors.joining());
        String insertValues = others.stream().map(c -> ", " + c.value()).collect(Collectors.joining());
        String insert = """
                INSERT INTO tech_contract AS t (organisation_id, reference, service_area, category, source%s)
                SELECT :organisation, s.reference, s.service_area, s.category, :source%s
                  FROM tech_contract_staging s
                  LEFT JOIN tech_supplier sup ON sup.name_key = s.supplier_key
                  LEFT JOIN tech_product p ON p.name_key = s.product_key
                """.formatted(insertColumns, insertValues);
        boolean first = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM tech_contract WHERE organisation_id = :organisation)")
                .param("organisation", organisationId).query(Boolean.class).single();
        Counts counts;
        if (first) {
            int created = jdbc.sql(insert).param("organisation", organisationId).param("source", source).update();
            counts = new Counts(created, 0, 0);
        } else {
            String updates = written(provided, writesVisibility).stream()
                    .map(c -> c.name() + " = EXCLUDED." + c.name() + ", ").collect(Collectors.joining());
            counts = jdbc.sql("""
                    WITH merged AS (
                        %s
                          LEFT JOIN tech_contract c ON c.organisation_id = :organisation AND c.reference = s.reference
                         WHERE c.id IS NULL OR %s
                         ORDER BY s.reference
                        ON CONFLICT ON CONSTRAINT tech_contract_reference DO UPDATE SET %ssource = EXCLUDED.source,
                               updated_at = now()
                         WHERE %s
                        RETURNING (xmax = 0) AS inserted)
                    SELECT count(*) FILTER (WHERE inserted) AS created, count(*) FILTER (WHERE NOT inserted) AS updated
                      FROM merged
                    """.formatted(insert, changed(provided, writesVisibility), updates,
                            distinct(provided, writesVisibility, "t", "EXCLUDED")))
                    .param("organisation", organisationId).param("source", source)
                    .query((rs, n) -> new Counts(rs.getInt("created"), rs.getInt("updated"), 0)).single();
        }
        long t2 = System.nanoTime();
        log.debug("Merged {} staged contracts ({}): suppliers and products in {} ms, contracts in {} ms", staged,
                first ? "the council's first, inserted" : "new or changed rows upserted", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000);
        return new Counts(counts.created(), counts.updated(), (int) (staged - counts.created() - counts.updated()));
    }

    /** The staged row's values differ from the council's contract {@code c} in a column the source writes. */
    private static String changed(Set<ImportField> provided, boolean writesVisibility) {
        List<Column> columns = written(provided, writesVisibility);
        String current = columns.stream().map(c -> "c." + c.name()).collect(Collectors.joining(", "));
        String incoming = columns.stream().map(Column::value).collect(Collectors.joining(", "));
        return "ROW(" + current + ") IS DISTINCT FROM ROW(" + incoming + ")";
    }

    /**
     * Creates the suppliers that are new, with the council's numbers and flags. An existing supplier is shared by
     * every council and is not changed: where the council's values differ from it, they are kept as the council's
     * claims for an admin to review, and a claim the council's data no longer makes is withdrawn.
     */
    private void createSuppliersAndRecordClaims(long organisationId, Set<ImportField> provided, String source) {
        if (!provided.contains(ImportField.SUPPLIER)) {
            return;
        }
        jdbc.sql("""
                INSERT INTO tech_supplier (name, name_key, companies_house_number, charity_number, sme, voluntary)
                SELECT min(supplier_name), supplier_key, max(companies_house), max(charity), bool_or(sme), bool_or(voluntary)
                  FROM tech_contract_staging WHERE supplier_key IS NOT NULL GROUP BY supplier_key
                ON CONFLICT (name_key) DO NOTHING
                """).update();
        jdbc.sql("""
                WITH incoming AS (
                    SELECT supplier_key, max(companies_house) AS companies_house, max(charity) AS charity,
                           bool_or(sme) AS sme, bool_or(voluntary) AS voluntary
                      FROM tech_contract_staging WHERE supplier_key IS NOT NULL GROUP BY supplier_key),
                compared AS (
                    SELECT s.id AS supplier_id, f.field, f.value, f.current
                      FROM incoming i JOIN tech_supplier s ON s.name_key = i.supplier_key
                     CROSS JOIN LATERAL (VALUES %s) AS f (field, value, current)
                     WHERE f.value IS NOT NULL),
                withdrawn AS (
                    DELETE FROM tech_supplier_claim cl USING compared m
                     WHERE cl.supplier_id = m.supplier_id AND cl.organisation_id = :organisation AND cl.field = m.field
                       AND m.value = m.current)
                INSERT INTO tech_supplier_claim AS cl (supplier_id, organisation_id, field, value, source)
                SELECT supplier_id, :organisation, field, value, :source FROM compared
                 WHERE value IS DISTINCT FROM current
                ON CONFLICT ON CONSTRAINT tech_supplier_claim_one DO UPDATE
                   SET value = EXCLUDED.value, source = EXCLUDED.source, claimed_at = now()
                 WHERE cl.value <> EXCLUDED.value
                """.formatted(SupplierField.compared("i", "s")))
                .param("organisation", organisationId).param("source", source).update();
    }

    private static List<Column> written(Set<ImportField> provided, boolean writesVisibility) {
        List<Column> columns = new ArrayList<>();
        for (Column column : COLUMNS) {
            if (column.writtenBy(provided)) {
                columns.add(column);
            }
        }
        if (writesVisibility) {
            columns.add(new Column("visibility", "s.visibility"));
            columns.add(new Column("value_visibility", "s.value_visibility"));
        }
        return columns;
    }

    private static String selectList(Set<ImportField> provided, boolean writesVisibility) {
        return written(provided, writesVisibility).stream().map(c -> c.value() + " AS " + c.name())
                .collect(Collectors.joining(", "));
    }

    private static String distinct(Set<ImportField> provided, boolean writesVisibility, String current, String incoming) {
        List<Column> columns = written(provided, writesVisibility);
        String left = columns.stream().map(c -> current + "." + c.name()).collect(Collectors.joining(", "));
        String right = columns.stream().map(c -> incoming + "." + c.name()).collect(Collectors.joining(", "));
        return "ROW(" + left + ") IS DISTINCT FROM ROW(" + right + ")";
    }
}
