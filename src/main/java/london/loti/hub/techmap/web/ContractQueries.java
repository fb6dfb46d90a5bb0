package london.loti.hub.techmap.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads contracts as a viewer may see them: records filtered by their visibility, and values (total, annual,
 * VAT) null unless the viewer may see the values too — in SQL, so no page, export, feed or API can show them.
 */
@Component
public class ContractQueries {

    /** A contract as lists and the API show it; values are null when hidden from the viewer. */
    public record ContractRow(long id, long organisationId, String organisationSlug, String organisationName,
            String reference, String title, String description, String department, String serviceArea,
            String serviceAreaName, String category, String hosting, Long productId, String productName,
            String productVendor, Long supplierId, String supplierName, LocalDate startDate, LocalDate endDate,
            LocalDate reviewDate, Long totalValue, Long annualValue, Long unrecoverableVat, String procurementRoute,
            String framework, Integer satisfaction, String notes, String visibility, String valueVisibility,
            boolean valuesShown, String source, java.time.OffsetDateTime updatedAt) {
    }

    /** Filters of a contract list; null means any. */
    public record Filter(Long organisationId, Long productId, Long supplierId, String serviceArea, LocalDate endFrom,
            LocalDate endTo) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    static final String VALUE_VISIBLE = Visibility.sqlFilter("c.value_visibility", "c.organisation_id");
    static final String VISIBLE = Visibility.sqlFilter("c.visibility", "c.organisation_id");

    static final String SELECT = """
            SELECT c.id, c.organisation_id, o.slug AS organisation_slug, o.name AS organisation_name, c.reference,
                   c.title, c.description, c.department, c.service_area, a.name AS service_area_name, c.category,
                   c.hosting, c.product_id, p.name AS product_name, p.vendor AS product_vendor, c.supplier_id,
                   s.name AS supplier_name, c.start_date, c.end_date, c.review_date,
                   CASE WHEN %1$s THEN c.total_value_pence END AS total_value,
                   CASE WHEN %1$s THEN c.annual_value_pence END AS annual_value,
                   CASE WHEN %1$s THEN c.unrecoverable_vat_pence END AS unrecoverable_vat,
                   c.procurement_route, c.framework, c.satisfaction, c.notes, c.visibility, c.value_visibility,
                   %1$s AS values_shown, c.source, c.updated_at
              FROM tech_contract c
              JOIN organisation o ON o.id = c.organisation_id
              JOIN service_area a ON a.code = c.service_area
              LEFT JOIN tech_product p ON p.id = c.product_id
              LEFT JOIN tech_supplier s ON s.id = c.supplier_id
            """.formatted(VALUE_VISIBLE);

    private static final String WHERE = """
             WHERE %s
               AND (CAST(:organisation AS bigint) IS NULL OR c.organisation_id = :organisation)
               AND (CAST(:product AS bigint) IS NULL OR c.product_id = :product)
               AND (CAST(:supplier AS bigint) IS NULL OR c.supplier_id = :supplier)
               AND (CAST(:area AS text) IS NULL OR c.service_area = :area)
               AND (CAST(:endFrom AS date) IS NULL OR c.end_date >= :endFrom)
               AND (CAST(:endTo AS date) IS NULL OR c.end_date <= :endTo)
            """.formatted(VISIBLE);

    public enum Order {
        AREA("a.position, c.title, c.id"), END_DATE("c.end_date, o.name, c.id"), COUNCIL("o.name, a.position, c.title, c.id");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    private final JdbcClient jdbc;

    ContractQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageOf<ContractRow> page(Filter filter, Order order, Paging paging, Viewer viewer) {
        var items = bind(jdbc.sql(SELECT + WHERE + " ORDER BY " + order.sql + " LIMIT :limit OFFSET :offset"), filter, viewer)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(ContractRow.class).list();
        long total = bind(jdbc.sql("SELECT count(*) FROM tech_contract c" + WHERE), filter, viewer).query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** Every contract of a filter, in order, for exports and feeds (a bounded number). */
    public List<ContractRow> all(Filter filter, Order order, int limit, Viewer viewer) {
        return bind(jdbc.sql(SELECT + WHERE + " ORDER BY " + order.sql + " LIMIT :limit"), filter, viewer)
                .param("limit", limit).query(ContractRow.class).list();
    }

    /** Streams every contract of a filter to the consumer, for the CSV export, without holding them all. */
    public void each(Filter filter, Order order, Viewer viewer, java.util.function.Consumer<ContractRow> consumer) {
        try (var rows = bind(jdbc.sql(SELECT + WHERE + " ORDER BY " + order.sql), filter, viewer)
                .query(ContractRow.class).stream()) {
            rows.forEach(consumer);
        }
    }

    public Optional<ContractRow> find(long id, Viewer viewer) {
        return jdbc.sql(SELECT + " WHERE c.id = :id AND " + VISIBLE).param("id", id)
                .params(viewer.visibilityParameters()).query(ContractRow.class).optional();
    }

    public long count(Filter filter, Viewer viewer) {
        return bind(jdbc.sql("SELECT count(*) FROM tech_contract c" + WHERE), filter, viewer).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter, Viewer viewer) {
        return spec.param("organisation", filter.organisationId()).param("product", filter.productId())
                .param("supplier", filter.supplierId()).param("area", filter.serviceArea())
                .param("endFrom", filter.endFrom()).param("endTo", filter.endTo())
                .params(viewer.visibilityParameters());
    }

    /** Counts of the London map as a whole. */
    public Map<String, Long> totals(Viewer viewer) {
        return jdbc.sql("""
                SELECT count(*) AS contracts, count(DISTINCT c.organisation_id) AS councils,
                       count(DISTINCT c.product_id) AS products, count(DISTINCT c.supplier_id) AS suppliers
                  FROM tech_contract c WHERE """ + VISIBLE).params(viewer.visibilityParameters())
                .query((rs, n) -> Map.of("contracts", rs.getLong(1), "councils", rs.getLong(2),
                        "products", rs.getLong(3), "suppliers", rs.getLong(4))).single();
    }
}
