package london.loti.hub.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.members.PersonName;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads exemplar projects and their delivery: milestones, councils taking part, updates. */
@Component
public class ExemplarProjectQueries {

    /** An exemplar project with what it was proposed as. */
    public record ProjectRow(long id, String slug, long proposalId, String title, String problem, int startYear,
            int selectedPlace, String roundSlug, long organisationId, String organisationSlug, String organisationName,
            int workstreamNumber, String workstreamSlug, String workstreamName, BusinessCase businessCase,
            String businessCaseDetail, Long estimatedSaving, long estimatedCost, int timescaleMonths, Phase phase,
            Rag rag, String ragReason, LocalDate lastUpdateOn, LocalDate staleFlaggedOn) {

        public FinancialYear year() {
            return new FinancialYear(startYear);
        }

        public long daysSinceUpdate(LocalDate today) {
            return ChronoUnit.DAYS.between(lastUpdateOn, today);
        }
    }

    public record MilestoneRow(long id, String title, LocalDate dueOn, LocalDate doneOn) {

        public String status(LocalDate today) {
            return doneOn != null ? "Done" : dueOn.isBefore(today) ? "Overdue" : "Due";
        }

        public String colour(LocalDate today) {
            return doneOn != null ? "green" : dueOn.isBefore(today) ? "red" : "blue";
        }
    }

    public record ParticipantRow(long organisationId, String slug, String name, int officerDays) {
    }

    public record UpdateRow(long id, LocalDate postedOn, Phase phase, Rag rag, String ragReason, String body,
            String postedByName) {
    }

    private static final String PROJECT = """
            SELECT e.id, e.slug, p.id AS proposal_id, p.title, p.problem, e.start_year, e.selected_place, r.slug AS round_slug,
                   p.organisation_id, o.slug AS organisation_slug, o.name AS organisation_name, p.workstream_number,
                   w.slug AS workstream_slug, w.name AS workstream_name, p.business_case, p.business_case_detail,
                   p.estimated_saving, p.estimated_cost, p.timescale_months, e.phase, e.rag, e.rag_reason,
                   e.last_update_on, e.stale_flagged_on
              FROM exemplar_project e
              JOIN programme_proposal p ON p.id = e.proposal_id
              JOIN programme_round r ON r.id = p.round_id
              JOIN organisation o ON o.id = p.organisation_id
              JOIN workstream w ON w.number = p.workstream_number
            """;
    private static final String FILTER = """
             WHERE (CAST(:year AS int) IS NULL OR e.start_year = :year)
               AND (CAST(:workstream AS int) IS NULL OR p.workstream_number = :workstream)
            """;

    private final JdbcClient jdbc;

    ExemplarProjectQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Exemplar projects, newest year first, in the order their round placed them; either filter may be null. */
    PageOf<ProjectRow> projects(Integer year, Integer workstream, Paging paging) {
        var items = jdbc.sql(PROJECT + FILTER + " ORDER BY e.start_year DESC, e.selected_place, e.id LIMIT :limit OFFSET :offset")
                .param("year", year).param("workstream", workstream).param("limit", paging.size())
                .param("offset", paging.offset()).query(ProjectRow.class).list();
        long total = jdbc.sql("SELECT count(*) FROM exemplar_project e JOIN programme_proposal p ON p.id = e.proposal_id" + FILTER)
                .param("year", year).param("workstream", workstream).query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    Optional<ProjectRow> project(String slug) {
        return jdbc.sql(PROJECT + " WHERE e.slug = :slug").param("slug", slug).query(ProjectRow.class).optional();
    }

    /** How many exemplar projects each financial year has. */
    Map<Integer, Long> countsByYear() {
        Map<Integer, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT start_year, count(*) FROM exemplar_project GROUP BY start_year ORDER BY start_year")
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2))).list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    Map<Integer, Long> countsByWorkstream() {
        Map<Integer, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.workstream_number, count(*) FROM exemplar_project e JOIN programme_proposal p ON p.id = e.proposal_id
                 GROUP BY p.workstream_number
                """).query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2))).list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** A project's milestones in date order: a handful, read whole. */
    List<MilestoneRow> milestones(long projectId) {
        return jdbc.sql("SELECT id, title, due_on, done_on FROM project_milestone WHERE project_id = :p ORDER BY due_on, id")
                .param("p", projectId).query(MilestoneRow.class).list();
    }

    List<ParticipantRow> participants(long projectId) {
        return jdbc.sql("""
                SELECT o.id AS organisation_id, o.slug, o.name, t.officer_days FROM project_participant t
                  JOIN organisation o ON o.id = t.organisation_id WHERE t.project_id = :p ORDER BY o.name
                """).param("p", projectId).query(ParticipantRow.class).list();
    }

    PageOf<UpdateRow> updates(long projectId, Paging paging, Viewer viewer) {
        var items = jdbc.sql("SELECT id, posted_on, phase, rag, rag_reason, body, "
                        + PersonName.storedNameSql("posted_by_name") + """
                 AS posted_by_name FROM project_update
                 WHERE project_id = :p ORDER BY posted_on DESC, id DESC LIMIT :limit OFFSET :offset
                """).params(PersonName.sqlParameters(viewer)).param("p", projectId)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(UpdateRow.class).list();
        long total = jdbc.sql("SELECT count(*) FROM project_update WHERE project_id = :p").param("p", projectId)
                .query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** Projects with no update since {@code before} that have not been flagged since their last update. */
    List<ProjectRow> waitingForUpdate(LocalDate before) {
        return jdbc.sql(PROJECT + " WHERE e.stale_flagged_on IS NULL AND e.last_update_on <= :before ORDER BY e.id")
                .param("before", before).query(ProjectRow.class).list();
    }

    Optional<MilestoneRow> milestone(long projectId, long id) {
        return jdbc.sql("SELECT id, title, due_on, done_on FROM project_milestone WHERE project_id = :p AND id = :id")
                .param("p", projectId).param("id", id).query(MilestoneRow.class).optional();
    }
}
