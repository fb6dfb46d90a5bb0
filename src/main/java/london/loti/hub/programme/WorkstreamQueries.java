package london.loti.hub.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.PersonName;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the six workstreams: problems, lead councils, activities and the outcome measure over time. */
@Component
public class WorkstreamQueries {

    public record WorkstreamRow(int number, String slug, String name, String description) {
    }

    public record LeadRow(int workstreamNumber, long organisationId, String slug, String name) {
    }

    public record ActivityRow(long id, int workstreamNumber, ActivityKind kind, String title, LocalDate happenedOn,
            String link, String summary, String createdByName) {
    }

    public record MeasureRow(int workstreamNumber, String name, String unit, String description) {
    }

    public record MeasureValue(long id, LocalDate measuredOn, long value, String note, String recordedByName) {
    }

    private final JdbcClient jdbc;

    WorkstreamQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkstreamRow> workstreams() {
        return jdbc.sql("SELECT number, slug, name, description FROM workstream ORDER BY number").query(WorkstreamRow.class).list();
    }

    Optional<WorkstreamRow> workstream(String slug) {
        return jdbc.sql("SELECT number, slug, name, description FROM workstream WHERE slug = :slug").param("slug", slug)
                .query(WorkstreamRow.class).optional();
    }

    Optional<WorkstreamRow> workstream(int number) {
        return jdbc.sql("SELECT number, slug, name, description FROM workstream WHERE number = :number")
                .param("number", number).query(WorkstreamRow.class).optional();
    }

    /** Each workstream's problems, in the report's order. */
    Map<Integer, List<String>> problems() {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT workstream_number, problem FROM workstream_problem ORDER BY workstream_number, position")
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2))).list()
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** Lead councils of every workstream, by name. */
    List<LeadRow> leads() {
        return jdbc.sql("""
                SELECT l.workstream_number, o.id AS organisation_id, o.slug, o.name
                  FROM workstream_lead l JOIN organisation o ON o.id = l.organisation_id
                 ORDER BY l.workstream_number, o.name
                """).query(LeadRow.class).list();
    }

    PageOf<ActivityRow> activities(int workstream, Paging paging, Viewer viewer) {
        var items = jdbc.sql("SELECT id, workstream_number, kind, title, happened_on, link, summary, "
                        + PersonName.storedNameSql("created_by_name") + """
                 AS created_by_name FROM workstream_activity WHERE workstream_number = :w
                 ORDER BY happened_on DESC, id DESC LIMIT :limit OFFSET :offset
                """).params(PersonName.sqlParameters(viewer)).param("w", workstream)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(ActivityRow.class).list();
        long total = jdbc.sql("SELECT count(*) FROM workstream_activity WHERE workstream_number = :w").param("w", workstream)
                .query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    Map<Integer, Long> activityCounts() {
        Map<Integer, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT workstream_number, count(*) FROM workstream_activity GROUP BY workstream_number")
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2))).list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    List<MeasureRow> measures() {
        return jdbc.sql("SELECT workstream_number, name, unit, description FROM workstream_measure ORDER BY workstream_number")
                .query(MeasureRow.class).list();
    }

    /** The measure's values in date order: a few a year, so the whole series is read for its chart. */
    List<MeasureValue> values(int workstream, Viewer viewer) {
        return jdbc.sql("SELECT id, measured_on, value, note, " + PersonName.storedNameSql("recorded_by_name") + """
                 AS recorded_by_name FROM workstream_measure_value
                 WHERE workstream_number = :w ORDER BY measured_on
                """).params(PersonName.sqlParameters(viewer)).param("w", workstream).query(MeasureValue.class).list();
    }

    /** The latest value of each workstream's measure. */
    Map<Integer, MeasureValue> latestValues() {
        Map<Integer, MeasureValue> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (workstream_number) workstream_number, id, measured_on, value, note, recorded_by_name
                  FROM workstream_measure_value ORDER BY workstream_number, measured_on DESC
                """).query((rs, n) -> Map.entry(rs.getInt("workstream_number"), new MeasureValue(rs.getLong("id"),
                        rs.getObject("measured_on", LocalDate.class), rs.getLong("value"), rs.getString("note"),
                        rs.getString("recorded_by_name"))))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
