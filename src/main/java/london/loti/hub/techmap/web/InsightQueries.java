package london.loti.hub.techmap.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Procurement insight across London: joint procurement, supplier concentration, satisfaction, renewals. */
@Component
public class InsightQueries {

    /** A council's contract in an opportunity. */
    public record Member(long contractId, String council, String slug, LocalDate endDate, String title) {
    }

    /**
     * Two or more councils whose contracts for the same product or service area end in the window. The combined
     * annual value adds only the values the viewer may see; {@code hiddenValues} counts the others.
     */
    public record Opportunity(String basis, long key, String code, String label, long councils, long contracts,
            LocalDate firstEnd, LocalDate lastEnd, Long combinedAnnualValue, long hiddenValues, List<Member> members) {
    }

    public record AreaConcentration(String code, String name, long contracts, long valuedContracts, Concentration concentration) {
    }

    public record CouncilSatisfaction(String slug, String name, long suppliers, long rated, Double averageSatisfaction) {
        public String average() {
            return averageSatisfaction == null ? "Not rated" : String.format("%.1f", averageSatisfaction);
        }
    }

    public record MonthCount(LocalDate month, long contracts) {
    }

    private static final String VISIBLE = ContractQueries.VISIBLE;
    private static final String VALUE_VISIBLE = ContractQueries.VALUE_VISIBLE;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    InsightQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record OpportunityRow(String basis, long key, String code, String label, long councils, long contracts,
            LocalDate firstEnd, LocalDate lastEnd, Long combinedAnnualValue, long hiddenValues, String members) {
    }

    /** @param byProduct the same product; otherwise the same service area */
    public PageOf<Opportunity> jointProcurement(boolean byProduct, Long productId, LocalDate from, LocalDate until, Paging paging, Viewer viewer) {
        String key = byProduct ? "c.product_id" : "a.position";
        String label = byProduct ? "p.name" : "a.name";
        String code = byProduct ? "CAST(c.product_id AS text)" : "a.code";
        String where = """
                 FROM tech_contract c
                 JOIN organisation o ON o.id = c.organisation_id
                 JOIN service_area a ON a.code = c.service_area
                 LEFT JOIN tech_product p ON p.id = c.product_id
                WHERE c.end_date BETWEEN :from AND :until AND %s %s
                  AND (CAST(:product AS bigint) IS NULL OR c.product_id = :product)
                """.formatted(VISIBLE, byProduct ? "AND c.product_id IS NOT NULL" : "AND c.service_area <> 'OTHER'");
        var rows = jdbc.sql("""
                SELECT '%s' AS basis, %s AS key, min(%s) AS code, min(%s) AS label,
                       count(DISTINCT c.organisation_id) AS councils, count(*) AS contracts,
                       min(c.end_date) AS first_end, max(c.end_date) AS last_end,
                       sum(CASE WHEN %s THEN c.annual_estimate_pence END) AS combined_annual_value,
                       count(*) FILTER (WHERE NOT %s AND c.annual_estimate_pence IS NOT NULL) AS hidden_values,
                       CAST(json_agg(json_build_object('contractId', c.id, 'council', o.name, 'slug', o.slug,
                            'endDate', c.end_date, 'title', c.title) ORDER BY c.end_date, o.name) AS text) AS members
                """.formatted(byProduct ? "product" : "service-area", key, code, label, VALUE_VISIBLE, VALUE_VISIBLE)
                + where + """
                 GROUP BY %s HAVING count(DISTINCT c.organisation_id) >= 2
                 ORDER BY count(DISTINCT c.organisation_id) DESC, min(c.end_date), min(%s)
                 LIMIT :limit OFFSET :offset
                """.formatted(key, label))
                .param("from", from).param("until", until).param("product", productId).params(viewer.visibilityParameters())
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(OpportunityRow.class).list();
        long total = jdbc.sql("SELECT count(*) FROM (SELECT 1 " + where + " GROUP BY " + key
                        + " HAVING count(DISTINCT c.organisation_id) >= 2) g")
                .param("from", from).param("until", until).param("product", productId).params(viewer.visibilityParameters())
                .query(Long.class).single();
        var items = rows.stream().map(r -> new Opportunity(r.basis(), r.key(), r.code(), r.label(), r.councils(),
                r.contracts(), r.firstEnd(), r.lastEnd(), r.combinedAnnualValue(), r.hiddenValues(),
                json.readValue(r.members(), new TypeReference<List<Member>>() { }))).toList();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** Per service area: each supplier's visible annual value, made into the top-ten share and the HHI. */
    public List<AreaConcentration> concentration(Viewer viewer) {
        record Taking(String code, String name, long supplier, Long value, long contracts, long valued) {
        }
        var takings = jdbc.sql("""
                SELECT a.code, a.name, COALESCE(c.supplier_id, 0) AS supplier,
                       sum(CASE WHEN %s THEN c.annual_estimate_pence END) AS value, count(*) AS contracts,
                       count(*) FILTER (WHERE %s AND c.annual_estimate_pence IS NOT NULL) AS valued
                  FROM tech_contract c JOIN service_area a ON a.code = c.service_area
                 WHERE %s AND c.supplier_id IS NOT NULL
                 GROUP BY a.code, a.name, a.position, c.supplier_id ORDER BY a.position
                """.formatted(VALUE_VISIBLE, VALUE_VISIBLE, VISIBLE)).params(viewer.visibilityParameters())
                .query(Taking.class).list();
        Map<String, List<Taking>> byArea = new LinkedHashMap<>();
        takings.forEach(t -> byArea.computeIfAbsent(t.code(), k -> new ArrayList<>()).add(t));
        return byArea.values().stream().map(list -> new AreaConcentration(list.get(0).code(), list.get(0).name(),
                list.stream().mapToLong(Taking::contracts).sum(), list.stream().mapToLong(Taking::valued).sum(),
                Concentration.of(list.stream().map(Taking::value).toList()))).toList();
    }

    public List<CouncilSatisfaction> satisfaction(Viewer viewer) {
        return jdbc.sql("""
                SELECT o.slug, o.name, count(DISTINCT c.supplier_id) AS suppliers, count(c.satisfaction) AS rated,
                       CAST(avg(c.satisfaction) AS double precision) AS average_satisfaction
                  FROM organisation o JOIN tech_contract c ON c.organisation_id = o.id AND """ + VISIBLE + """
                 WHERE o.kind = 'LONDON_AUTHORITY'
                 GROUP BY o.id ORDER BY count(DISTINCT c.supplier_id), o.name
                """).params(viewer.visibilityParameters()).query(CouncilSatisfaction.class).list();
    }

    /** Contracts ending in each month of a window, for the renewal calendar's chart. */
    public List<MonthCount> endingByMonth(LocalDate from, LocalDate until, Long organisationId, String area, Viewer viewer) {
        return jdbc.sql("""
                SELECT CAST(date_trunc('month', c.end_date) AS date) AS month, count(*) AS contracts
                  FROM tech_contract c
                 WHERE c.end_date BETWEEN :from AND :until AND """ + VISIBLE + """
                   AND (CAST(:organisation AS bigint) IS NULL OR c.organisation_id = :organisation)
                   AND (CAST(:area AS text) IS NULL OR c.service_area = :area)
                 GROUP BY 1 ORDER BY 1
                """).param("from", from).param("until", until).param("organisation", organisationId)
                .param("area", area).params(viewer.visibilityParameters()).query(MonthCount.class).list();
    }
}
