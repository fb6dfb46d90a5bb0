package london.loti.hub.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import london.loti.hub.calendar.FinancialYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the benefits of exemplar projects, expected against measured, and rolls them up. */
@Component
public class BenefitQueries {

    public record BenefitRow(long id, long projectId, BenefitKind kind, String description, int startYear, long expected,
            Long measured, LocalDate measuredOn, String howMeasured, String recordedByName) {

        public FinancialYear year() {
            return new FinancialYear(startYear);
        }
    }

    /** A total of one kind of benefit for a year or a workstream; {@code measured} over the lines measured so far. */
    public record Rollup(String key, BenefitKind kind, long lines, long expected, long measuredLines, long measured,
            long expectedOfMeasured) {
    }

    /** One benefit line with its project, for the CSV file. */
    public record CsvLine(String projectSlug, String projectTitle, String organisationName, String workstreamName,
            int projectYear, BenefitKind kind, String description, int startYear, long expected, Long measured,
            LocalDate measuredOn, String howMeasured) {
    }

    private final JdbcClient jdbc;

    BenefitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A project's benefit lines, by year and kind: a few a year, read whole. */
    List<BenefitRow> benefits(long projectId) {
        return jdbc.sql("""
                SELECT id, project_id, kind, description, start_year, expected, measured, measured_on, how_measured,
                       recorded_by_name
                  FROM project_benefit WHERE project_id = :p
                 ORDER BY start_year, array_position(ARRAY['CASHABLE', 'HOURS_SAVED', 'RESIDENTS_REACHED', 'OTHER'], kind), id
                """).param("p", projectId).query(BenefitRow.class).list();
    }

    java.util.Optional<BenefitRow> benefit(long projectId, long id) {
        return jdbc.sql("""
                SELECT id, project_id, kind, description, start_year, expected, measured, measured_on, how_measured,
                       recorded_by_name
                  FROM project_benefit WHERE project_id = :p AND id = :id
                """).param("p", projectId).param("id", id).query(BenefitRow.class).optional();
    }

    /** Totals per financial year and kind, the year written '2019/20'. */
    List<Rollup> byYear() {
        return jdbc.sql("""
                SELECT start_year AS year, kind, count(*) AS lines, sum(expected) AS expected,
                       count(measured) AS measured_lines, coalesce(sum(measured), 0) AS measured,
                       coalesce(sum(expected) FILTER (WHERE measured IS NOT NULL), 0) AS expected_of_measured
                  FROM project_benefit GROUP BY start_year, kind
                 ORDER BY start_year, array_position(ARRAY['CASHABLE', 'HOURS_SAVED', 'RESIDENTS_REACHED', 'OTHER'], kind)
                """).query((rs, n) -> new Rollup(new FinancialYear(rs.getInt("year")).label(),
                        BenefitKind.valueOf(rs.getString("kind")), rs.getLong("lines"), rs.getLong("expected"),
                        rs.getLong("measured_lines"), rs.getLong("measured"), rs.getLong("expected_of_measured")))
                .list();
    }

    /** Totals per workstream and kind, by the workstream's name. */
    List<Rollup> byWorkstream() {
        return jdbc.sql("""
                SELECT w.number, w.name, b.kind, count(*) AS lines, sum(b.expected) AS expected,
                       count(b.measured) AS measured_lines, coalesce(sum(b.measured), 0) AS measured,
                       coalesce(sum(b.expected) FILTER (WHERE b.measured IS NOT NULL), 0) AS expected_of_measured
                  FROM project_benefit b
                  JOIN exemplar_project e ON e.id = b.project_id
                  JOIN programme_proposal p ON p.id = e.proposal_id
                  JOIN workstream w ON w.number = p.workstream_number
                 GROUP BY w.number, w.name, b.kind ORDER BY w.number, array_position(ARRAY['CASHABLE', 'HOURS_SAVED', 'RESIDENTS_REACHED', 'OTHER'], b.kind)
                """).query((rs, n) -> new Rollup(rs.getString("name"), BenefitKind.valueOf(rs.getString("kind")),
                        rs.getLong("lines"), rs.getLong("expected"), rs.getLong("measured_lines"), rs.getLong("measured"),
                        rs.getLong("expected_of_measured")))
                .list();
    }

    /** Every benefit line with its project, streamed in order for the CSV file. */
    void eachLine(Consumer<CsvLine> consumer) {
        try (var lines = jdbc.sql("""
                SELECT e.slug AS project_slug, p.title AS project_title, o.name AS organisation_name, w.name AS workstream_name,
                       e.start_year AS project_year, b.kind, b.description, b.start_year, b.expected, b.measured,
                       b.measured_on, b.how_measured
                  FROM project_benefit b
                  JOIN exemplar_project e ON e.id = b.project_id
                  JOIN programme_proposal p ON p.id = e.proposal_id
                  JOIN organisation o ON o.id = p.organisation_id
                  JOIN workstream w ON w.number = p.workstream_number
                 ORDER BY e.start_year, e.selected_place, e.id, b.start_year, array_position(ARRAY['CASHABLE', 'HOURS_SAVED', 'RESIDENTS_REACHED', 'OTHER'], b.kind), b.id
                """).query(CsvLine.class).stream()) {
            lines.forEach(consumer);
        }
    }
}
