package london.loti.hub.techmap.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.web.LikePattern;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Products, suppliers and councils with what they count on the map, as a viewer may see it. */
@Component
public class MapQueries {

    public record ProductRow(long id, String name, String vendor, long councils, long contracts) {
    }

    public record SupplierRow(long id, String name, String companiesHouseNumber, String charityNumber, Boolean sme,
            Boolean voluntary, long councils, long contracts) {
    }

    public record CouncilRow(long id, String slug, String name, long contracts, long products, long suppliers,
            long endingWithinAYear) {
    }

    public record Area(String code, String name) {
    }

    private static final String VISIBLE = ContractQueries.VISIBLE;

    private final JdbcClient jdbc;

    MapQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageOf<ProductRow> products(String search, Paging paging, Viewer viewer) {
        String where = " WHERE (CAST(:q AS text) IS NULL OR p.name ILIKE :pattern OR p.vendor ILIKE :pattern) AND "
                + shown("product_id", "p");
        var items = jdbc.sql("""
                SELECT p.id, p.name, p.vendor, count(DISTINCT c.organisation_id) AS councils, count(c.id) AS contracts
                  FROM tech_product p LEFT JOIN tech_contract c ON c.product_id = p.id AND """ + VISIBLE + where + """
                 GROUP BY p.id ORDER BY count(DISTINCT c.organisation_id) DESC, p.name LIMIT :limit OFFSET :offset
                """).params(search(search)).params(viewer.visibilityParameters())
                .param("limit", paging.size()).param("offset", paging.offset()).query(ProductRow.class).list();
        long total = jdbc.sql("SELECT count(*) FROM tech_product p" + where).params(search(search))
                .params(viewer.visibilityParameters()).query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    public Optional<ProductRow> product(long id, Viewer viewer) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.vendor, count(DISTINCT c.organisation_id) AS councils, count(c.id) AS contracts
                  FROM tech_product p LEFT JOIN tech_contract c ON c.product_id = p.id AND """ + VISIBLE + """
                 WHERE p.id = :id AND """ + shown("product_id", "p") + " GROUP BY p.id")
                .param("id", id).params(viewer.visibilityParameters()).query(ProductRow.class).optional();
    }

    public PageOf<SupplierRow> suppliers(String search, Paging paging, Viewer viewer) {
        String where = " WHERE (CAST(:q AS text) IS NULL OR s.name ILIKE :pattern) AND " + shown("supplier_id", "s");
        var items = jdbc.sql("""
                SELECT s.id, s.name, s.companies_house_number, s.charity_number, s.sme, s.voluntary,
                       count(DISTINCT c.organisation_id) AS councils, count(c.id) AS contracts
                  FROM tech_supplier s LEFT JOIN tech_contract c ON c.supplier_id = s.id AND """ + VISIBLE + where + """
                 GROUP BY s.id ORDER BY count(DISTINCT c.organisation_id) DESC, s.name LIMIT :limit OFFSET :offset
                """).params(search(search)).params(viewer.visibilityParameters())
                .param("limit", paging.size()).param("offset", paging.offset()).query(SupplierRow.class).list();
        long total = jdbc.sql("SELECT count(*) FROM tech_supplier s" + where).params(search(search))
                .params(viewer.visibilityParameters()).query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    public Optional<SupplierRow> supplier(long id, Viewer viewer) {
        return jdbc.sql("""
                SELECT s.id, s.name, s.companies_house_number, s.charity_number, s.sme, s.voluntary,
                       count(DISTINCT c.organisation_id) AS councils, count(c.id) AS contracts
                  FROM tech_supplier s LEFT JOIN tech_contract c ON c.supplier_id = s.id AND """ + VISIBLE + """
                 WHERE s.id = :id AND """ + shown("supplier_id", "s") + " GROUP BY s.id")
                .param("id", id).params(viewer.visibilityParameters()).query(SupplierRow.class).optional();
    }

    /**
     * A product or supplier is named only to a viewer who may see at least one of its contracts (or an admin): a
     * name known only from a hidden contract would tell what that contract hides.
     */
    private static String shown(String contractColumn, String alias) {
        return "(:viewerAdmin OR EXISTS (SELECT 1 FROM tech_contract v WHERE v." + contractColumn + " = " + alias
                + ".id AND " + Visibility.sqlFilter("v.visibility", "v.organisation_id") + "))";
    }

    /** The parameters of a name search: {@code q} as typed (or null), {@code pattern} matching it literally. */
    private static Map<String, Object> search(String typed) {
        String q = blank(typed);
        Map<String, Object> params = new HashMap<>();
        params.put("q", q);
        params.put("pattern", LikePattern.containing(q));
        return params;
    }

    /** The London authorities and what each has on the map. */
    public PageOf<CouncilRow> councils(java.time.LocalDate today, Paging paging, Viewer viewer) {
        var items = jdbc.sql("""
                SELECT o.id, o.slug, o.name, count(c.id) AS contracts, count(DISTINCT c.product_id) AS products,
                       count(DISTINCT c.supplier_id) AS suppliers,
                       count(c.id) FILTER (WHERE c.end_date BETWEEN :today AND :yearOn) AS ending_within_a_year
                  FROM organisation o LEFT JOIN tech_contract c ON c.organisation_id = o.id AND """ + VISIBLE + """
                 WHERE o.kind = 'LONDON_AUTHORITY'
                 GROUP BY o.id ORDER BY o.name LIMIT :limit OFFSET :offset
                """).param("today", today).param("yearOn", today.plusYears(1)).params(viewer.visibilityParameters())
                .param("limit", paging.size()).param("offset", paging.offset()).query(CouncilRow.class).list();
        long total = jdbc.sql("SELECT count(*) FROM organisation WHERE kind = 'LONDON_AUTHORITY'").query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    public List<Area> areas() {
        return jdbc.sql("SELECT code, name FROM service_area ORDER BY position").query(Area.class).list();
    }

    /** The service areas in which a council has contracts the viewer may see, for its page's filter. */
    public List<Area> areasOf(long organisationId, Viewer viewer) {
        return jdbc.sql("""
                SELECT a.code, a.name FROM service_area a
                 WHERE EXISTS (SELECT 1 FROM tech_contract c WHERE c.organisation_id = :organisation
                                  AND c.service_area = a.code AND """ + VISIBLE + """
                 ) ORDER BY a.position
                """).param("organisation", organisationId).params(viewer.visibilityParameters()).query(Area.class).list();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
