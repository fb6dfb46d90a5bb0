package london.loti.hub.members;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads Core LOTI commitments: what each council has evidenced for a financial year. */
@Component
public class MembershipQueries {

    /** A London council and the commitments it has evidenced for a year. */
    public record CouncilStatus(long organisationId, String slug, String name, String partnership, CoreStatus status) {
    }

    /** One recorded commitment, with the years it covers and its evidence. */
    public record CommitmentRow(long id, long organisationId, Commitment kind, int firstYear, Integer lastYear,
            LocalDate committedOn, String note, Long documentId, String documentName, String recordedByName,
            OffsetDateTime recordedAt, OffsetDateTime withdrawnAt, String withdrawnByName) {

        public String years() {
            String first = new FinancialYear(firstYear).label();
            if (lastYear == null) {
                return first + " onwards";
            }
            return lastYear == firstYear ? first : first + " to " + new FinancialYear(lastYear).label();
        }

        public boolean covers(FinancialYear year) {
            return withdrawnAt == null && firstYear <= year.startYear() && (lastYear == null || lastYear >= year.startYear());
        }
    }

    private static final String COVERS =
            " c.withdrawn_at IS NULL AND c.first_year <= :year AND (c.last_year IS NULL OR c.last_year >= :year) ";
    /** Who recorded and withdrew a commitment, by the rule for people's names ({@link PersonName}). */
    private static final String COMMITMENT_COLUMNS = """
            c.id, c.organisation_id, c.kind, c.first_year, c.last_year, c.committed_on, c.note, c.document_id,
            d.file_name AS document_name, c.recorded_at, c.withdrawn_at,
            """ + PersonName.storedNameSql("c.recorded_by_name") + " AS recorded_by_name, "
            + PersonName.storedNameSql("c.withdrawn_by_name") + " AS withdrawn_by_name";

    private final JdbcClient jdbc;

    MembershipQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CoreStatus status(long organisationId, FinancialYear year) {
        List<String> kinds = jdbc.sql("SELECT DISTINCT c.kind FROM core_commitment c WHERE c.organisation_id = :organisation AND " + COVERS)
                .param("organisation", organisationId).param("year", year.startYear()).query(String.class).list();
        return new CoreStatus(toSet(kinds.toArray(String[]::new)));
    }

    /** Every London council with its status for the year, by name. */
    List<CouncilStatus> councils(FinancialYear year) {
        return jdbc.sql("""
                SELECT o.id, o.slug, o.name, o.sub_regional_partnership,
                       coalesce(array_agg(DISTINCT c.kind) FILTER (WHERE c.kind IS NOT NULL), '{}') AS kinds
                  FROM organisation o
                  LEFT JOIN core_commitment c ON c.organisation_id = o.id AND """ + COVERS + """

                 WHERE o.kind = 'LONDON_AUTHORITY'
                 GROUP BY o.id, o.slug, o.name, o.sub_regional_partnership
                 ORDER BY o.name
                """).param("year", year.startYear())
                .query((rs, n) -> new CouncilStatus(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getString("sub_regional_partnership"),
                        new CoreStatus(toSet((String[]) rs.getArray("kinds").getArray()))))
                .list();
    }

    /** The ids of the councils Core in a year: all five commitments evidenced. */
    List<Long> coreCouncilIds(FinancialYear year) {
        return jdbc.sql("""
                SELECT c.organisation_id FROM core_commitment c JOIN organisation o ON o.id = c.organisation_id
                 WHERE o.kind = 'LONDON_AUTHORITY' AND """ + COVERS + """

                 GROUP BY c.organisation_id HAVING count(DISTINCT c.kind) = 5
                """).param("year", year.startYear()).query(Long.class).list();
    }

    PageOf<CommitmentRow> commitmentsOf(long organisationId, Paging paging, Viewer viewer) {
        var items = jdbc.sql("SELECT " + COMMITMENT_COLUMNS + """
                  FROM core_commitment c LEFT JOIN evidence_document d ON d.id = c.document_id
                 WHERE c.organisation_id = :organisation
                 ORDER BY c.withdrawn_at IS NOT NULL, c.first_year DESC, c.kind, c.id DESC
                 LIMIT :limit OFFSET :offset
                """).param("organisation", organisationId).param("limit", paging.size()).param("offset", paging.offset())
                .params(PersonName.sqlParameters(viewer)).query(CommitmentRow.class).list();
        long total = jdbc.sql("SELECT count(*) FROM core_commitment WHERE organisation_id = :organisation")
                .param("organisation", organisationId).query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** The commitments that make up a council's status in a year, newest first within each kind. */
    List<CommitmentRow> covering(long organisationId, FinancialYear year, Viewer viewer) {
        return jdbc.sql("SELECT " + COMMITMENT_COLUMNS + """
                  FROM core_commitment c LEFT JOIN evidence_document d ON d.id = c.document_id
                 WHERE c.organisation_id = :organisation AND """ + COVERS + """

                 ORDER BY c.kind, c.committed_on DESC, c.id DESC
                """).param("organisation", organisationId).param("year", year.startYear())
                .params(PersonName.sqlParameters(viewer)).query(CommitmentRow.class).list();
    }

    /** One commitment, for the LOTI team's and the council's own use. */
    Optional<CommitmentRow> commitment(long id) {
        return jdbc.sql("SELECT " + COMMITMENT_COLUMNS
                        + " FROM core_commitment c LEFT JOIN evidence_document d ON d.id = c.document_id WHERE c.id = :id")
                .param("id", id).param("readsEveryName", true).query(CommitmentRow.class).optional();
    }

    /** The first financial year any commitment covers, if any. */
    Optional<Integer> firstYear() {
        return jdbc.sql("SELECT min(first_year) FROM core_commitment WHERE withdrawn_at IS NULL")
                .query(Integer.class).optional();
    }

    private static Set<Commitment> toSet(String[] kinds) {
        Set<Commitment> set = EnumSet.noneOf(Commitment.class);
        Arrays.stream(kinds).forEach(k -> set.add(Commitment.valueOf(k)));
        return set;
    }
}
