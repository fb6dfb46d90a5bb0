package london.loti.hub.techmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The technology map for other modules: who uses a product, what a council uses, which of its contracts end
 * soon. Only records marked public are answered here (another module's page may be read by anyone), and never
 * values. The project register's coalition finder builds its 'uses the same product' and 'contract ends within
 * 18 months' reasons on these.
 */
@Service
public class TechMap {

    /** A product a council uses. */
    public record ProductUse(long productId, String product, String vendor, long organisationId, String organisation) {
    }

    /** A council's contract and when it ends. */
    public record Ending(long contractId, long organisationId, String title, String reference, String serviceArea,
            Long productId, String product, String supplier, LocalDate endDate) {
    }

    /** A public contract as the search index holds it: words only, never values. */
    public record Searchable(long contractId, long organisationId, String organisation, String title, String description,
            String serviceArea, String product, String vendor, String supplier, LocalDate endDate) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    TechMap(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The councils using a product, by name. */
    public List<ProductUse> councilsUsingProduct(long productId) {
        return jdbc.sql("""
                SELECT DISTINCT p.id AS product_id, p.name AS product, p.vendor, o.id AS organisation_id, o.name AS organisation
                  FROM tech_contract c JOIN tech_product p ON p.id = c.product_id JOIN organisation o ON o.id = c.organisation_id
                 WHERE c.product_id = :product AND c.visibility = 'PUBLIC' ORDER BY o.name
                """).param("product", productId).query(ProductUse.class).list();
    }

    /** The products a council uses, by name. */
    public List<ProductUse> productsOf(long organisationId) {
        return jdbc.sql("""
                SELECT DISTINCT p.id AS product_id, p.name AS product, p.vendor, o.id AS organisation_id, o.name AS organisation
                  FROM tech_contract c JOIN tech_product p ON p.id = c.product_id JOIN organisation o ON o.id = c.organisation_id
                 WHERE c.organisation_id = :organisation AND c.visibility = 'PUBLIC' ORDER BY p.name
                """).param("organisation", organisationId).query(ProductUse.class).list();
    }

    /** Other councils that use a product the council uses: for 'uses the same product'. */
    public List<ProductUse> councilsSharingAProductWith(long organisationId) {
        return jdbc.sql("""
                SELECT DISTINCT p.id AS product_id, p.name AS product, p.vendor, o.id AS organisation_id, o.name AS organisation
                  FROM tech_contract mine
                  JOIN tech_contract c ON c.product_id = mine.product_id AND c.organisation_id <> mine.organisation_id
                  JOIN tech_product p ON p.id = c.product_id JOIN organisation o ON o.id = c.organisation_id
                 WHERE mine.organisation_id = :organisation AND mine.visibility = 'PUBLIC' AND c.visibility = 'PUBLIC'
                 ORDER BY o.name, p.name
                """).param("organisation", organisationId).query(ProductUse.class).list();
    }

    /** The council's contracts ending from today to {@code months} months on: for 'contract ends within 18 months'. */
    public List<Ending> contractsEndingWithin(long organisationId, int months) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                SELECT c.id AS contract_id, c.organisation_id, c.title, c.reference, a.name AS service_area,
                       c.product_id, p.name AS product, s.name AS supplier, c.end_date
                  FROM tech_contract c JOIN service_area a ON a.code = c.service_area
                  LEFT JOIN tech_product p ON p.id = c.product_id LEFT JOIN tech_supplier s ON s.id = c.supplier_id
                 WHERE c.organisation_id = :organisation AND c.visibility = 'PUBLIC'
                   AND c.end_date BETWEEN :today AND :until
                 ORDER BY c.end_date, c.id
                """).param("organisation", organisationId).param("today", today)
                .param("until", today.plusMonths(months)).query(Ending.class).list();
    }

    /**
     * Public contracts after {@code afterId}, in id order, a batch at a time: for a search index to read the map
     * (and read again after a {@link ContractsChanged}).
     */
    public List<Searchable> contractsForSearch(long afterId, int limit) {
        return jdbc.sql("""
                SELECT c.id AS contract_id, c.organisation_id, o.name AS organisation, c.title, c.description,
                       a.name AS service_area, p.name AS product, p.vendor, s.name AS supplier, c.end_date
                  FROM tech_contract c JOIN organisation o ON o.id = c.organisation_id
                  JOIN service_area a ON a.code = c.service_area
                  LEFT JOIN tech_product p ON p.id = c.product_id LEFT JOIN tech_supplier s ON s.id = c.supplier_id
                 WHERE c.id > :after AND c.visibility = 'PUBLIC' ORDER BY c.id LIMIT :limit
                """).param("after", afterId).param("limit", Math.min(Math.max(limit, 1), 10_000))
                .query(Searchable.class).list();
    }
}
