package london.loti.hub.techmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
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
     * Products worth a partner's attention for a piece of work, at most {@code limit}: those named in the text
     * (names of four letters or more, as whole words) first, then those the council has most contracts for in these
     * service areas. Bounded because each is looked up across every council's contracts.
     */
    public List<Long> productsFor(Long organisationId, Collection<ServiceArea> areas, String text, int limit) {
        return jdbc.sql("""
                SELECT product_id FROM (
                    SELECT p.id AS product_id, 1 AS named, 0 AS contracts FROM tech_product p
                     WHERE length(p.name) >= 4 AND strpos(lower(:text), lower(p.name)) > 0
                       AND :text ~* ('\\m' || regexp_replace(p.name, '([^[:alnum:] ])', '\\\\\\1', 'g') || '\\M')
                    UNION ALL
                    SELECT c.product_id, 0, count(*) FROM tech_contract c
                     WHERE c.organisation_id = :organisation AND c.visibility = 'PUBLIC' AND c.product_id IS NOT NULL
                       AND c.service_area = ANY(CAST(:areas AS text[]))
                     GROUP BY c.product_id) products
                 GROUP BY product_id ORDER BY max(named) DESC, max(contracts) DESC, product_id LIMIT :limit
                """).param("organisation", organisationId == null ? -1L : organisationId)
                .param("areas", codes(areas)).param("text", text == null ? "" : text).param("limit", limit)
                .query(Long.class).list();
    }

    /** Other councils using any of these products, by council then product name. */
    public List<ProductUse> councilsUsingAnyOf(Collection<Long> productIds, Long exceptOrganisationId) {
        return jdbc.sql("""
                SELECT DISTINCT p.id AS product_id, p.name AS product, p.vendor, o.id AS organisation_id, o.name AS organisation
                  FROM tech_contract c JOIN tech_product p ON p.id = c.product_id JOIN organisation o ON o.id = c.organisation_id
                 WHERE c.product_id = ANY(CAST(:products AS bigint[])) AND c.visibility = 'PUBLIC'
                   AND c.organisation_id <> :except
                 ORDER BY o.name, p.name
                """).param("products", productIds.toArray(Long[]::new))
                .param("except", exceptOrganisationId == null ? -1L : exceptOrganisationId).query(ProductUse.class).list();
    }

    /**
     * Other councils' contracts in these service areas or for these products that end from today to {@code months}
     * months on, soonest first: for 'contract ends within 18 months'.
     */
    public List<Ending> contractsEndingWithin(Collection<ServiceArea> areas, Collection<Long> productIds,
            Long exceptOrganisationId, int months, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                SELECT c.id AS contract_id, c.organisation_id, c.title, c.reference, a.name AS service_area,
                       c.product_id, p.name AS product, s.name AS supplier, c.end_date
                  FROM tech_contract c JOIN service_area a ON a.code = c.service_area
                  LEFT JOIN tech_product p ON p.id = c.product_id LEFT JOIN tech_supplier s ON s.id = c.supplier_id
                 WHERE c.end_date BETWEEN :today AND :until AND c.visibility = 'PUBLIC' AND c.organisation_id <> :except
                   AND (c.service_area = ANY(CAST(:areas AS text[])) OR c.product_id = ANY(CAST(:products AS bigint[])))
                 ORDER BY c.end_date, c.id LIMIT :limit
                """).param("today", today).param("until", today.plusMonths(months))
                .param("except", exceptOrganisationId == null ? -1L : exceptOrganisationId)
                .param("areas", codes(areas)).param("products", productIds.toArray(Long[]::new))
                .param("limit", limit).query(Ending.class).list();
    }

    private static String[] codes(Collection<ServiceArea> areas) {
        return areas.stream().map(ServiceArea::name).toArray(String[]::new);
    }
}
