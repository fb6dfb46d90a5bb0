package london.loti.hub.techmap.web;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.techmap.imports.SupplierField;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What councils' imports and API pushes said about shared suppliers that differs from the suppliers' records. An
 * admin accepts a claim, which changes the supplier for every council, or dismisses it; both are audited.
 */
@Service
public class SupplierClaims {

    /** A claim beside the supplier's value now; values as text, yes or no as {@code true} or {@code false}. */
    public record Claim(long id, long supplierId, String supplier, long organisationId, String council,
            SupplierField field, String value, String current, String source, OffsetDateTime claimedAt) {

        public String shownValue() {
            return show(field, value);
        }

        public String shownCurrent() {
            return show(field, current);
        }

        private static String show(SupplierField field, String value) {
            if (value == null) {
                return "Not recorded";
            }
            return field.yesNo() ? (Boolean.parseBoolean(value) ? "Yes" : "No") : value;
        }
    }

    private static final String SELECT = """
            SELECT cl.id, cl.supplier_id, s.name AS supplier, cl.organisation_id, o.name AS council, cl.field, cl.value,
                   %s AS current, cl.source, cl.claimed_at
              FROM tech_supplier_claim cl
              JOIN tech_supplier s ON s.id = cl.supplier_id
              JOIN organisation o ON o.id = cl.organisation_id
            """.formatted(SupplierField.currentValue("s", "cl.field"));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SupplierClaims(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Claims waiting for review, by supplier; of one supplier when {@code supplierId} is given. */
    public PageOf<Claim> waiting(Long supplierId, Paging paging, Viewer viewer) {
        requireAdmin(viewer);
        String where = " WHERE (CAST(:supplier AS bigint) IS NULL OR cl.supplier_id = :supplier)";
        var items = jdbc.sql(SELECT + where + " ORDER BY s.name, cl.field, cl.claimed_at, cl.id LIMIT :limit OFFSET :offset")
                .param("supplier", supplierId).param("limit", paging.size()).param("offset", paging.offset())
                .query(Claim.class).list();
        long total = jdbc.sql("SELECT count(*) FROM tech_supplier_claim cl" + where).param("supplier", supplierId)
                .query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** How many claims about one supplier wait for review. */
    public long countFor(long supplierId) {
        return jdbc.sql("SELECT count(*) FROM tech_supplier_claim WHERE supplier_id = :supplier")
                .param("supplier", supplierId).query(Long.class).single();
    }

    /** How many of a council's claims wait for review. */
    public long countBy(long organisationId) {
        return jdbc.sql("SELECT count(*) FROM tech_supplier_claim WHERE organisation_id = :organisation")
                .param("organisation", organisationId).query(Long.class).single();
    }

    /**
     * Sets the supplier's field to the claimed value; the claim goes, with every other council's claim of that same
     * value, while claims of other values stay for review.
     */
    @Transactional
    public Claim accept(long claimId, Viewer viewer) {
        Claim claim = lock(claimId, viewer);
        jdbc.sql("UPDATE tech_supplier SET " + claim.field().assignment() + " WHERE id = :supplier")
                .param("value", claim.value()).param("supplier", claim.supplierId()).update();
        jdbc.sql("DELETE FROM tech_supplier_claim WHERE supplier_id = :supplier AND field = :field AND value = :value")
                .param("supplier", claim.supplierId()).param("field", claim.field().name()).param("value", claim.value())
                .update();
        record(claim, viewer, "claim-accepted", "Accepted " + claim.council() + "'s " + claim.field().label()
                + " of " + claim.supplier() + ": " + claim.shownValue() + " (was " + claim.shownCurrent() + ")",
                claim.current(), claim.value());
        return claim;
    }

    /** Leaves the supplier as it is and removes the claim. A later import by the council that still differs claims again. */
    @Transactional
    public Claim dismiss(long claimId, Viewer viewer) {
        Claim claim = lock(claimId, viewer);
        jdbc.sql("DELETE FROM tech_supplier_claim WHERE id = :id").param("id", claim.id()).update();
        record(claim, viewer, "claim-dismissed", "Dismissed " + claim.council() + "'s " + claim.field().label()
                + " of " + claim.supplier() + ": " + claim.shownValue() + " (kept " + claim.shownCurrent() + ")",
                claim.value(), null);
        return claim;
    }

    private Claim lock(long claimId, Viewer viewer) {
        requireAdmin(viewer);
        return jdbc.sql(SELECT + " WHERE cl.id = :id FOR UPDATE OF cl, s").param("id", claimId).query(Claim.class)
                .optional().orElseThrow(() -> new NotFoundException("There is no such claim: it may have been reviewed already."));
    }

    private void record(Claim claim, Viewer viewer, String action, String summary, String before, String after) {
        audit.record(new Change(viewer.actor(), null, null, "supplier", String.valueOf(claim.supplierId()), action,
                summary, values(claim, before), values(claim, after)));
    }

    private static Map<String, Object> values(Claim claim, String value) {
        Map<String, Object> values = new HashMap<>();
        values.put("supplier", claim.supplier());
        values.put("claimedBy", claim.council());
        values.put(claim.field().name(), value);
        return values;
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new AccessDeniedException("Only admins review claims about shared suppliers");
        }
    }
}
